import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CLEAR_TOUCHED_DAYS, MEASURES, NAMES } from './1764416000000-PaidRollups.js';
import {
  ACCOUNT_ROLLUP_OF_INSERTED,
  bigintSumOf,
  MONTHS_OF_TOUCHED,
  REFRESH_WITH_MONTHS,
} from './1764444000000-CampaignMonthlyRollup.js';

/**
 * The rollups' refresh as this migration makes it: 1764444000000-CampaignMonthlyRollup.ts's, reading the facts a
 * touched day at a time and keeping the finest level after summing (see the class's comment). Written out whole but
 * for the measure lists and the statements it shares with the earlier versions, which come from the migrations they
 * are frozen with.
 */
const REFRESH_BY_DAY = `
      CREATE OR REPLACE FUNCTION refresh_paid_rollups(workspace uuid, accounts uuid[], days date[]) RETURNS void
      LANGUAGE sql AS $$
${CLEAR_TOUCHED_DAYS}

        WITH summed AS (
          SELECT f.platform, f.account_id, f.date, f.campaign_id, f.objective, f.objective_kind, f.currency,
            max(f.campaign_name) AS campaign_name, f.level,
            ${MEASURES.map(([name, sum]) => `${bigintSumOf(sum)} AS ${name}`).join(', ')}
          FROM (
            SELECT fact.*, CASE WHEN fact.ad_id <> '' THEN 3 WHEN fact.ad_set_id <> '' THEN 2
              WHEN fact.campaign_id <> '' THEN 1 ELSE 0 END AS level
            FROM (
              SELECT date, array_agg(DISTINCT account_id) AS accounts
              FROM unnest(accounts, days) AS day (account_id, date) GROUP BY date
            ) AS touched
            JOIN paid_daily_metric AS fact ON fact.workspace_id = workspace AND fact.date = touched.date
              AND fact.account_id = ANY (touched.accounts)
          ) AS f
          GROUP BY f.platform, f.account_id, f.date, f.campaign_id, f.objective, f.objective_kind, f.currency, f.level
        ), inserted AS (
          INSERT INTO paid_campaign_daily_rollup (workspace_id, platform, account_id, date, campaign_id, objective,
            objective_kind, currency, campaign_name, level, ${NAMES})
          SELECT workspace, s.platform, s.account_id, s.date, s.campaign_id, s.objective, s.objective_kind, s.currency,
            s.campaign_name, s.level, ${NAMES}
          FROM (SELECT summed.*, max(level) OVER (PARTITION BY account_id, date) AS finest_level FROM summed) AS s
          WHERE s.level = s.finest_level
          RETURNING *
        )
${ACCOUNT_ROLLUP_OF_INSERTED}
${MONTHS_OF_TOUCHED}
      $$;
    `;

/**
 * `refresh_paid_rollups` reads the facts of the days it is given a day at a time, each day's rows of all its touched
 * accounts at once, where it read them an account day at a time through the `(workspace_id, date)` index: a day's
 * facts lie one to a page when a file was merged in key order, so a 1 M-row file of 3 accounts visited each of its
 * days' pages three times (6 M page visits). And it sums before keeping each account day's finest level (the level
 * is part of the group, so the groups kept are the same) instead of ranking the million facts by a window first.
 */
export class RollupRefreshByDay1764452000000 implements MigrationInterface {
  name = 'RollupRefreshByDay1764452000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(REFRESH_BY_DAY);
  }

  /** Back to the refresh as 1764444000000-CampaignMonthlyRollup.ts made it. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(REFRESH_WITH_MONTHS);
  }
}
