WITH flows AS (
WITH post_export_days AS (
  SELECT account_id, range_agg(daterange(first_day, last_day, '[]')) AS days
  FROM import_coverage
  WHERE workspace_id = $1 AND kind = 'post'
  GROUP BY account_id
), facts AS (
  SELECT m.date AS bucket, m.platform, m.account_id, m.posts,
    1 AS fact_count, m.new_followers AS new_followers, m.impressions AS impressions, m.reach AS reach, m.engagements AS engagements, m.video_views AS video_views, CASE WHEN m.impressions IS NOT NULL THEN m.engagements END AS engagements_with_impressions, CASE WHEN m.engagements IS NOT NULL THEN m.impressions END AS impressions_with_engagements, CASE WHEN m.reach IS NOT NULL THEN m.engagements END AS engagements_with_reach, CASE WHEN m.engagements IS NOT NULL THEN m.reach END AS reach_with_engagements, coalesce(m.date <@ covered.days, false) AS posts_from_post_export
  FROM organic_daily_metric AS m LEFT JOIN post_export_days AS covered ON covered.account_id = m.account_id
  WHERE workspace_id = $1 AND m.date BETWEEN $2 AND $3
)
SELECT facts.bucket::text AS k_day, facts.bucket::text AS l_day,
  (bigint_sum(facts.impressions))::float8 AS "impressions",
  (bigint_sum(facts.posts) FILTER (WHERE NOT facts.posts_from_post_export))::float8 AS daily_posts,
  count(*) FILTER (WHERE facts.posts_from_post_export) > 0 AS post_export_covered
FROM facts
GROUP BY facts.bucket
)
SELECT k_day, coalesce(flows.l_day) AS l_day, flows."impressions", flows."daily_posts", flows."post_export_covered", NULL::float8 AS published, NULL::float8 AS followers
FROM flows
