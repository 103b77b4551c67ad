WITH facts AS (
  SELECT ends.bucket, accounts.platform, accounts.account_id, last_count.followers
  FROM unnest($2::text[], $3::date[]) AS ends (bucket, last_day)
  CROSS JOIN (
    SELECT DISTINCT platform, account_id FROM organic_daily_metric
    WHERE workspace_id = $1 AND date <= $4 AND followers IS NOT NULL
  ) AS accounts
  CROSS JOIN LATERAL (
    SELECT followers FROM organic_daily_metric AS m
    WHERE m.workspace_id = $1 AND m.platform = accounts.platform AND m.account_id = accounts.account_id
      AND m.date <= ends.last_day AND m.followers IS NOT NULL
    ORDER BY m.date DESC LIMIT 1
  ) AS last_count
)
SELECT facts.bucket AS k_day, facts.bucket AS l_day, sum(facts.followers)::float8 AS followers
FROM facts LEFT JOIN account ON account.id = facts.account_id
GROUP BY facts.bucket
