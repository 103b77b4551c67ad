WITH flows AS (
WITH post_export_days AS (
  SELECT account_id, range_agg(daterange(first_day, last_day, '[]')) AS days
  FROM import_coverage
  WHERE workspace_id = $1 AND kind = 'post'
  GROUP BY account_id
), facts AS (
  SELECT date_trunc('month', m.date)::date AS bucket, m.platform, m.account_id, m.posts,
    1 AS fact_count, m.new_followers AS new_followers, m.impressions AS impressions, m.reach AS reach, m.engagements AS engagements, m.video_views AS video_views, CASE WHEN m.impressions IS NOT NULL THEN m.engagements END AS engagements_with_impressions, CASE WHEN m.engagements IS NOT NULL THEN m.impressions END AS impressions_with_engagements, CASE WHEN m.reach IS NOT NULL THEN m.engagements END AS engagements_with_reach, CASE WHEN m.engagements IS NOT NULL THEN m.reach END AS reach_with_engagements, coalesce(m.date <@ covered.days, false) AS posts_from_post_export
  FROM organic_daily_metric AS m LEFT JOIN post_export_days AS covered ON covered.account_id = m.account_id
  WHERE workspace_id = $1 AND m.date BETWEEN $2 AND $3 AND m.account_id::text = ANY($4::text[])
)
SELECT facts.platform AS k_platform, facts.platform AS l_platform, facts.account_id::text AS k_account, coalesce(max(account.name), max(account.external_id)) AS l_account, facts.bucket::text AS k_month, facts.bucket::text AS l_month,
  (bigint_sum(facts.new_followers))::float8 AS "followerGrowth",
  (bigint_sum(facts.impressions))::float8 AS "impressions",
  (CASE WHEN bigint_sum(facts.fact_count) = 1 THEN bigint_sum(facts.reach) END)::float8 AS "reach",
  (bigint_sum(facts.engagements))::float8 AS "engagements",
  (bigint_sum(facts.video_views))::float8 AS "videoViews",
  (bigint_sum(facts.engagements_with_impressions))::float8 AS "engagementRate__numerator",
  (bigint_sum(facts.impressions_with_engagements))::float8 AS "engagementRate__denominator",
  (CASE WHEN bigint_sum(facts.fact_count) = 1 THEN bigint_sum(facts.engagements_with_reach) END)::float8 AS "engagementRateByReach__numerator",
  (CASE WHEN bigint_sum(facts.fact_count) = 1 THEN bigint_sum(facts.reach_with_engagements) END)::float8 AS "engagementRateByReach__denominator",
  (bigint_sum(facts.posts) FILTER (WHERE NOT facts.posts_from_post_export))::float8 AS daily_posts,
  count(*) FILTER (WHERE facts.posts_from_post_export) > 0 AS post_export_covered
FROM facts LEFT JOIN account ON account.id = facts.account_id
GROUP BY facts.platform, facts.account_id::text, facts.bucket
), published AS (
WITH facts AS (
  SELECT date_trunc('month', published_on)::date AS bucket, platform, account_id
  FROM organic_post
  WHERE workspace_id = $5 AND published_on BETWEEN $6 AND $7 AND account_id::text = ANY($8::text[])
)
SELECT facts.platform AS k_platform, facts.platform AS l_platform, facts.account_id::text AS k_account, coalesce(max(account.name), max(account.external_id)) AS l_account, facts.bucket::text AS k_month, facts.bucket::text AS l_month, count(*)::float8 AS published
FROM facts LEFT JOIN account ON account.id = facts.account_id
GROUP BY facts.platform, facts.account_id::text, facts.bucket
HAVING count(*) > 0
), held AS (
WITH counts AS (
  SELECT platform, account_id, array_agg(date ORDER BY date) AS days, array_agg(followers ORDER BY date) AS followers
  FROM organic_daily_metric
  WHERE workspace_id = $9 AND date <= $10 AND followers IS NOT NULL AND account_id::text = ANY($11::text[])
  GROUP BY platform, account_id
), facts AS (
  SELECT * FROM (
    SELECT ends.bucket, counts.platform, counts.account_id,
      counts.followers[width_bucket(ends.last_day, counts.days)] AS followers
    FROM counts
    CROSS JOIN unnest($12::text[], $13::date[]) AS ends (bucket, last_day)
  ) AS held
  WHERE followers IS NOT NULL
)
SELECT facts.platform AS k_platform, facts.platform AS l_platform, facts.account_id::text AS k_account, coalesce(max(account.name), max(account.external_id)) AS l_account, facts.bucket::text AS k_month, facts.bucket::text AS l_month, bigint_sum(facts.followers)::float8 AS followers
FROM facts LEFT JOIN account ON account.id = facts.account_id
GROUP BY facts.platform, facts.account_id::text, facts.bucket
)
SELECT k_platform, k_account, k_month, coalesce(flows.l_platform, published.l_platform, held.l_platform) AS l_platform, coalesce(flows.l_account, published.l_account, held.l_account) AS l_account, coalesce(flows.l_month, published.l_month, held.l_month) AS l_month, flows."followerGrowth", flows."impressions", flows."reach", flows."engagements", flows."videoViews", flows."engagementRate__numerator", flows."engagementRate__denominator", flows."engagementRateByReach__numerator", flows."engagementRateByReach__denominator", flows."daily_posts", flows."post_export_covered", published.published, held.followers
FROM flows FULL JOIN published USING (k_platform, k_account, k_month) FULL JOIN held USING (k_platform, k_account, k_month)
