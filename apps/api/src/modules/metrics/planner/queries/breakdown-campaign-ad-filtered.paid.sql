WITH period_facts AS (
  SELECT p.*, EXISTS (
      SELECT 1 FROM import_coverage AS c
      WHERE c.workspace_id = p.workspace_id AND c.account_id = p.account_id AND c.kind = 'paid'
        AND c.first_day <= p.period_start AND c.last_day >= p.period_end
    ) AS daily_covered
  FROM paid_period_metric AS p
  WHERE p.workspace_id = $1 AND p.period_start >= $2
    AND p.period_end <= $3
    AND NOT EXISTS (
      SELECT 1 FROM paid_period_metric AS newer
      WHERE newer.workspace_id = p.workspace_id AND newer.platform = p.platform AND newer.account_id = p.account_id
        AND newer.updated_at > p.updated_at
        AND newer.period_start <= p.period_end AND newer.period_end >= p.period_start
        AND (newer.period_start, newer.period_end) <> (p.period_start, p.period_end)
        AND (newer.campaign_id = p.campaign_id OR '' IN (newer.campaign_id, p.campaign_id))
        AND (newer.ad_set_id = p.ad_set_id OR '' IN (newer.ad_set_id, p.ad_set_id))
        AND (newer.ad_id = p.ad_id OR '' IN (newer.ad_id, p.ad_id))
    )
), whole_periods AS (
  SELECT * FROM (
    SELECT 'range' AS bucket, p.period_start, p.period_end, p.platform, p.account_id, p.campaign_id, p.campaign_name, p.objective, p.objective_kind, p.ad_set_id, p.ad_set_name, p.ad_id, p.ad_name, p.currency,
      CASE WHEN p.ad_id <> '' THEN 3 WHEN p.ad_set_id <> '' THEN 2 WHEN p.campaign_id <> '' THEN 1 ELSE 0 END AS level, 1 AS fact_count, (p.spend * 1000000)::bigint AS spend_micros, p.impressions AS impressions, p.reach AS reach, p.clicks AS clicks, (p.conversions * 1000000)::bigint AS conversions_micros, (p.revenue * 1000000)::bigint AS revenue_micros, p.engagements AS engagements, p.video_views AS video_views, CASE WHEN p.impressions IS NOT NULL THEN p.clicks END AS clicks_with_impressions, CASE WHEN p.clicks IS NOT NULL THEN p.impressions END AS impressions_with_clicks, (CASE WHEN p.clicks IS NOT NULL THEN p.spend END * 1000000)::bigint AS spend_with_clicks_micros, CASE WHEN p.spend IS NOT NULL THEN p.clicks END AS clicks_with_spend, (CASE WHEN p.impressions IS NOT NULL THEN p.spend END * 1000000)::bigint AS spend_with_impressions_micros, CASE WHEN p.spend IS NOT NULL THEN p.impressions END AS impressions_with_spend, (CASE WHEN p.conversions IS NOT NULL THEN p.spend END * 1000000)::bigint AS spend_with_conversions_micros, (CASE WHEN p.spend IS NOT NULL THEN p.conversions END * 1000000)::bigint AS conversions_with_spend_micros, (CASE WHEN p.spend IS NOT NULL THEN p.revenue END * 1000000)::bigint AS revenue_with_spend_micros, (CASE WHEN p.revenue IS NOT NULL THEN p.spend END * 1000000)::bigint AS spend_with_revenue_micros, CASE WHEN p.reach IS NOT NULL THEN p.impressions END AS impressions_with_reach, CASE WHEN p.impressions IS NOT NULL THEN p.reach END AS reach_with_impressions, (CASE WHEN p.engagements IS NOT NULL THEN p.spend END * 1000000)::bigint AS spend_with_engagements_micros, CASE WHEN p.spend IS NOT NULL THEN p.engagements END AS engagements_with_spend,
      greatest(max(CASE WHEN p.ad_id <> '' THEN 3 WHEN p.ad_set_id <> '' THEN 2 WHEN p.campaign_id <> '' THEN 1 ELSE 0 END) OVER (PARTITION BY p.account_id, p.period_start, p.period_end),
        CASE WHEN p.period_start = p.period_end THEN (
          SELECT max(CASE WHEN day.ad_id <> '' THEN 3 WHEN day.ad_set_id <> '' THEN 2 WHEN day.campaign_id <> '' THEN 1 ELSE 0 END) FROM paid_daily_metric AS day
          WHERE day.workspace_id = p.workspace_id AND day.account_id = p.account_id AND day.date = p.period_start
        ) END) AS finest_level
    FROM period_facts AS p
    WHERE NOT p.daily_covered AND 'range' = 'range'
  ) AS ranked
  WHERE ranked.level = ranked.finest_level
), one_day_periods AS (
  SELECT account_id, period_start, max(level) AS level FROM whole_periods
  WHERE period_start = period_end
  GROUP BY account_id, period_start
), daily AS (
  SELECT * FROM (
    SELECT 'range' AS bucket, fact.date AS period_start, fact.date AS period_end, fact.platform, fact.account_id, fact.campaign_id, fact.campaign_name, fact.objective, fact.objective_kind, fact.ad_set_id, fact.ad_set_name, fact.ad_id, fact.ad_name, fact.currency, CASE WHEN fact.ad_id <> '' THEN 3 WHEN fact.ad_set_id <> '' THEN 2 WHEN fact.campaign_id <> '' THEN 1 ELSE 0 END AS level,
      1 AS fact_count, (fact.spend * 1000000)::bigint AS spend_micros, fact.impressions AS impressions, fact.reach AS reach, fact.clicks AS clicks, (fact.conversions * 1000000)::bigint AS conversions_micros, (fact.revenue * 1000000)::bigint AS revenue_micros, fact.engagements AS engagements, fact.video_views AS video_views, CASE WHEN fact.impressions IS NOT NULL THEN fact.clicks END AS clicks_with_impressions, CASE WHEN fact.clicks IS NOT NULL THEN fact.impressions END AS impressions_with_clicks, (CASE WHEN fact.clicks IS NOT NULL THEN fact.spend END * 1000000)::bigint AS spend_with_clicks_micros, CASE WHEN fact.spend IS NOT NULL THEN fact.clicks END AS clicks_with_spend, (CASE WHEN fact.impressions IS NOT NULL THEN fact.spend END * 1000000)::bigint AS spend_with_impressions_micros, CASE WHEN fact.spend IS NOT NULL THEN fact.impressions END AS impressions_with_spend, (CASE WHEN fact.conversions IS NOT NULL THEN fact.spend END * 1000000)::bigint AS spend_with_conversions_micros, (CASE WHEN fact.spend IS NOT NULL THEN fact.conversions END * 1000000)::bigint AS conversions_with_spend_micros, (CASE WHEN fact.spend IS NOT NULL THEN fact.revenue END * 1000000)::bigint AS revenue_with_spend_micros, (CASE WHEN fact.revenue IS NOT NULL THEN fact.spend END * 1000000)::bigint AS spend_with_revenue_micros, CASE WHEN fact.reach IS NOT NULL THEN fact.impressions END AS impressions_with_reach, CASE WHEN fact.impressions IS NOT NULL THEN fact.reach END AS reach_with_impressions, (CASE WHEN fact.engagements IS NOT NULL THEN fact.spend END * 1000000)::bigint AS spend_with_engagements_micros, CASE WHEN fact.spend IS NOT NULL THEN fact.engagements END AS engagements_with_spend, max(CASE WHEN fact.ad_id <> '' THEN 3 WHEN fact.ad_set_id <> '' THEN 2 WHEN fact.campaign_id <> '' THEN 1 ELSE 0 END) OVER (PARTITION BY fact.account_id, fact.date) AS finest_level
    FROM paid_daily_metric AS fact
    WHERE fact.workspace_id = $4 AND fact.date BETWEEN $5 AND $6
  ) AS ranked
  WHERE ranked.level = ranked.finest_level
), facts AS (
  SELECT daily.* FROM daily
  LEFT JOIN one_day_periods AS one_day ON one_day.account_id = daily.account_id AND one_day.period_start = daily.period_start
  WHERE one_day.level IS NULL OR daily.level >= one_day.level
  UNION ALL
  SELECT * FROM whole_periods
)
SELECT facts.campaign_id AS k_campaign, max(facts.campaign_name) AS l_campaign,
  (CASE WHEN count(facts.spend_micros) > 0 THEN coalesce(sum(facts.spend_micros) FILTER (WHERE facts.currency = $7) * 0.000001, 0) END)::float8 AS "spend",
  (bigint_sum(facts.impressions))::float8 AS "impressions",
  (CASE WHEN bigint_sum(facts.fact_count) = 1 THEN bigint_sum(facts.reach) END)::float8 AS "reach",
  (bigint_sum(facts.clicks))::float8 AS "clicks",
  (sum(facts.conversions_micros) * 0.000001)::float8 AS "conversions",
  (CASE WHEN count(facts.revenue_micros) > 0 THEN coalesce(sum(facts.revenue_micros) FILTER (WHERE facts.currency = $7) * 0.000001, 0) END)::float8 AS "revenue",
  (bigint_sum(facts.engagements))::float8 AS "engagements",
  (bigint_sum(facts.video_views))::float8 AS "videoViews",
  (bigint_sum(facts.clicks_with_impressions))::float8 AS "ctr__numerator",
  (bigint_sum(facts.impressions_with_clicks))::float8 AS "ctr__denominator",
  (sum(facts.spend_with_clicks_micros) FILTER (WHERE facts.currency = $7) * 0.000001)::float8 AS "cpc__numerator",
  (bigint_sum(facts.clicks_with_spend) FILTER (WHERE facts.currency = $7))::float8 AS "cpc__denominator",
  (sum(facts.spend_with_impressions_micros) FILTER (WHERE facts.currency = $7) * 0.000001)::float8 AS "cpm__numerator",
  (bigint_sum(facts.impressions_with_spend) FILTER (WHERE facts.currency = $7))::float8 AS "cpm__denominator",
  (sum(facts.spend_with_conversions_micros) FILTER (WHERE facts.currency = $7) * 0.000001)::float8 AS "cpa__numerator",
  (sum(facts.conversions_with_spend_micros) FILTER (WHERE facts.currency = $7) * 0.000001)::float8 AS "cpa__denominator",
  (sum(facts.revenue_with_spend_micros) FILTER (WHERE facts.currency = $7) * 0.000001)::float8 AS "roas__numerator",
  (sum(facts.spend_with_revenue_micros) FILTER (WHERE facts.currency = $7) * 0.000001)::float8 AS "roas__denominator",
  (sum(facts.revenue_with_spend_micros) FILTER (WHERE facts.currency = $7) * 0.000001)::float8 AS "roi__numerator",
  (sum(facts.spend_with_revenue_micros) FILTER (WHERE facts.currency = $7) * 0.000001)::float8 AS "roi__denominator",
  (CASE WHEN bigint_sum(facts.fact_count) = 1 THEN bigint_sum(facts.impressions_with_reach) END)::float8 AS "frequency__numerator",
  (CASE WHEN bigint_sum(facts.fact_count) = 1 THEN bigint_sum(facts.reach_with_impressions) END)::float8 AS "frequency__denominator",
  (sum(facts.spend_with_engagements_micros) FILTER (WHERE facts.currency = $7) * 0.000001)::float8 AS "costPerEngagement__numerator",
  (bigint_sum(facts.engagements_with_spend) FILTER (WHERE facts.currency = $7))::float8 AS "costPerEngagement__denominator",
  array_to_string(array_agg(DISTINCT facts.currency) FILTER (WHERE facts.currency <> $8), ',') AS other_currencies
