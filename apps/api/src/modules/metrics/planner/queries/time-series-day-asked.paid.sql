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
    SELECT p.period_start AS bucket, p.period_start, p.period_end, p.platform, p.account_id, p.currency,
      CASE WHEN p.ad_id <> '' THEN 3 WHEN p.ad_set_id <> '' THEN 2 WHEN p.campaign_id <> '' THEN 1 ELSE 0 END AS level, 1 AS fact_count, (p.spend * 1000000)::bigint AS spend_micros, p.impressions AS impressions, p.reach AS reach, p.clicks AS clicks, (p.conversions * 1000000)::bigint AS conversions_micros, (p.revenue * 1000000)::bigint AS revenue_micros, p.engagements AS engagements, p.video_views AS video_views, CASE WHEN p.impressions IS NOT NULL THEN p.clicks END AS clicks_with_impressions, CASE WHEN p.clicks IS NOT NULL THEN p.impressions END AS impressions_with_clicks, (CASE WHEN p.clicks IS NOT NULL THEN p.spend END * 1000000)::bigint AS spend_with_clicks_micros, CASE WHEN p.spend IS NOT NULL THEN p.clicks END AS clicks_with_spend, (CASE WHEN p.impressions IS NOT NULL THEN p.spend END * 1000000)::bigint AS spend_with_impressions_micros, CASE WHEN p.spend IS NOT NULL THEN p.impressions END AS impressions_with_spend, (CASE WHEN p.conversions IS NOT NULL THEN p.spend END * 1000000)::bigint AS spend_with_conversions_micros, (CASE WHEN p.spend IS NOT NULL THEN p.conversions END * 1000000)::bigint AS conversions_with_spend_micros, (CASE WHEN p.spend IS NOT NULL THEN p.revenue END * 1000000)::bigint AS revenue_with_spend_micros, (CASE WHEN p.revenue IS NOT NULL THEN p.spend END * 1000000)::bigint AS spend_with_revenue_micros, CASE WHEN p.reach IS NOT NULL THEN p.impressions END AS impressions_with_reach, CASE WHEN p.impressions IS NOT NULL THEN p.reach END AS reach_with_impressions, (CASE WHEN p.engagements IS NOT NULL THEN p.spend END * 1000000)::bigint AS spend_with_engagements_micros, CASE WHEN p.spend IS NOT NULL THEN p.engagements END AS engagements_with_spend,
      greatest(max(CASE WHEN p.ad_id <> '' THEN 3 WHEN p.ad_set_id <> '' THEN 2 WHEN p.campaign_id <> '' THEN 1 ELSE 0 END) OVER (PARTITION BY p.account_id, p.period_start, p.period_end),
        CASE WHEN p.period_start = p.period_end THEN (
          SELECT max(day.level) FROM paid_daily_rollup AS day
          WHERE day.workspace_id = p.workspace_id AND day.account_id = p.account_id AND day.date = p.period_start
        ) END) AS finest_level
    FROM period_facts AS p
    WHERE NOT p.daily_covered AND p.period_start = p.period_end
  ) AS ranked
  WHERE ranked.level = ranked.finest_level
), one_day_periods AS (
  SELECT account_id, period_start, max(level) AS level FROM whole_periods
  WHERE period_start = period_end
  GROUP BY account_id, period_start
), daily AS (
  SELECT fact.date AS bucket, fact.date AS period_start, fact.date AS period_end, fact.platform, fact.account_id, fact.currency, fact.level, fact.fact_count, fact.spend_micros, fact.impressions, fact.reach, fact.clicks, fact.conversions_micros, fact.revenue_micros, fact.engagements, fact.video_views, fact.clicks_with_impressions, fact.impressions_with_clicks, fact.spend_with_clicks_micros, fact.clicks_with_spend, fact.spend_with_impressions_micros, fact.impressions_with_spend, fact.spend_with_conversions_micros, fact.conversions_with_spend_micros, fact.revenue_with_spend_micros, fact.spend_with_revenue_micros, fact.impressions_with_reach, fact.reach_with_impressions, fact.spend_with_engagements_micros, fact.engagements_with_spend, fact.level AS finest_level
  FROM paid_daily_rollup AS fact
  WHERE fact.workspace_id = $4 AND fact.date BETWEEN $5 AND $6
), facts AS (
  SELECT daily.* FROM daily
  LEFT JOIN one_day_periods AS one_day ON one_day.account_id = daily.account_id AND one_day.period_start = daily.period_start
  WHERE one_day.level IS NULL OR daily.level >= one_day.level
  UNION ALL
  SELECT * FROM whole_periods
)
SELECT facts.bucket::text AS k_day, facts.bucket::text AS l_day,
  (CASE WHEN count(facts.spend_micros) > 0 THEN coalesce(bigint_sum(facts.spend_micros) FILTER (WHERE facts.currency = $7) * 0.000001, 0) END)::float8 AS "spend",
  (bigint_sum(facts.revenue_with_spend_micros) FILTER (WHERE facts.currency = $7) * 0.000001)::float8 AS "roas__numerator",
  (bigint_sum(facts.spend_with_revenue_micros) FILTER (WHERE facts.currency = $7) * 0.000001)::float8 AS "roas__denominator",
  array_to_string(array_agg(facts.currency) FILTER (WHERE facts.currency <> $8), ',') AS other_currencies
FROM facts
GROUP BY facts.bucket
