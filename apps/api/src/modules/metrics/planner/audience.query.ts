import {
  anyOf,
  AUDIENCE_DIMENSIONS,
  bucketOf,
  atFinestLevel,
  finestPaidGroups,
  levelOf,
  Params,
  summableColumns,
} from './sql-parts.js';
import type { CompiledQuery, QuerySpec } from './query-spec.js';

/** The audience fact columns the sums and keys read, a blank segment read as Meta's `unknown`. */
const FACT_COLUMNS = `platform, account_id, campaign_id, campaign_name, objective, objective_kind, ad_set_id, ad_set_name,
    ad_id, ad_name, coalesce(nullif(segment, ''), 'unknown') AS segment, currency, level,
    ${summableColumns('paid', 'in_force')}`;

/**
 * Paid sums of audience facts (paid_audience_metric), split by the segments of the ONE audience dimension the spec
 * names and by any of its other dimensions (platform, account, campaign, objective, ad set, ad, one date bucket).
 * Only facts of that dimension count: a two-way export (age × gender) was summed per dimension at import, so each
 * dimension alone adds up to the export's total. A fact counts in a bucket (a date dimension's period, or the range)
 * that contains its whole period (a daily fact: its day). Of two audience facts of the same dimension over
 * overlapping but different periods of the same entity (or of one entity and an entity containing it), the
 * later-written one wins: both restate the overlap. Each (account, period) counts at the finest level present (ad,
 * else ad set, else campaign, else account); filters apply after that, as in `compilePaidQuery`.
 * `totals`: the same facts in one row, what the answer's groups add up to.
 */
export function compileAudienceQuery(spec: QuerySpec, { totals = false }: { totals?: boolean } = {}): CompiledQuery {
  const audience = spec.dimensions.flatMap((dimension) => AUDIENCE_DIMENSIONS[dimension] ?? []);
  if (audience.length !== 1)
    throw new Error(`An audience query splits by exactly one audience dimension, not ${audience.length}`);
  const params = new Params();
  const bucket = (day: string) => bucketOf(spec.dimensions, day);
  const sql = `WITH in_force AS (
  SELECT a.*, ${levelOf('a')} AS level
  FROM paid_audience_metric AS a
  WHERE a.workspace_id = ${params.add(spec.workspaceId)} AND a.dimension = ${params.add(audience[0])}
    AND a.period_start >= ${params.add(spec.range.from)} AND a.period_end <= ${params.add(spec.range.to)}${anyOf(
      'a.platform',
      spec.platforms,
      params,
    )}
    AND NOT EXISTS (
      SELECT 1 FROM paid_audience_metric AS newer
      WHERE newer.workspace_id = a.workspace_id AND newer.dimension = a.dimension AND newer.platform = a.platform
        AND newer.account_id = a.account_id AND newer.updated_at > a.updated_at
        AND newer.period_start <= a.period_end AND newer.period_end >= a.period_start
        AND (newer.period_start, newer.period_end) <> (a.period_start, a.period_end)
        AND (newer.campaign_id = a.campaign_id OR '' IN (newer.campaign_id, a.campaign_id))
        AND (newer.ad_set_id = a.ad_set_id OR '' IN (newer.ad_set_id, a.ad_set_id))
        AND (newer.ad_id = a.ad_id OR '' IN (newer.ad_id, a.ad_id))
    )
), facts AS (
  ${atFinestLevel(`SELECT ${bucket('period_start')} AS bucket, ${FACT_COLUMNS},
      max(level) OVER (PARTITION BY account_id, period_start, period_end) AS finest_level
    FROM in_force
    WHERE ${bucket('period_start')} = ${bucket('period_end')}`)}
)
${finestPaidGroups(spec, totals ? [] : spec.dimensions, params, { segments: true })}`;
  return { sql, params: params.values };
}
