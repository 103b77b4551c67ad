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
  SELECT * FROM (
    SELECT 'range' AS bucket, platform, account_id, campaign_id, campaign_name, objective, objective_kind, ad_set_id, ad_set_name,
    ad_id, ad_name, coalesce(nullif(segment, ''), 'unknown') AS segment, currency, level,
    1 AS fact_count, (in_force.spend * 1000000)::bigint AS spend_micros, in_force.impressions AS impressions, in_force.reach AS reach, in_force.clicks AS clicks, (in_force.conversions * 1000000)::bigint AS conversions_micros, (in_force.revenue * 1000000)::bigint AS revenue_micros, in_force.engagements AS engagements, in_force.video_views AS video_views, CASE WHEN in_force.impressions IS NOT NULL THEN in_force.clicks END AS clicks_with_impressions, CASE WHEN in_force.clicks IS NOT NULL THEN in_force.impressions END AS impressions_with_clicks, (CASE WHEN in_force.clicks IS NOT NULL THEN in_force.spend END * 1000000)::bigint AS spend_with_clicks_micros, CASE WHEN in_force.spend IS NOT NULL THEN in_force.clicks END AS clicks_with_spend, (CASE WHEN in_force.impressions IS NOT NULL THEN in_force.spend END * 1000000)::bigint AS spend_with_impressions_micros, CASE WHEN in_force.spend IS NOT NULL THEN in_force.impressions END AS impressions_with_spend, (CASE WHEN in_force.conversions IS NOT NULL THEN in_force.spend END * 1000000)::bigint AS spend_with_conversions_micros, (CASE WHEN in_force.spend IS NOT NULL THEN in_force.conversions END * 1000000)::bigint AS conversions_with_spend_micros, (CASE WHEN in_force.spend IS NOT NULL THEN in_force.revenue END * 1000000)::bigint AS revenue_with_spend_micros, (CASE WHEN in_force.revenue IS NOT NULL THEN in_force.spend END * 1000000)::bigint AS spend_with_revenue_micros, CASE WHEN in_force.reach IS NOT NULL THEN in_force.impressions END AS impressions_with_reach, CASE WHEN in_force.impressions IS NOT NULL THEN in_force.reach END AS reach_with_impressions, (CASE WHEN in_force.engagements IS NOT NULL THEN in_force.spend END * 1000000)::bigint AS spend_with_engagements_micros, CASE WHEN in_force.spend IS NOT NULL THEN in_force.engagements END AS engagements_with_spend,
      max(level) OVER (PARTITION BY account_id, period_start, period_end) AS finest_level
    FROM in_force
    WHERE 'range' = 'range'
  ) AS ranked
  WHERE ranked.level = ranked.finest_level
)
SELECT facts.account_id::text AS k_account, coalesce(max(account.name), max(account.external_id)) AS l_account, facts.segment AS k_region, facts.segment AS l_region,
  (CASE WHEN count(facts.spend_micros) > 0 THEN coalesce(sum(facts.spend_micros) FILTER (WHERE facts.currency = $6) * 0.000001, 0) END)::float8 AS "spend",
  (bigint_sum(facts.impressions))::float8 AS "impressions",
  (CASE WHEN bigint_sum(facts.fact_count) = 1 THEN bigint_sum(facts.reach) END)::float8 AS "reach",
  (bigint_sum(facts.clicks))::float8 AS "clicks",
  (sum(facts.conversions_micros) * 0.000001)::float8 AS "conversions",
  (CASE WHEN count(facts.revenue_micros) > 0 THEN coalesce(sum(facts.revenue_micros) FILTER (WHERE facts.currency = $6) * 0.000001, 0) END)::float8 AS "revenue",
  (bigint_sum(facts.engagements))::float8 AS "engagements",
  (bigint_sum(facts.video_views))::float8 AS "videoViews",
  (bigint_sum(facts.clicks_with_impressions))::float8 AS "ctr__numerator",
  (bigint_sum(facts.impressions_with_clicks))::float8 AS "ctr__denominator",
  (sum(facts.spend_with_clicks_micros) FILTER (WHERE facts.currency = $6) * 0.000001)::float8 AS "cpc__numerator",
  (bigint_sum(facts.clicks_with_spend) FILTER (WHERE facts.currency = $6))::float8 AS "cpc__denominator",
  (sum(facts.spend_with_impressions_micros) FILTER (WHERE facts.currency = $6) * 0.000001)::float8 AS "cpm__numerator",
  (bigint_sum(facts.impressions_with_spend) FILTER (WHERE facts.currency = $6))::float8 AS "cpm__denominator",
  (sum(facts.spend_with_conversions_micros) FILTER (WHERE facts.currency = $6) * 0.000001)::float8 AS "cpa__numerator",
  (sum(facts.conversions_with_spend_micros) FILTER (WHERE facts.currency = $6) * 0.000001)::float8 AS "cpa__denominator",
  (sum(facts.revenue_with_spend_micros) FILTER (WHERE facts.currency = $6) * 0.000001)::float8 AS "roas__numerator",
  (sum(facts.spend_with_revenue_micros) FILTER (WHERE facts.currency = $6) * 0.000001)::float8 AS "roas__denominator",
  (sum(facts.revenue_with_spend_micros) FILTER (WHERE facts.currency = $6) * 0.000001)::float8 AS "roi__numerator",
  (sum(facts.spend_with_revenue_micros) FILTER (WHERE facts.currency = $6) * 0.000001)::float8 AS "roi__denominator",
  (CASE WHEN bigint_sum(facts.fact_count) = 1 THEN bigint_sum(facts.impressions_with_reach) END)::float8 AS "frequency__numerator",
  (CASE WHEN bigint_sum(facts.fact_count) = 1 THEN bigint_sum(facts.reach_with_impressions) END)::float8 AS "frequency__denominator",
  (sum(facts.spend_with_engagements_micros) FILTER (WHERE facts.currency = $6) * 0.000001)::float8 AS "costPerEngagement__numerator",
  (bigint_sum(facts.engagements_with_spend) FILTER (WHERE facts.currency = $6))::float8 AS "costPerEngagement__denominator",
  array_to_string(array_agg(DISTINCT facts.currency) FILTER (WHERE facts.currency <> $7), ',') AS other_currencies
