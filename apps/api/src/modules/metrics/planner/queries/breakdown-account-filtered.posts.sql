WITH facts AS (
  SELECT 'range' AS bucket, platform, account_id
  FROM organic_post
  WHERE workspace_id = $1 AND published_on BETWEEN $2 AND $3
)
SELECT facts.account_id::text AS k_account, coalesce(max(account.name), max(account.external_id)) AS l_account, count(*)::float8 AS published
FROM facts LEFT JOIN account ON account.id = facts.account_id
GROUP BY facts.account_id::text
HAVING count(*) > 0
