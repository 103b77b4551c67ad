WITH facts AS (
  SELECT published_on AS bucket, platform, account_id
  FROM organic_post
  WHERE workspace_id = $1 AND published_on BETWEEN $2 AND $3
)
SELECT facts.bucket::text AS k_day, facts.bucket::text AS l_day, count(*)::float8 AS published
FROM facts
GROUP BY facts.bucket
HAVING count(*) > 0
