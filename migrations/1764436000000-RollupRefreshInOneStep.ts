import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CLEAR_TOUCHED_DAYS, MEASURES, NAMES, REFRESH_FUNCTION } from './1764416000000-PaidRollups.js';

/** The rollups' refresh as this migration made it (CampaignMonthlyRollup restores it on the way down). */
export const REFRESH_IN_ONE_STEP = `
      CREATE OR REPLACE FUNCTION refresh_paid_rollups(workspace uuid, accounts uuid[], days date[]) RETURNS void
      LANGUAGE sql AS $$
${CLEAR_TOUCHED_DAYS}

        WITH inserted AS (
          INSERT INTO paid_campaign_daily_rollup (workspace_id, platform, account_id, date, campaign_id, objective,
            objective_kind, currency, campaign_name, level, ${NAMES})
          SELECT workspace, f.platform, f.account_id, f.date, f.campaign_id, f.objective, f.objective_kind,
            f.currency, max(f.campaign_name), f.level, ${MEASURES.map(([, sum]) => sum).join(', ')}
          FROM (
            SELECT m.*, max(m.level) OVER (PARTITION BY m.account_id, m.date) AS finest_level
            FROM (
              SELECT fact.*, CASE WHEN fact.ad_id <> '' THEN 3 WHEN fact.ad_set_id <> '' THEN 2
                WHEN fact.campaign_id <> '' THEN 1 ELSE 0 END AS level
              FROM (SELECT DISTINCT * FROM unnest(accounts, days)) AS touched (account_id, date)
              JOIN paid_daily_metric AS fact ON fact.workspace_id = workspace AND fact.account_id = touched.account_id
                AND fact.date = touched.date
            ) AS m
          ) AS f
          WHERE f.level = f.finest_level
          GROUP BY f.platform, f.account_id, f.date, f.campaign_id, f.objective, f.objective_kind, f.currency, f.level
          RETURNING *
        )
        INSERT INTO paid_daily_rollup (workspace_id, platform, account_id, date, currency, level, ${NAMES})
        SELECT workspace, f.platform, f.account_id, f.date, f.currency, f.level,
          ${MEASURES.map(([name]) => `sum(f.${name})`).join(', ')}
        FROM inserted AS f
        GROUP BY f.platform, f.account_id, f.date, f.currency, f.level;
      $$;
`;

/**
 * `refresh_paid_rollups` sums the account rollup from the campaign rows it has just inserted (a data-modifying CTE)
 * instead of reading them back through a join. The join's plan depended on the campaign rollup's statistics: after a
 * workspace's first large import they still said "empty", and the planner chose a nested loop comparing every
 * touched day with every row (55 s of one 1 M-row import; the whole refresh takes 6 s this way). The answer is the
 * same: the rows of the touched days are exactly those just inserted. The function's text is this migration's own
 * (1764416000000-PaidRollups.ts has the one it replaces), so that neither changes with the other, but for the lock
 * and deletes it opens with and the measure lists, frozen with PaidRollups.
 */
export class RollupRefreshInOneStep1764436000000 implements MigrationInterface {
  name = 'RollupRefreshInOneStep1764436000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(REFRESH_IN_ONE_STEP);
  }

  /** Back to the function as 1764416000000-PaidRollups.ts made it. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION refresh_paid_rollups(uuid, uuid[], date[]); ${REFRESH_FUNCTION}`);
  }
}
