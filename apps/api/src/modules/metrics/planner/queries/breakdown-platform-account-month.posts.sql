WITH facts AS (
  SELECT date_trunc('month', published_on)::date AS bucket, platform, account_id
  FROM organic_post
  WHERE workspace_id = $1 AND published_on BETWEEN $2 AND $3 AND account_id::text = ANY($4::text[])
)
SELECT facts.platform AS k_platform, facts.platform AS l_platform, facts.account_id::text AS k_account, coalesce(max(account.name), max(account.external_id)) AS l_account, facts.bucket::text AS k_month, facts.bucket::text AS l_month, count(*)::float8 AS published
FROM facts LEFT JOIN account ON account.id = facts.account_id
GROUP BY facts.platform, facts.account_id::text, facts.bucket
HAVING count(*) > 0
