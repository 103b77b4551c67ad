WITH counts AS (
  SELECT platform, account_id, date, followers FROM organic_daily_metric
  WHERE workspace_id = $1 AND date <= $2 AND followers IS NOT NULL AND account_id::text = ANY($3::text[])
), days AS (
  SELECT platform, account_id, date AS day, NULL AS bucket, followers FROM counts
  UNION ALL
  SELECT accounts.platform, accounts.account_id, ends.last_day, ends.bucket, NULL
  FROM unnest($4::text[], $5::date[]) AS ends (bucket, last_day)
  CROSS JOIN (SELECT DISTINCT platform, account_id FROM counts) AS accounts
), runs AS (
  SELECT *, count(followers) OVER (PARTITION BY account_id ORDER BY day, bucket NULLS FIRST) AS run FROM days
), facts AS (
  SELECT * FROM (
    SELECT bucket, platform, account_id, max(followers) OVER (PARTITION BY account_id, run) AS followers FROM runs
  ) AS carried
  WHERE bucket IS NOT NULL AND followers IS NOT NULL
)
SELECT facts.platform AS k_platform, facts.platform AS l_platform, facts.account_id::text AS k_account, coalesce(max(account.name), max(account.external_id)) AS l_account, facts.bucket::text AS k_month, facts.bucket::text AS l_month, bigint_sum(facts.followers)::float8 AS followers
FROM facts LEFT JOIN account ON account.id = facts.account_id
GROUP BY facts.platform, facts.account_id::text, facts.bucket
