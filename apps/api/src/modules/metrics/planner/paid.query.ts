import { anyOf, bucketOf, dimensionColumns, finestPaidGroups, Params } from './sql-parts.js';
import type { CompiledQuery, QuerySpec } from './query-spec.js';

/** The paid fact columns every relation below carries, with the level of its entity (ad 3 … account 0). */
const FACT_COLUMNS = `platform, account_id, campaign_id, campaign_name, objective, objective_kind, ad_set_id,
    ad_set_name, ad_id, ad_name, currency, spend, impressions, clicks, conversions, revenue, reach, video_views,
    engagements, CASE WHEN ad_id <> '' THEN 3 WHEN ad_set_id <> '' THEN 2 WHEN campaign_id <> '' THEN 1 ELSE 0 END AS level`;

/**
 * The whole-period facts in force inside the range. Of two overlapping periods of the same entity (or of one
 * entity and an entity containing it) the later-written one wins: both restate the overlap. `daily_covered`: one
 * daily import of the account spans the whole period, so its daily facts speak for it; the import's window
 * decides, because exports leave out days without delivery.
 */
export function periodFactsInForce(spec: QuerySpec, params: Params): string {
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
 * Paid sums split by the spec's dimensions. Each (account, day) counts once, at the finest level present (ad,
 * else ad set, else campaign, else account). A whole-period fact in force counts only in a bucket (a date
 * dimension's period, or the range) that contains its whole period, and only when no daily import of its account
 * covers that whole period. Filters apply after the finest level is chosen, so a filtered group equals its row in
 * the unfiltered answer.
 */
export function compilePaidQuery(spec: QuerySpec): CompiledQuery {
  const params = new Params();
  const bucket = (day: string) => bucketOf(spec.dimensions, day);
  const workspace = params.add(spec.workspaceId);
  const from = params.add(spec.range.from);
  const to = params.add(spec.range.to);
  const platforms = anyOf('platform', spec.platforms, params);
  const periods = periodFactsInForce(spec, params);
  const dimensions = dimensionColumns(spec.dimensions);
  const sql = `WITH daily AS (
  SELECT ${bucket('date')} AS bucket, date AS period_start, date AS period_end, ${FACT_COLUMNS}
  FROM paid_daily_metric
  WHERE workspace_id = ${workspace} AND date BETWEEN ${from} AND ${to}${platforms}
), period_facts AS (${periods}
), whole_periods AS (
  SELECT ${bucket('period_start')} AS bucket, period_start, period_end, ${FACT_COLUMNS}
  FROM period_facts
  WHERE NOT daily_covered AND ${bucket('period_start')} = ${bucket('period_end')}
), facts AS (
  SELECT *, max(level) OVER (PARTITION BY account_id, period_start, period_end) AS finest_level
  FROM (SELECT * FROM daily UNION ALL SELECT * FROM whole_periods) AS all_facts
)
${finestPaidGroups(spec, dimensions, params)}`;
  return { sql, params: params.values };
}
