import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CLEAR_TOUCHED_DAYS, MEASURE_COLUMNS, MEASURES, NAMES } from './1764416000000-PaidRollups.js';
import { REFRESH_IN_ONE_STEP } from './1764436000000-RollupRefreshInOneStep.js';

/** A rollup's sum by `bigint_sum` (1764440000000-BigintSum.ts): the same value, without a numeric per group. */
export const bigintSumOf = (sum: string) => sum.replace(/^sum\(/, 'bigint_sum(');
const BIGINT_SUMS = MEASURES.map(([, sum]) => bigintSumOf(sum)).join(', ');
const sumsOf = (alias: string) => MEASURES.map(([name]) => `bigint_sum(${alias}.${name})`).join(', ');

/**
 * The monthly rows of the campaign days `days` (a FROM clause naming them `d`), each month summed from its days: the
 * backfill reads every day, the refresh the days of the months it touched.
 */
const insertMonthsOf = (days: string) => `
        INSERT INTO paid_campaign_monthly_rollup (workspace_id, platform, account_id, month, campaign_id, objective,
          objective_kind, currency, campaign_name, level, ${NAMES})
        SELECT d.workspace_id, d.platform, d.account_id, date_trunc('month', d.date)::date, d.campaign_id, d.objective,
          d.objective_kind, d.currency, max(d.campaign_name), d.level, ${sumsOf('d')}
        FROM ${days}
        GROUP BY d.workspace_id, d.platform, d.account_id, date_trunc('month', d.date), d.campaign_id, d.objective,
          d.objective_kind, d.currency, d.level;`;

/** The account rollup's rows of the touched days, summed from the campaign rows the refresh has just `inserted`. */
export const ACCOUNT_ROLLUP_OF_INSERTED = `        INSERT INTO paid_daily_rollup (workspace_id, platform, account_id, date, currency, level, ${NAMES})
        SELECT workspace, f.platform, f.account_id, f.date, f.currency, f.level, ${sumsOf('f')}
        FROM inserted AS f
        GROUP BY f.platform, f.account_id, f.date, f.currency, f.level;`;

/** The months the refresh's touched days fall in, per account. */
const TOUCHED_MONTHS = `(SELECT DISTINCT account_id, date_trunc('month', date)::date FROM unnest(accounts, days) AS day (account_id, date))
          AS touched (account_id, month)`;

/** The campaign days' rows of each touched account's touched months, summed per month (see the class's comment). */
export const MONTHS_OF_TOUCHED = `
        DELETE FROM paid_campaign_monthly_rollup AS r USING ${TOUCHED_MONTHS}
        WHERE r.workspace_id = workspace AND r.account_id = touched.account_id AND r.month = touched.month;
${insertMonthsOf(`${TOUCHED_MONTHS}
          JOIN paid_campaign_daily_rollup AS d ON d.workspace_id = workspace AND d.account_id = touched.account_id
            AND d.date >= touched.month AND d.date < (touched.month + interval '1 month')::date`)}`;

/**
 * The rollups' refresh as this migration makes it: 1764436000000-RollupRefreshInOneStep.ts's, its sums by
 * `bigint_sum`, then the monthly rows of the months it touched rebuilt from their campaign days (a later statement
 * of the function sees the earlier ones' rows). Its text is this migration's own but for the measure lists and the
 * lock and deletes it opens with, which come from PaidRollups' exports: those are frozen with that migration.
 */
export const REFRESH_WITH_MONTHS = `
      CREATE OR REPLACE FUNCTION refresh_paid_rollups(workspace uuid, accounts uuid[], days date[]) RETURNS void
      LANGUAGE sql AS $$
${CLEAR_TOUCHED_DAYS}

        WITH inserted AS (
          INSERT INTO paid_campaign_daily_rollup (workspace_id, platform, account_id, date, campaign_id, objective,
            objective_kind, currency, campaign_name, level, ${NAMES})
          SELECT workspace, f.platform, f.account_id, f.date, f.campaign_id, f.objective, f.objective_kind,
            f.currency, max(f.campaign_name), f.level, ${BIGINT_SUMS}
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
${ACCOUNT_ROLLUP_OF_INSERTED}
${MONTHS_OF_TOUCHED}
      $$;
    `;

/**
 * `paid_campaign_monthly_rollup`: the campaign rollup's days summed per calendar month, keyed as they are (account,
 * campaign, objective, currency, and the level each day's rows were at). A breakdown by campaign or objective over
 * a year reads ~30 times fewer rows: the planner reads the whole months of a range here and its partial months' days
 * from the daily rollup (planner/paid.query.ts). Kept by `refresh_paid_rollups` in the same transaction as the days it
 * rebuilds, for exactly the months they fall in.
 */
export class CampaignMonthlyRollup1764444000000 implements MigrationInterface {
  name = 'CampaignMonthlyRollup1764444000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE paid_campaign_monthly_rollup (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        platform text NOT NULL,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        campaign_id text NOT NULL,
        objective text,
        objective_kind text,
        currency char(3) NOT NULL,
        campaign_name text,
        level smallint NOT NULL,
        ${MEASURE_COLUMNS}
      );
      CREATE UNIQUE INDEX paid_campaign_monthly_rollup_key ON paid_campaign_monthly_rollup
        (workspace_id, account_id, month, campaign_id, objective, objective_kind, currency, level) NULLS NOT DISTINCT;
      CREATE INDEX paid_campaign_monthly_rollup_workspace_month_idx ON paid_campaign_monthly_rollup (workspace_id, month);

      ${REFRESH_WITH_MONTHS}

      ${insertMonthsOf('paid_campaign_daily_rollup AS d')}
    `);
  }

  /** Back to the refresh as 1764436000000-RollupRefreshInOneStep.ts made it. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE paid_campaign_monthly_rollup; ${REFRESH_IN_ONE_STEP}`);
  }
}
