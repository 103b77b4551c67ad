SELECT count(*)::int AS "totalCount"
FROM organic_post AS p
WHERE p.workspace_id = $1 AND p.published_on BETWEEN $2 AND $3
