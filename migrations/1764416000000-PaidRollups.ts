import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What every rollup row adds up, per fact at the finest level of its account and day: how many facts, each paid sum,
 * and each ratio's bases over the facts reporting both (`spend_with_clicks`: spend where clicks are reported too).
 * Money is summed in the facts' own currency (the rows are keyed by it); the reporting currency is the reader's choice.
 */
/** The first key of the rollups' advisory locks (the second is the workspace's hash): no other lock uses it. */
const ROLLUP_LOCK_CLASS = 7_263_020;

const MEASURES = `fact_count, spend, impressions, reach, clicks, conversions, revenue, engagements, video_views,
  clicks_with_impressions, impressions_with_clicks, spend_with_clicks, clicks_with_spend, spend_with_impressions,
  impressions_with_spend, spend_with_conversions, conversions_with_spend, revenue_with_spend, spend_with_revenue,
  impressions_with_reach, reach_with_impressions, spend_with_engagements, engagements_with_spend`;

const both = (a: string, b: string) => `sum(f.${a}) FILTER (WHERE f.${a} IS NOT NULL AND f.${b} IS NOT NULL)`;

const SUMS_OF_FACTS = `count(*), sum(f.spend), sum(f.impressions), sum(f.reach), sum(f.clicks), sum(f.conversions),
  sum(f.revenue), sum(f.engagements), sum(f.video_views),
  ${[
    ['clicks', 'impressions'],
    ['spend', 'clicks'],
    ['spend', 'impressions'],
    ['spend', 'conversions'],
    ['revenue', 'spend'],
    ['impressions', 'reach'],
    ['spend', 'engagements'],
  ]
    .flatMap(([a, b]) => [both(a!, b!), both(b!, a!)])
    .join(', ')}`;

const MEASURE_COLUMNS = `
  fact_count integer NOT NULL,
  spend numeric, impressions bigint, reach bigint, clicks bigint, conversions numeric, revenue numeric,
  engagements bigint, video_views bigint,
  clicks_with_impressions bigint, impressions_with_clicks bigint, spend_with_clicks numeric, clicks_with_spend bigint,
  spend_with_impressions numeric, impressions_with_spend bigint, spend_with_conversions numeric,
  conversions_with_spend numeric, revenue_with_spend numeric, spend_with_revenue numeric,
  impressions_with_reach bigint, reach_with_impressions bigint, spend_with_engagements numeric,
  engagements_with_spend bigint`;

/**
 * Daily paid facts summed per account, day and currency (`paid_daily_rollup`), and per campaign and objective too
 * (`paid_campaign_daily_rollup`): the planner answers from the coarsest one that keeps a question's dimensions and
 * filters. Only the facts at the finest level of their account and day are summed (ad, else ad set, else campaign,
 * else account), and `level` says which, so a whole-period fact of the same day can still outrank them. Whole-period
 * and audience facts have no rollup: they are few, and the planner reads them as they are.
 *
 * `refresh_paid_rollups` rebuilds the rows of the given accounts' days from the facts. The importer calls it in each
 * batch's transaction for exactly the days the batch wrote, after writing them; one lock per workspace (held to the
 * commit) makes a second import of the workspace wait there until the first's facts are visible, so neither can
 * rebuild a day from a snapshot missing the other's facts.
 */
export class PaidRollups1764416000000 implements MigrationInterface {
  name = 'PaidRollups1764416000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE paid_campaign_daily_rollup (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        platform text NOT NULL,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        date date NOT NULL,
        campaign_id text NOT NULL,
        objective text,
        objective_kind text,
        currency char(3) NOT NULL,
        campaign_name text,
        level smallint NOT NULL,${MEASURE_COLUMNS}
      );
      CREATE UNIQUE INDEX paid_campaign_daily_rollup_key ON paid_campaign_daily_rollup
        (workspace_id, account_id, date, campaign_id, objective, objective_kind, currency) NULLS NOT DISTINCT;

      CREATE TABLE paid_daily_rollup (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        platform text NOT NULL,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        date date NOT NULL,
        currency char(3) NOT NULL,
        level smallint NOT NULL,${MEASURE_COLUMNS},
        PRIMARY KEY (workspace_id, account_id, date, currency)
      );

      CREATE FUNCTION refresh_paid_rollups(workspace uuid, accounts uuid[], days date[]) RETURNS void
      LANGUAGE sql AS $$
        SELECT pg_advisory_xact_lock(${ROLLUP_LOCK_CLASS}, hashtext(workspace::text));

        DELETE FROM paid_campaign_daily_rollup AS r USING unnest(accounts, days) AS touched (account_id, date)
        WHERE r.workspace_id = workspace AND r.account_id = touched.account_id AND r.date = touched.date;

        DELETE FROM paid_daily_rollup AS r USING unnest(accounts, days) AS touched (account_id, date)
        WHERE r.workspace_id = workspace AND r.account_id = touched.account_id AND r.date = touched.date;

        INSERT INTO paid_campaign_daily_rollup (workspace_id, platform, account_id, date, campaign_id, objective,
          objective_kind, currency, campaign_name, level, ${MEASURES})
        SELECT workspace, f.platform, f.account_id, f.date, f.campaign_id, f.objective, f.objective_kind, f.currency,
          max(f.campaign_name), f.level, ${SUMS_OF_FACTS}
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
        GROUP BY f.platform, f.account_id, f.date, f.campaign_id, f.objective, f.objective_kind, f.currency, f.level;

        INSERT INTO paid_daily_rollup (workspace_id, platform, account_id, date, currency, level, ${MEASURES})
        SELECT workspace, f.platform, f.account_id, f.date, f.currency, f.level,
          ${MEASURES.split(',')
            .map((column) => `sum(f.${column.trim()})`)
            .join(', ')}
        FROM (SELECT DISTINCT * FROM unnest(accounts, days)) AS touched (account_id, date)
        JOIN paid_campaign_daily_rollup AS f ON f.workspace_id = workspace AND f.account_id = touched.account_id
          AND f.date = touched.date
        GROUP BY f.platform, f.account_id, f.date, f.currency, f.level;
      $$;

      SELECT refresh_paid_rollups(workspace_id, array_agg(account_id), array_agg(date))
      FROM (SELECT DISTINCT workspace_id, account_id, date FROM paid_daily_metric) AS days
      GROUP BY workspace_id;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION refresh_paid_rollups(uuid, uuid[], date[]);
      DROP TABLE paid_daily_rollup;
      DROP TABLE paid_campaign_daily_rollup;
    `);
  }
}