FROM (
  SELECT facts.campaign_id, facts.campaign_name, facts.currency, bigint_sum(facts.fact_count) AS fact_count, sum(facts.spend_micros) AS spend_micros, bigint_sum(facts.impressions) AS impressions, bigint_sum(facts.reach) AS reach, bigint_sum(facts.clicks) AS clicks, sum(facts.conversions_micros) AS conversions_micros, sum(facts.revenue_micros) AS revenue_micros, bigint_sum(facts.engagements) AS engagements, bigint_sum(facts.video_views) AS video_views, bigint_sum(facts.clicks_with_impressions) AS clicks_with_impressions, bigint_sum(facts.impressions_with_clicks) AS impressions_with_clicks, sum(facts.spend_with_clicks_micros) AS spend_with_clicks_micros, bigint_sum(facts.clicks_with_spend) AS clicks_with_spend, sum(facts.spend_with_impressions_micros) AS spend_with_impressions_micros, bigint_sum(facts.impressions_with_spend) AS impressions_with_spend, sum(facts.spend_with_conversions_micros) AS spend_with_conversions_micros, sum(facts.conversions_with_spend_micros) AS conversions_with_spend_micros, sum(facts.revenue_with_spend_micros) AS revenue_with_spend_micros, sum(facts.spend_with_revenue_micros) AS spend_with_revenue_micros, bigint_sum(facts.impressions_with_reach) AS impressions_with_reach, bigint_sum(facts.reach_with_impressions) AS reach_with_impressions, sum(facts.spend_with_engagements_micros) AS spend_with_engagements_micros, bigint_sum(facts.engagements_with_spend) AS engagements_with_spend
  FROM facts
  WHERE facts.ad_id = ANY($9::text[])
  GROUP BY facts.campaign_id, facts.campaign_name, facts.currency
) AS facts
GROUP BY facts.campaign_id
