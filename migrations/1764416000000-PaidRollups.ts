import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first key of the rollups' advisory locks (the second is the workspace's hash): no other lock uses it. */
export const ROLLUP_LOCK_CLASS = 7_263_020;

/** The facts' numeric columns (six decimals at most): summed as whole millionths, which bigint holds exactly. */
const DECIMALS = ['spend', 'revenue', 'conversions'];

/** A fact column summed over the facts `f` of a row (those reporting `other` too, when given): name and sum. */
function summed(column: string, other?: string): [name: string, sum: string] {
  const decimal = DECIMALS.includes(column);
  const value = decimal ? `(f.${column} * 1000000)::bigint` : `f.${column}`;
  const name = `${column}${other ? `_with_${other}` : ''}${decimal ? '_micros' : ''}`;
  return [name, `sum(${value})${other ? ` FILTER (WHERE f.${other} IS NOT NULL)` : ''}`];
}

/**
 * What every rollup row adds up, over the facts at the finest level of its account and day: how many facts, each
 * paid measure, and each ratio's bases over the facts reporting both (`spend_with_clicks_micros`: spend where clicks
 * are reported too). Money is summed in the facts' own currency (rows are keyed by it): the reader picks.
 */
export const MEASURES: [name: string, sum: string][] = [
  ['fact_count', 'count(*)'],
  ...['spend', 'impressions', 'reach', 'clicks', 'conversions', 'revenue', 'engagements', 'video_views'].map((column) =>
    summed(column),
  ),
  ...[
    ['clicks', 'impressions'],
    ['spend', 'clicks'],
    ['spend', 'impressions'],
    ['spend', 'conversions'],
    ['revenue', 'spend'],
    ['impressions', 'reach'],
    ['spend', 'engagements'],
  ].flatMap(([a, b]) => [summed(a!, b), summed(b!, a)]),
];
export const NAMES = MEASURES.map(([name]) => name).join(', ');
export const MEASURE_COLUMNS = MEASURES.map(
  ([name]) => `${name} ${name === 'fact_count' ? 'integer NOT NULL' : 'bigint'}`,
).join(',\n        ');

/**
 * The refresh's first statements, the same in every version of it: the workspace's rollup lock, then the rows of the
 * touched account days deleted from both daily rollups, to be inserted again from the facts.
 */
export const CLEAR_TOUCHED_DAYS = `        SELECT pg_advisory_xact_lock(${ROLLUP_LOCK_CLASS}, hashtext(workspace::text));

        DELETE FROM paid_campaign_daily_rollup AS r USING unnest(accounts, days) AS touched (account_id, date)
        WHERE r.workspace_id = workspace AND r.account_id = touched.account_id AND r.date = touched.date;

        DELETE FROM paid_daily_rollup AS r USING unnest(accounts, days) AS touched (account_id, date)
        WHERE r.workspace_id = workspace AND r.account_id = touched.account_id AND r.date = touched.date;`;

/** The rollups' refresh as this migration made it (RollupRefreshInOneStep restores it on the way down). */
export const REFRESH_FUNCTION = `
      CREATE FUNCTION refresh_paid_rollups(workspace uuid, accounts uuid[], days date[]) RETURNS void
      LANGUAGE sql AS $$
${CLEAR_TOUCHED_DAYS}

        INSERT INTO paid_campaign_daily_rollup (workspace_id, platform, account_id, date, campaign_id, objective,
          objective_kind, currency, campaign_name, level, ${NAMES})
        SELECT workspace, f.platform, f.account_id, f.date, f.campaign_id, f.objective, f.objective_kind, f.currency,
          max(f.campaign_name), f.level, ${MEASURES.map(([, sum]) => sum).join(', ')}
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

        INSERT INTO paid_daily_rollup (workspace_id, platform, account_id, date, currency, level, ${NAMES})
        SELECT workspace, f.platform, f.account_id, f.date, f.currency, f.level,
${MEASURES.map(([name]) => `sum(f.${name})`).join(', ')}
        FROM (SELECT DISTINCT * FROM unnest(accounts, days)) AS touched (account_id, date)
        JOIN paid_campaign_daily_rollup AS f ON f.workspace_id = workspace AND f.account_id = touched.account_id
          AND f.date = touched.date
        GROUP BY f.platform, f.account_id, f.date, f.currency, f.level;
      $$;
`;

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
        level smallint NOT NULL,
        ${MEASURE_COLUMNS}
      );
      CREATE UNIQUE INDEX paid_campaign_daily_rollup_key ON paid_campaign_daily_rollup
        (workspace_id, account_id, date, campaign_id, objective, objective_kind, currency) NULLS NOT DISTINCT;
      CREATE INDEX paid_campaign_daily_rollup_workspace_date_idx ON paid_campaign_daily_rollup (workspace_id, date);

      CREATE TABLE paid_daily_rollup (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        platform text NOT NULL,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        date date NOT NULL,
        currency char(3) NOT NULL,
        level smallint NOT NULL,
        ${MEASURE_COLUMNS},
        PRIMARY KEY (workspace_id, account_id, date, currency)
      );

      ${REFRESH_FUNCTION}

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
