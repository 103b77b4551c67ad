WITH facts AS (
  SELECT 'range' AS bucket, platform, account_id
  FROM organic_post
  WHERE workspace_id = $1 AND published_on BETWEEN $2 AND $3 AND platform = ANY($4::text[])
)
SELECT count(*)::float8 AS published
FROM facts

HAVING count(*) > 0
