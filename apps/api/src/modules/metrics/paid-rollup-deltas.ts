import { bigintSumOf } from '../../../../../migrations/1764444000000-CampaignMonthlyRollup.js';
import { MEASURES, NAMES } from '../../../../../migrations/1764416000000-PaidRollups.js';
import { levelOf } from './planner/sql-parts.js';

/** The campaign rollup's key, beside the workspace (and what its rows are grouped by, with the level). */
const CAMPAIGN_DAY = 'account_id, date, campaign_id, objective, objective_kind, currency';
const CAMPAIGN_COLUMNS = CAMPAIGN_DAY.split(', ')
  .map((column) => `f.${column}`)
  .join(', ');

/**
 * Each rollup the new facts are added to, from their sums per campaign day (`added_sums`): its table, what its rows
 * are grouped by and its unique key beside the workspace, and whether it names campaigns.
 */
const ROLLUPS = [
  { table: 'paid_campaign_daily_rollup', grouped: `platform, ${CAMPAIGN_DAY}, level`, key: CAMPAIGN_DAY, named: true },
  {
    table: 'paid_daily_rollup',
    grouped: 'platform, account_id, date, currency, level',
    key: 'account_id, date, currency',
    named: false,
  },
  {
    table: 'paid_campaign_monthly_rollup',
    grouped: 'platform, account_id, month, campaign_id, objective, objective_kind, currency, level',
    key: 'account_id, month, campaign_id, objective, objective_kind, currency, level',
    named: true,
  },
];

/** A rollup's sum once more facts are added to it: null while no fact reports it (as a rebuild's sum would be). */
const added = (name: string) =>
  name === 'fact_count'
    ? 'fact_count = r.fact_count + EXCLUDED.fact_count'
    : `${name} = coalesce(r.${name} + EXCLUDED.${name}, r.${name}, EXCLUDED.${name})`;

/**
 * The CTEs that keep the paid rollups of a merge's account days by adding to them, where adding gives what a rebuild
 * from the facts (`refresh_paid_rollups`, migrations/1764452000000-RollupRefreshByDay.ts) would: an account day whose
 * written facts are all new keys (none restated), at a level no finer than the level its rollup rows are at. Then
 * the new facts at that level are added to its rows (coarser ones are outranked and change nothing; a day with no
 * rows yet takes the finest level among its new facts). Facts are only ever added there, so a sum is null exactly
 * while no fact of its group reports it, as in a rebuild. Every other account day is named by `rebuilt_days`, for
 * the caller to rebuild from the facts. A day that keeps receiving new ads (a webhook sender's today) costs the new
 * facts, not every fact of the day.
 *
 * `facts`: a relation of the merge's staged facts with `inserted` and `restated` flags, its workspace being `$1`.
 */
export function paidRollupDeltas(facts: string): string {
  const sums = MEASURES.map(([name, sum]) => `${bigintSumOf(sum)} AS ${name}`).join(', ');
  const inserts = ROLLUPS.map(({ table, grouped, key, named }, index) => {
    return `rollup_added_${index} AS (
    INSERT INTO ${table} AS r (workspace_id, ${grouped}${named ? ', campaign_name' : ''}, ${NAMES})
    SELECT $1, ${grouped}${named ? ', max(campaign_name)' : ''}, ${MEASURES.map(([name]) => `bigint_sum(${name})`).join(', ')}
    FROM added_sums GROUP BY ${grouped}
    ON CONFLICT (workspace_id, ${key}) DO UPDATE SET
      ${[...(named ? ['campaign_name = greatest(r.campaign_name, EXCLUDED.campaign_name)'] : []), ...MEASURES.map(([name]) => added(name))].join(',\n      ')}
  )`;
  });
  return `rollup_days AS (
    SELECT d.account_id, d.date, d.restated, d.new_level, (
        SELECT max(r.level) FROM paid_daily_rollup AS r
        WHERE r.workspace_id = $1 AND r.account_id = d.account_id AND r.date = d.date
      ) AS level
    FROM (
      SELECT account_id, date, bool_or(restated) AS restated, max(${levelOf('c')}) FILTER (WHERE inserted) AS new_level
      FROM ${facts} AS c WHERE inserted OR restated GROUP BY account_id, date
    ) AS d
  ), added_days AS (
    SELECT account_id, date, coalesce(level, new_level) AS level FROM rollup_days
    WHERE NOT restated AND (level IS NULL OR new_level <= level)
  ), rebuilt_days AS (
    SELECT account_id, date FROM rollup_days WHERE restated OR new_level > level
  ), added_sums AS (
    SELECT s.*, date_trunc('month', s.date)::date AS month
    FROM (
      SELECT f.platform, ${CAMPAIGN_COLUMNS}, ${levelOf('f')} AS level, max(f.campaign_name) AS campaign_name, ${sums}
      FROM ${facts} AS f WHERE f.inserted
      GROUP BY f.platform, ${CAMPAIGN_COLUMNS}, ${levelOf('f')}
    ) AS s
    JOIN added_days AS a ON a.account_id = s.account_id AND a.date = s.date AND a.level = s.level
  ), ${inserts.join(', ')}`;
}
