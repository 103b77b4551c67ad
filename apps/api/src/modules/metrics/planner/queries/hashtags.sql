SELECT tag.hashtag, count(*)::int AS posts,
  sum(p.impressions)::float8 AS impressions, sum(p.engagements)::float8 AS engagements,
  (sum(p.engagements) FILTER (WHERE p.engagements IS NOT NULL AND p.impressions IS NOT NULL))::float8 AS "engagementRate__numerator",
  (sum(p.impressions) FILTER (WHERE p.engagements IS NOT NULL AND p.impressions IS NOT NULL))::float8 AS "engagementRate__denominator",
  (percentile_cont(0.5) WITHIN GROUP (ORDER BY p.engagements))::float8 AS "medianEngagementsPerPost"
FROM organic_post AS p
CROSS JOIN LATERAL (SELECT DISTINCT unnest(p.hashtags) AS hashtag) AS tag
WHERE p.workspace_id = $1 AND p.published_on BETWEEN $2 AND $3
GROUP BY tag.hashtag
ORDER BY engagements DESC NULLS LAST, posts DESC, tag.hashtag COLLATE "C"
LIMIT $4
