import { PAID_ACCOUNT_ROLLUP, paidSourceFor, type PaidSource } from './paid-sources.js';
import {
  anyOf,
  atFinestLevel,
  bucketOf,
  DATE_UNITS,
  finestPaidGroups,
  levelOf,
  Params,
  rolledUpColumns,
  summableColumns,
} from './sql-parts.js';
import type { CompiledQuery, QuerySpec } from './query-spec.js';

/**
 * The whole-period facts in force inside the range. Of two overlapping periods of the same entity (or of one
 * entity and an entity containing it) the later-written one wins: both restate the overlap. `daily_covered`: one
 * daily import of the account spans the whole period, so its daily facts speak for it; the import's window
 * decides, because exports leave out days without delivery.
 */
function periodFactsInForce(spec: QuerySpec, params: Params): string {
  return `
  SELECT p.*, EXISTS (
      SELECT 1 FROM import_coverage AS c
      WHERE c.workspace_id = p.workspace_id AND c.account_id = p.account_id AND c.kind = 'paid'
        AND c.first_day <= p.period_start AND c.last_day >= p.period_end
    ) AS daily_covered
  FROM paid_period_metric AS p
  WHERE p.workspace_id = ${params.add(spec.workspaceId)} AND p.period_start >= ${params.add(spec.range.from)}
    AND p.period_end <= ${params.add(spec.range.to)}${anyOf('p.platform', spec.platforms, params)}
    AND NOT EXISTS (
      SELECT 1 FROM paid_period_metric AS newer
      WHERE newer.workspace_id = p.workspace_id AND newer.platform = p.platform AND newer.account_id = p.account_id
        AND newer.updated_at > p.updated_at
        AND newer.period_start <= p.period_end AND newer.period_end >= p.period_start
        AND (newer.period_start, newer.period_end) <> (p.period_start, p.period_end)
        AND (newer.campaign_id = p.campaign_id OR '' IN (newer.campaign_id, p.campaign_id))
        AND (newer.ad_set_id = p.ad_set_id OR '' IN (newer.ad_set_id, p.ad_set_id))
        AND (newer.ad_id = p.ad_id OR '' IN (newer.ad_id, p.ad_id))
    )`;
}

/**
 * The daily rows of the source in the range at the finest level of their account's day (a rollup row holds only
 * that level), as summable columns with their `level`. A rollup with a monthly table gives the whole months of a
 * question not split by day or week from it, and its days for the rest (each part an index range of its own).
 */
function dailyRows(source: PaidSource, spec: QuerySpec, params: Params): string {
  const workspace = params.add(spec.workspaceId);
  const [from, to] = [params.add(spec.range.from), params.add(spec.range.to)];
  const platforms = anyOf('fact.platform', spec.platforms, params);
  const days = `fact.workspace_id = ${workspace} AND fact.date BETWEEN ${from} AND ${to}${platforms}`;
  if (!source.rolledUp)
    return atFinestLevel(`SELECT ${periodColumns(source, spec, 'fact.date')}, ${levelOf('fact')} AS level,
      ${summableColumns('paid', 'fact')}, max(${levelOf('fact')}) OVER (PARTITION BY fact.account_id, fact.date) AS finest_level
    FROM ${source.table} AS fact
    WHERE ${days}`);
  const table = `${source.table} AS fact`;
  if (!source.monthTable || !readsMonths(spec)) return rolledUpRows(source, spec, 'fact.date', table, days);
  const firstWhole = `(date_trunc('month', ${from}::date - 1) + interval '1 month')::date`;
  const lastWholeEnd = `(date_trunc('month', ${to}::date + 1) - interval '1 day')::date`;
  // The whole months holding a one-day whole-period fact of an account are read by that account's days, where the
  // fact competes with them for the finest level.
  const heldMonths = `(
      SELECT DISTINCT account_id, date_trunc('month', period_start)::date AS month FROM one_day_periods
      WHERE period_start BETWEEN ${firstWhole} AND ${lastWholeEnd}
    ) AS held`;
  const months = `fact.workspace_id = ${workspace} AND fact.month BETWEEN ${firstWhole} AND ${lastWholeEnd}${platforms}
    AND NOT EXISTS (SELECT 1 FROM ${heldMonths} WHERE held.account_id = fact.account_id AND held.month = fact.month)`;
  const edges = `fact.workspace_id = ${workspace}${platforms} AND (
      fact.date BETWEEN ${from}::date AND least(${to}::date, ${firstWhole} - 1)
      OR fact.date BETWEEN greatest(${from}::date, ${lastWholeEnd} + 1) AND ${to}::date
    )`;
  const daysOfHeldMonths = `${heldMonths}
    JOIN ${table} ON fact.account_id = held.account_id AND fact.date >= held.month
      AND fact.date < (held.month + interval '1 month')::date`;
  return [
    rolledUpRows(source, spec, 'fact.month', `${source.monthTable} AS fact`, months),
    rolledUpRows(source, spec, 'fact.date', table, edges),
    rolledUpRows(source, spec, 'fact.date', daysOfHeldMonths, `fact.workspace_id = ${workspace}${platforms}`),
  ].join('\n  UNION ALL\n  ');
}

