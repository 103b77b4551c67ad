WITH in_force AS (
  SELECT a.*, CASE WHEN a.ad_id <> '' THEN 3 WHEN a.ad_set_id <> '' THEN 2 WHEN a.campaign_id <> '' THEN 1 ELSE 0 END AS level
  FROM paid_audience_metric AS a
  WHERE a.workspace_id = $1 AND a.dimension = $2
    AND a.period_start >= $3 AND a.period_end <= $4 AND a.platform = ANY($5::text[])
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
  SELECT 'range' AS bucket, platform, account_id, campaign_id, campaign_name, objective, objective_kind, ad_set_id, ad_set_name,
    ad_id, ad_name, coalesce(nullif(segment, ''), 'unknown') AS segment, currency, spend, impressions, clicks,
    conversions, revenue, reach, video_views, engagements, level,
    max(level) OVER (PARTITION BY account_id, period_start, period_end) AS finest_level
  FROM in_force
  WHERE 'range' = 'range'
)
SELECT (CASE WHEN count(facts.spend) > 0 THEN coalesce(sum(facts.spend) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $6), 0) END)::float8 AS "spend",
  (sum(facts.impressions))::float8 AS "impressions",
  (CASE WHEN count(*) = 1 THEN sum(facts.reach) END)::float8 AS "reach",
  (sum(facts.clicks))::float8 AS "clicks",
  (sum(facts.conversions))::float8 AS "conversions",
  (CASE WHEN count(facts.revenue) > 0 THEN coalesce(sum(facts.revenue) FILTER (WHERE facts.revenue IS NOT NULL AND facts.currency = $6), 0) END)::float8 AS "revenue",
  (sum(facts.engagements))::float8 AS "engagements",
  (sum(facts.video_views))::float8 AS "videoViews",
  (sum(facts.clicks) FILTER (WHERE facts.clicks IS NOT NULL AND facts.impressions IS NOT NULL))::float8 AS "ctr__numerator",
  (sum(facts.impressions) FILTER (WHERE facts.clicks IS NOT NULL AND facts.impressions IS NOT NULL))::float8 AS "ctr__denominator",
  (sum(facts.spend) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $6 AND facts.clicks IS NOT NULL))::float8 AS "cpc__numerator",
  (sum(facts.clicks) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $6 AND facts.clicks IS NOT NULL))::float8 AS "cpc__denominator",
  (sum(facts.spend) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $6 AND facts.impressions IS NOT NULL))::float8 AS "cpm__numerator",
  (sum(facts.impressions) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $6 AND facts.impressions IS NOT NULL))::float8 AS "cpm__denominator",
  (sum(facts.spend) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $6 AND facts.conversions IS NOT NULL))::float8 AS "cpa__numerator",
  (sum(facts.conversions) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $6 AND facts.conversions IS NOT NULL))::float8 AS "cpa__denominator",
  (sum(facts.revenue) FILTER (WHERE facts.revenue IS NOT NULL AND facts.currency = $6 AND facts.spend IS NOT NULL AND facts.currency = $6))::float8 AS "roas__numerator",
  (sum(facts.spend) FILTER (WHERE facts.revenue IS NOT NULL AND facts.currency = $6 AND facts.spend IS NOT NULL AND facts.currency = $6))::float8 AS "roas__denominator",
  (sum(facts.revenue) FILTER (WHERE facts.revenue IS NOT NULL AND facts.currency = $6 AND facts.spend IS NOT NULL AND facts.currency = $6))::float8 AS "roi__numerator",
  (sum(facts.spend) FILTER (WHERE facts.revenue IS NOT NULL AND facts.currency = $6 AND facts.spend IS NOT NULL AND facts.currency = $6))::float8 AS "roi__denominator",
  (CASE WHEN count(*) = 1 THEN sum(facts.impressions) FILTER (WHERE facts.impressions IS NOT NULL AND facts.reach IS NOT NULL) END)::float8 AS "frequency__numerator",
  (CASE WHEN count(*) = 1 THEN sum(facts.reach) FILTER (WHERE facts.impressions IS NOT NULL AND facts.reach IS NOT NULL) END)::float8 AS "frequency__denominator",
  (sum(facts.spend) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $6 AND facts.engagements IS NOT NULL))::float8 AS "costPerEngagement__numerator",
  (sum(facts.engagements) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $6 AND facts.engagements IS NOT NULL))::float8 AS "costPerEngagement__denominator",
  array_to_string(array_agg(DISTINCT facts.currency) FILTER (WHERE facts.currency <> $7), ',') AS other_currencies
FROM facts LEFT JOIN account ON account.id = facts.account_id
WHERE facts.level = facts.finest_level AND facts.campaign_id = ANY($8::text[]) AND coalesce(facts.objective_kind, '') = ANY($9::text[])

