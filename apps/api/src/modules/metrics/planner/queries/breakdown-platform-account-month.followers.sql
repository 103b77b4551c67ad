WITH facts AS (
  SELECT ends.bucket, accounts.platform, accounts.account_id, last_count.followers
  FROM unnest($2::text[], $3::date[]) AS ends (bucket, last_day)
  CROSS JOIN (
    SELECT DISTINCT platform, account_id FROM organic_daily_metric
    WHERE workspace_id = $1 AND date <= $4 AND followers IS NOT NULL AND account_id::text = ANY($5::text[])
  ) AS accounts
  CROSS JOIN LATERAL (
    SELECT followers FROM organic_daily_metric AS m
    WHERE m.workspace_id = $1 AND m.platform = accounts.platform AND m.account_id = accounts.account_id
      AND m.date <= ends.last_day AND m.followers IS NOT NULL
    ORDER BY m.date DESC LIMIT 1
  ) AS last_count
)
SELECT facts.platform AS k_platform, facts.platform AS l_platform, facts.account_id::text AS k_account, coalesce(max(account.name), max(account.external_id)) AS l_account, facts.bucket AS k_month, facts.bucket AS l_month, sum(facts.followers)::float8 AS followers
FROM facts LEFT JOIN account ON account.id = facts.account_id
GROUP BY facts.platform, facts.account_id::text, facts.bucket
