import type { CanonicalRow, Platform } from '@tandem/formats/canonical.js';
import { Params } from './sql-parts.js';
import type { CompiledQuery, DayRange } from './query-spec.js';

/** A kind of fact, as imports record their coverage: `paid`, `paid-period`, `paid-audience`, `organic`, `post`. */
export type FactKind = CanonicalRow['kind'];

/** Which days of a range each account's facts of each kind cover: the question behind `coverage`. */
export interface CoverageSpec {
  workspaceId: string;
  range: DayRange;
  platforms: readonly Platform[] | null;
}

/** The table holding each kind of fact, and the first and last day one of its rows speaks for. */
const FACT_SOURCES: readonly { kind: FactKind; table: string; firstDay: string; lastDay: string }[] = [
  { kind: 'paid', table: 'paid_daily_metric', firstDay: 'date', lastDay: 'date' },
  { kind: 'paid-period', table: 'paid_period_metric', firstDay: 'period_start', lastDay: 'period_end' },
  { kind: 'paid-audience', table: 'paid_audience_metric', firstDay: 'period_start', lastDay: 'period_end' },
  { kind: 'organic', table: 'organic_daily_metric', firstDay: 'date', lastDay: 'date' },
  { kind: 'post', table: 'organic_post', firstDay: 'published_on', lastDay: 'published_on' },
];

/** The kinds in the order rows are listed. */
export const FACT_KINDS: readonly FactKind[] = FACT_SOURCES.map(({ kind }) => kind);

/** Each day of the relation's `first_day..last_day` spans (dates: no time zone can shift them), as `day`. */
const daysOf = (spans: string) => `${spans} CROSS JOIN generate_series(0, spans.last_day - spans.first_day) AS step`;

/**
 * One row per run of consecutive days (`list` present, missing or restated) of each account and kind with data on or
 * before the range's end, and one row with a null `list` for each of those without any run; each row carries the
 * account's `first_day` (the first day with data) and `last_day` (the last on or before the range's end).
 *
 * - present: the days of the range a fact speaks for (its day, its period, its post's publish day), and the days of
 *   an import's first..last window (import_coverage) without a row: exports leave out days without delivery;
 * - missing: the days of the range between the first day with data and `last_day` that are not present. Days before
 *   the first day (no data yet) and after `last_day` (not in yet: `last_day` says "data through") are not missing;
 * - restated: present days whose facts were last written by an import created after another import whose window
 *   held the day: a later import wrote the day again (coverage is recorded per account, not per campaign).
 *
 * Runs are gaps-and-islands: a day minus its rank among the list's days is the same for each day of one run. A range
 * is at most ten years, so each account and kind expands to at most ~3,653 days per list; the statement answers runs.
 * `bounds` is the one part that reads before the range: each table's rows of the workspace up to the range's end, for
 * the first and last day with data.
 */
