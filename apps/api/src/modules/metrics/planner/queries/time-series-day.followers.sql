WITH counts AS (
  SELECT platform, account_id, array_agg(date ORDER BY date) AS days, array_agg(followers ORDER BY date) AS followers
  FROM organic_daily_metric
  WHERE workspace_id = $1 AND date <= $2 AND followers IS NOT NULL
  GROUP BY platform, account_id
), facts AS (
  SELECT * FROM (
    SELECT ends.bucket, counts.platform, counts.account_id,
      counts.followers[width_bucket(ends.last_day, counts.days)] AS followers
    FROM counts
    CROSS JOIN unnest($3::text[], $4::date[]) AS ends (bucket, last_day)
  ) AS held
  WHERE followers IS NOT NULL
)
SELECT facts.bucket::text AS k_day, facts.bucket::text AS l_day, bigint_sum(facts.followers)::float8 AS followers
FROM facts
GROUP BY facts.bucket
