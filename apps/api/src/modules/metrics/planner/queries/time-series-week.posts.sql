WITH facts AS (
  SELECT date_trunc('week', published_on)::date AS bucket, platform, account_id
  FROM organic_post
  WHERE workspace_id = $1 AND published_on BETWEEN $2 AND $3
)
SELECT facts.bucket::text AS k_week, facts.bucket::text AS l_week, count(*)::float8 AS published
FROM facts
GROUP BY facts.bucket
HAVING count(*) > 0
