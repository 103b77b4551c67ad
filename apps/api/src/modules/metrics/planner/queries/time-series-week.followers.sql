WITH counts AS (
  SELECT platform, account_id, date, followers FROM organic_daily_metric
  WHERE workspace_id = $1 AND date <= $2 AND followers IS NOT NULL
), days AS (
  SELECT platform, account_id, date AS day, NULL AS bucket, followers FROM counts
  UNION ALL
  SELECT accounts.platform, accounts.account_id, ends.last_day, ends.bucket, NULL
  FROM unnest($3::text[], $4::date[]) AS ends (bucket, last_day)
  CROSS JOIN (SELECT DISTINCT platform, account_id FROM counts) AS accounts
), runs AS (
  SELECT *, count(followers) OVER (PARTITION BY account_id ORDER BY day, bucket NULLS FIRST) AS run FROM days
), facts AS (
  SELECT * FROM (
    SELECT bucket, platform, account_id, max(followers) OVER (PARTITION BY account_id, run) AS followers FROM runs
  ) AS carried
  WHERE bucket IS NOT NULL AND followers IS NOT NULL
)
SELECT facts.bucket::text AS k_week, facts.bucket::text AS l_week, bigint_sum(facts.followers)::float8 AS followers
FROM facts
GROUP BY facts.bucket
