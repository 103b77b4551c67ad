WITH counts AS (
  SELECT platform, account_id, array_agg(date ORDER BY date) AS days, array_agg(followers ORDER BY date) AS followers
  FROM organic_daily_metric
  WHERE workspace_id = $1 AND date <= $2 AND followers IS NOT NULL AND account_id::text = ANY($3::text[])
  GROUP BY platform, account_id
), facts AS (
  SELECT * FROM (
    SELECT ends.bucket, counts.platform, counts.account_id,
      counts.followers[width_bucket(ends.last_day, counts.days)] AS followers
    FROM counts
    CROSS JOIN unnest($4::text[], $5::date[]) AS ends (bucket, last_day)
  ) AS held
  WHERE followers IS NOT NULL
)
SELECT facts.platform AS k_platform, facts.platform AS l_platform, facts.account_id::text AS k_account, coalesce(max(account.name), max(account.external_id)) AS l_account, facts.bucket::text AS k_month, facts.bucket::text AS l_month, bigint_sum(facts.followers)::float8 AS followers
FROM facts LEFT JOIN account ON account.id = facts.account_id
GROUP BY facts.platform, facts.account_id::text, facts.bucket
