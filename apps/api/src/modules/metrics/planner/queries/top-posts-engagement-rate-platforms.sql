SELECT p.platform, p.account_id::text AS "accountId", coalesce(account.name, account.external_id) AS "accountName",
  p.post_id AS "postId", p.permalink, p.text, p.type,
  to_char(p.published_at, 'YYYY-MM-DD"T"HH24:MI:SS') AS "publishedAt", p.published_on::text AS "publishedOn",
  p.as_of::text AS "asOf", p.hashtags,
  p.impressions::float8 AS impressions, p.reach::float8 AS reach, p.engagements::float8 AS engagements,
  (p.engagements::float8 / NULLIF(p.impressions, 0)) AS "engagementRate",
  (p.engagements::float8 / NULLIF(p.reach, 0)) AS "engagementRateByReach"
FROM organic_post AS p
JOIN account ON account.id = p.account_id AND account.workspace_id = p.workspace_id
WHERE p.workspace_id = $1 AND p.published_on BETWEEN $2 AND $3 AND p.platform = ANY($4::text[])
ORDER BY "engagementRate" DESC NULLS LAST, p.published_on DESC, p.published_at DESC NULLS LAST, p.account_id, p.post_id COLLATE "C"
LIMIT $5 OFFSET $6