/** Split by day or week, a question cannot read calendar months. */
const readsMonths = (spec: QuerySpec) =>
  spec.dimensions.every((dimension) => [undefined, 'month'].includes(DATE_UNITS[dimension]));

/** A row's bucket, its period (a day's date, or a month's first day), and its entity columns. */
function periodColumns(source: PaidSource, spec: QuerySpec, period: string): string {
  const entity = [...source.entityColumns, 'currency'].map((column) => `fact.${column}`).join(', ');
  return `${bucketOf(spec.dimensions, period)} AS bucket, ${period} AS period_start, ${period} AS period_end, ${entity}`;
}

/** The rows of a rollup (`from`, its rows as `fact`) where `where` holds; a monthly table's row counts like its days. */
function rolledUpRows(source: PaidSource, spec: QuerySpec, period: string, from: string, where: string): string {
  return `SELECT ${periodColumns(source, spec, period)}, fact.level, ${rolledUpColumns('paid', 'fact')}, fact.level AS finest_level
  FROM ${from}
  WHERE ${where}`;
}

/**
 * Paid sums split by the spec's dimensions, read from the coarsest source that keeps them (`paidSourceFor`) or the
 * one given. Each (account, day) counts once, at the finest level present (ad, else ad set, else campaign, else
 * account). A whole-period fact in force counts only in a bucket (a date dimension's period, or the range) that
 * contains its whole period, and only when no daily import of its account covers that whole period; a one-day
 * period competes for the finest level with the daily rows of its day. Filters apply after the finest level is
 * chosen, so a filtered group equals its row in the unfiltered answer.
 */
export function compilePaidQuery(spec: QuerySpec, source: PaidSource = paidSourceFor(spec)): CompiledQuery {
  const params = new Params();
  const bucket = (day: string) => bucketOf(spec.dimensions, day);
  const periods = periodFactsInForce(spec, params);
  const entity = [...source.entityColumns, 'currency'].map((column) => `p.${column}`).join(', ');
  const dayLevel = source.rolledUp ? 'day.level' : levelOf('day');
  const sql = `WITH period_facts AS (${periods}
), whole_periods AS (
  ${atFinestLevel(`SELECT ${bucket('p.period_start')} AS bucket, p.period_start, p.period_end, ${entity},
      ${levelOf('p')} AS level, ${summableColumns('paid', 'p')},
      greatest(max(${levelOf('p')}) OVER (PARTITION BY p.account_id, p.period_start, p.period_end),
        CASE WHEN p.period_start = p.period_end THEN (
          SELECT max(${dayLevel}) FROM ${source.table} AS day
          WHERE day.workspace_id = p.workspace_id AND day.account_id = p.account_id AND day.date = p.period_start
        ) END) AS finest_level
    FROM period_facts AS p
    WHERE NOT p.daily_covered AND ${bucket('p.period_start')} = ${bucket('p.period_end')}`)}
), one_day_periods AS (
  SELECT account_id, period_start, max(level) AS level FROM whole_periods
  WHERE period_start = period_end
  GROUP BY account_id, period_start
), daily AS (
  ${dailyRows(source, spec, params)}
), facts AS (
  SELECT daily.* FROM daily
  LEFT JOIN one_day_periods AS one_day ON one_day.account_id = daily.account_id AND one_day.period_start = daily.period_start
  WHERE one_day.level IS NULL OR daily.level >= one_day.level
  UNION ALL
  SELECT * FROM whole_periods
)
${finestPaidGroups(spec, spec.dimensions, params, { fewRowsPerCurrency: source.rolledUp })}`;
  return { sql, params: params.values };
}

/**
 * The whole-period facts in force in the range (one row per account and period) that have daily rows inside their
 * period without a daily import covering all of it: counted beside those days, the overlap may count twice. Any
 * daily fact of an account's day has a row in the account rollup, so that smaller table is asked.
 */
export function compileDoubleCountQuery(spec: QuerySpec): CompiledQuery {
  const params = new Params();
  const sql = `WITH period_facts AS (${periodFactsInForce(spec, params)})
SELECT DISTINCT p.platform, coalesce(a.name, a.external_id) AS account,
  p.period_start::text AS period_start, p.period_end::text AS period_end
FROM period_facts AS p JOIN account AS a ON a.id = p.account_id
WHERE NOT p.daily_covered AND EXISTS (
  SELECT 1 FROM ${PAID_ACCOUNT_ROLLUP.table} AS d
  WHERE d.workspace_id = p.workspace_id AND d.account_id = p.account_id AND d.date BETWEEN p.period_start AND p.period_end
)
ORDER BY 1, 2, 3, 4`;
  return { sql, params: params.values };
}
