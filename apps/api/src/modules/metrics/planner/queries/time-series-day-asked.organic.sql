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
  (bigint_sum(facts.engagements_with_impressions))::float8 AS "engagementRate__numerator",
  (bigint_sum(facts.impressions_with_engagements))::float8 AS "engagementRate__denominator",
  (bigint_sum(facts.posts) FILTER (WHERE NOT facts.posts_from_post_export))::float8 AS daily_posts,
  count(*) FILTER (WHERE facts.posts_from_post_export) > 0 AS post_export_covered
FROM facts
GROUP BY facts.bucket
), published AS (
WITH facts AS (
  SELECT published_on AS bucket, platform, account_id
  FROM organic_post
  WHERE workspace_id = $4 AND published_on BETWEEN $5 AND $6
)
SELECT facts.bucket::text AS k_day, facts.bucket::text AS l_day, count(*)::float8 AS published
FROM facts
GROUP BY facts.bucket
HAVING count(*) > 0
), held AS (
WITH counts AS (
  SELECT platform, account_id, array_agg(date ORDER BY date) AS days, array_agg(followers ORDER BY date) AS followers
  FROM organic_daily_metric
  WHERE workspace_id = $7 AND date <= $8 AND followers IS NOT NULL
  GROUP BY platform, account_id
), facts AS (
  SELECT * FROM (
    SELECT ends.bucket, counts.platform, counts.account_id,
      counts.followers[width_bucket(ends.last_day, counts.days)] AS followers
    FROM counts
    CROSS JOIN unnest($9::text[], $10::date[]) AS ends (bucket, last_day)
  ) AS held
  WHERE followers IS NOT NULL
)
SELECT facts.bucket::text AS k_day, facts.bucket::text AS l_day, bigint_sum(facts.followers)::float8 AS followers
FROM facts
GROUP BY facts.bucket
)
SELECT k_day, coalesce(flows.l_day, published.l_day, held.l_day) AS l_day, flows."engagementRate__numerator", flows."engagementRate__denominator", flows."daily_posts", flows."post_export_covered", published.published, held.followers
FROM flows FULL JOIN published USING (k_day) FULL JOIN held USING (k_day)