FROM (
  SELECT facts.account_id, facts.segment, facts.currency, bigint_sum(facts.fact_count) AS fact_count, sum(facts.spend_micros) AS spend_micros, bigint_sum(facts.impressions) AS impressions, bigint_sum(facts.reach) AS reach, bigint_sum(facts.clicks) AS clicks, sum(facts.conversions_micros) AS conversions_micros, sum(facts.revenue_micros) AS revenue_micros, bigint_sum(facts.engagements) AS engagements, bigint_sum(facts.video_views) AS video_views, bigint_sum(facts.clicks_with_impressions) AS clicks_with_impressions, bigint_sum(facts.impressions_with_clicks) AS impressions_with_clicks, sum(facts.spend_with_clicks_micros) AS spend_with_clicks_micros, bigint_sum(facts.clicks_with_spend) AS clicks_with_spend, sum(facts.spend_with_impressions_micros) AS spend_with_impressions_micros, bigint_sum(facts.impressions_with_spend) AS impressions_with_spend, sum(facts.spend_with_conversions_micros) AS spend_with_conversions_micros, sum(facts.conversions_with_spend_micros) AS conversions_with_spend_micros, sum(facts.revenue_with_spend_micros) AS revenue_with_spend_micros, sum(facts.spend_with_revenue_micros) AS spend_with_revenue_micros, bigint_sum(facts.impressions_with_reach) AS impressions_with_reach, bigint_sum(facts.reach_with_impressions) AS reach_with_impressions, sum(facts.spend_with_engagements_micros) AS spend_with_engagements_micros, bigint_sum(facts.engagements_with_spend) AS engagements_with_spend
  FROM facts
  WHERE facts.campaign_id = ANY($8::text[]) AND coalesce(facts.objective_kind, '') = ANY($9::text[])
  GROUP BY facts.account_id, facts.segment, facts.currency
) AS facts LEFT JOIN account ON account.id = facts.account_id
GROUP BY facts.account_id::text, facts.segment
