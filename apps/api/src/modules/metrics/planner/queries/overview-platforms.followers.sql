WITH counts AS (
  SELECT platform, account_id, array_agg(date ORDER BY date) AS days, array_agg(followers ORDER BY date) AS followers
  FROM organic_daily_metric
  WHERE workspace_id = $1 AND date <= $2 AND followers IS NOT NULL AND platform = ANY($3::text[])
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
SELECT bigint_sum(facts.followers)::float8 AS followers
FROM facts

