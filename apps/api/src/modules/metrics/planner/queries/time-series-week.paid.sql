WITH daily AS (
  SELECT date_trunc('week', date)::date::text AS bucket, date AS period_start, date AS period_end, platform, account_id, campaign_id, campaign_name, objective, objective_kind, ad_set_id,
    ad_set_name, ad_id, ad_name, currency, spend, impressions, clicks, conversions, revenue, reach, video_views,
    engagements, CASE WHEN ad_id <> '' THEN 3 WHEN ad_set_id <> '' THEN 2 WHEN campaign_id <> '' THEN 1 ELSE 0 END AS level
  FROM paid_daily_metric
  WHERE workspace_id = $1 AND date BETWEEN $2 AND $3
), period_facts AS (
  SELECT p.*, EXISTS (
      SELECT 1 FROM import_coverage AS c
      WHERE c.workspace_id = p.workspace_id AND c.account_id = p.account_id AND c.kind = 'paid'
        AND c.first_day <= p.period_start AND c.last_day >= p.period_end
    ) AS daily_covered
  FROM paid_period_metric AS p
  WHERE p.workspace_id = $4 AND p.period_start >= $5
    AND p.period_end <= $6
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
  SELECT date_trunc('week', period_start)::date::text AS bucket, period_start, period_end, platform, account_id, campaign_id, campaign_name, objective, objective_kind, ad_set_id,
    ad_set_name, ad_id, ad_name, currency, spend, impressions, clicks, conversions, revenue, reach, video_views,
    engagements, CASE WHEN ad_id <> '' THEN 3 WHEN ad_set_id <> '' THEN 2 WHEN campaign_id <> '' THEN 1 ELSE 0 END AS level
  FROM period_facts
  WHERE NOT daily_covered AND date_trunc('week', period_start)::date::text = date_trunc('week', period_end)::date::text
), facts AS (
  SELECT *, max(level) OVER (PARTITION BY account_id, period_start, period_end) AS finest_level
  FROM (SELECT * FROM daily UNION ALL SELECT * FROM whole_periods) AS all_facts
)
SELECT facts.bucket AS k_week, facts.bucket AS l_week,
  (CASE WHEN count(facts.spend) > 0 THEN coalesce(sum(facts.spend) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $7), 0) END)::float8 AS "spend",
  (sum(facts.impressions))::float8 AS "impressions",
  (CASE WHEN count(*) = 1 THEN sum(facts.reach) END)::float8 AS "reach",
  (sum(facts.clicks))::float8 AS "clicks",
  (sum(facts.conversions))::float8 AS "conversions",
  (CASE WHEN count(facts.revenue) > 0 THEN coalesce(sum(facts.revenue) FILTER (WHERE facts.revenue IS NOT NULL AND facts.currency = $7), 0) END)::float8 AS "revenue",
  (sum(facts.engagements))::float8 AS "engagements",
  (sum(facts.video_views))::float8 AS "videoViews",
  (sum(facts.clicks) FILTER (WHERE facts.clicks IS NOT NULL AND facts.impressions IS NOT NULL))::float8 AS "ctr__numerator",
  (sum(facts.impressions) FILTER (WHERE facts.clicks IS NOT NULL AND facts.impressions IS NOT NULL))::float8 AS "ctr__denominator",
  (sum(facts.spend) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $7 AND facts.clicks IS NOT NULL))::float8 AS "cpc__numerator",
  (sum(facts.clicks) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $7 AND facts.clicks IS NOT NULL))::float8 AS "cpc__denominator",
  (sum(facts.spend) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $7 AND facts.impressions IS NOT NULL))::float8 AS "cpm__numerator",
  (sum(facts.impressions) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $7 AND facts.impressions IS NOT NULL))::float8 AS "cpm__denominator",
  (sum(facts.spend) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $7 AND facts.conversions IS NOT NULL))::float8 AS "cpa__numerator",
  (sum(facts.conversions) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $7 AND facts.conversions IS NOT NULL))::float8 AS "cpa__denominator",
  (sum(facts.revenue) FILTER (WHERE facts.revenue IS NOT NULL AND facts.currency = $7 AND facts.spend IS NOT NULL AND facts.currency = $7))::float8 AS "roas__numerator",
  (sum(facts.spend) FILTER (WHERE facts.revenue IS NOT NULL AND facts.currency = $7 AND facts.spend IS NOT NULL AND facts.currency = $7))::float8 AS "roas__denominator",
  (sum(facts.revenue) FILTER (WHERE facts.revenue IS NOT NULL AND facts.currency = $7 AND facts.spend IS NOT NULL AND facts.currency = $7))::float8 AS "roi__numerator",
  (sum(facts.spend) FILTER (WHERE facts.revenue IS NOT NULL AND facts.currency = $7 AND facts.spend IS NOT NULL AND facts.currency = $7))::float8 AS "roi__denominator",
  (CASE WHEN count(*) = 1 THEN sum(facts.impressions) FILTER (WHERE facts.impressions IS NOT NULL AND facts.reach IS NOT NULL) END)::float8 AS "frequency__numerator",
  (CASE WHEN count(*) = 1 THEN sum(facts.reach) FILTER (WHERE facts.impressions IS NOT NULL AND facts.reach IS NOT NULL) END)::float8 AS "frequency__denominator",
  (sum(facts.spend) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $7 AND facts.engagements IS NOT NULL))::float8 AS "costPerEngagement__numerator",
  (sum(facts.engagements) FILTER (WHERE facts.spend IS NOT NULL AND facts.currency = $7 AND facts.engagements IS NOT NULL))::float8 AS "costPerEngagement__denominator",
  array_to_string(array_agg(DISTINCT facts.currency) FILTER (WHERE facts.currency <> $8), ',') AS other_currencies
FROM facts LEFT JOIN account ON account.id = facts.account_id
WHERE facts.level = facts.finest_level
GROUP BY facts.bucket