export function compileCoverageQuery(spec: CoverageSpec): CompiledQuery {
  const params = new Params();
  const workspace = params.add(spec.workspaceId);
  const from = `${params.add(spec.range.from)}::date`;
  const to = `${params.add(spec.range.to)}::date`;
  let platformsPlaceholder: string | undefined;
  const platforms = (column: string) =>
    spec.platforms && spec.platforms.length > 0
      ? ` AND ${column} = ANY(${(platformsPlaceholder ??= params.add(spec.platforms))}::text[])`
      : '';
  const factDays = FACT_SOURCES.map(({ kind, table, firstDay, lastDay }) =>
    firstDay === lastDay
      ? `
  SELECT DISTINCT account_id, '${kind}'::text AS kind, ${firstDay} AS day, import_id
  FROM ${table}
  WHERE workspace_id = ${workspace} AND ${firstDay} BETWEEN ${from} AND ${to}${platforms('platform')}`
      : `
  SELECT spans.account_id, '${kind}'::text AS kind, spans.first_day + step AS day, spans.import_id
  FROM ${daysOf(`(
    SELECT DISTINCT account_id, greatest(${firstDay}, ${from}) AS first_day, least(${lastDay}, ${to}) AS last_day, import_id
    FROM ${table}
    WHERE workspace_id = ${workspace} AND ${firstDay} <= ${to} AND ${lastDay} >= ${from}${platforms('platform')}
  ) AS spans`)}`,
  ).join('\n  UNION');
  const spans = FACT_SOURCES.map(
    ({ kind, table, firstDay, lastDay }) => `
    SELECT account_id, '${kind}'::text AS kind, min(${firstDay}) AS first_day, max(${
      firstDay === lastDay ? lastDay : `least(${lastDay}, ${to})`
    }) AS last_day
    FROM ${table}
    WHERE workspace_id = ${workspace} AND ${firstDay} <= ${to}${platforms('platform')}
    GROUP BY account_id
    UNION ALL`,
  ).join('');
  const kindOrder = FACT_KINDS.map((kind, index) => `WHEN '${kind}' THEN ${index}`).join(' ');
  const sql = `WITH fact_days AS (${factDays}
), window_days AS (
  SELECT spans.account_id, spans.kind, spans.first_day + step AS day
  FROM ${daysOf(`(
    SELECT DISTINCT account_id, kind, greatest(first_day, ${from}) AS first_day, least(last_day, ${to}) AS last_day
    FROM import_coverage
    WHERE workspace_id = ${workspace} AND first_day <= ${to} AND last_day >= ${from}${platforms('platform')}
  ) AS spans`)}
), present AS (
  SELECT account_id, kind, day FROM fact_days
  UNION
  SELECT account_id, kind, day FROM window_days
), restated AS (
  SELECT DISTINCT facts.account_id, facts.kind, facts.day
  FROM fact_days AS facts JOIN import AS writer ON writer.id = facts.import_id AND writer.workspace_id = ${workspace}
  WHERE EXISTS (
    SELECT 1 FROM import_coverage AS c JOIN import AS earlier ON earlier.id = c.import_id
    WHERE c.workspace_id = ${workspace} AND c.account_id = facts.account_id AND c.kind = facts.kind
      AND facts.day BETWEEN c.first_day AND c.last_day AND c.import_id <> facts.import_id
      AND earlier.created_at < writer.created_at
  )
), bounds AS (
  SELECT account_id, kind, min(first_day) AS first_day, max(last_day) AS last_day
  FROM (${spans}
    SELECT account_id, kind, min(first_day), max(least(last_day, ${to}))
    FROM import_coverage
    WHERE workspace_id = ${workspace} AND first_day <= ${to}${platforms('platform')}
    GROUP BY account_id, kind
  ) AS each_source
  GROUP BY account_id, kind
), missing AS (
  SELECT spans.account_id, spans.kind, spans.first_day + step AS day
  FROM ${daysOf(`(
    SELECT account_id, kind, greatest(first_day, ${from}) AS first_day, last_day FROM bounds
  ) AS spans`)}
  WHERE NOT EXISTS (
    SELECT 1 FROM present
    WHERE present.account_id = spans.account_id AND present.kind = spans.kind AND present.day = spans.first_day + step
  )
), listed AS (
  SELECT 'present' AS list, account_id, kind, day FROM present
  UNION ALL
  SELECT 'missing', account_id, kind, day FROM missing
  UNION ALL
  SELECT 'restated', account_id, kind, day FROM restated
), runs AS (
  SELECT list, account_id, kind, min(day) AS run_from, max(day) AS run_to, count(*)::int AS days
  FROM (
    SELECT *, day - (row_number() OVER (PARTITION BY list, account_id, kind ORDER BY day))::int AS island FROM listed
  ) AS ranked
  GROUP BY list, account_id, kind, island
)
SELECT account.platform, bounds.account_id::text AS account_id, coalesce(account.name, account.external_id) AS account_name,
  bounds.kind, bounds.first_day::text AS first_day, bounds.last_day::text AS last_day,
  runs.list, runs.run_from::text AS run_from, runs.run_to::text AS run_to, runs.days
FROM bounds
JOIN account ON account.id = bounds.account_id AND account.workspace_id = ${workspace}
LEFT JOIN runs ON runs.account_id = bounds.account_id AND runs.kind = bounds.kind
ORDER BY account.platform, account_name, bounds.account_id, CASE bounds.kind ${kindOrder} END, runs.list, runs.run_from`;
  return { sql, params: params.values };
}
