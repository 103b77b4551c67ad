import { MEASURES, RATIOS } from '@tandem/metrics/catalogue.js';
import { ratioDenominatorKey, ratioNumeratorKey } from '@tandem/metrics/summary.js';
import type { CompiledQuery, QuerySpec } from './query-spec.js';
import { anyOf, Params } from './sql-parts.js';

/** Which posts: those of the workspace published (by the platform's own publish day) inside the range. */
export type PostsSpec = Pick<QuerySpec, 'workspaceId' | 'range' | 'platforms'>;

/** How `topPosts` orders posts (docs/CONTRACT.md, Analysis): always the highest first, the newest first. */
export const POST_SORTS = ['ENGAGEMENTS', 'IMPRESSIONS', 'REACH', 'ENGAGEMENT_RATE', 'PUBLISHED_AT'] as const;
export type PostSort = (typeof POST_SORTS)[number];

export interface PostPage {
  sortBy: PostSort;
  /** Posts to skip (the cursor's position) and posts to return. */
  offset: number;
  limit: number;
}

/**
 * A catalogue ratio over one post's own figures (a post is a snapshot: nothing is summed): null when either base is
 * not reported or the divisor is 0, as `safeRatio` says. The post columns carry the organic measures' column names.
 */
function postRatio(field: string): string {
  const ratio = RATIOS.find((entry) => entry.side === 'organic' && entry.field === field);
  const column = (measure: string | undefined) =>
    MEASURES.find((entry) => entry.side === 'organic' && entry.field === measure)?.column;
  const numerator = column(ratio?.numerator);
  const denominator = column(ratio?.denominator);
  if (!ratio || !numerator || !denominator) throw new Error(`The catalogue has no organic ratio ${field}`);
  const quotient = `p.${numerator}::float8 / NULLIF(p.${denominator}, 0)`;
  const scaled = ratio.scale === undefined ? quotient : `${ratio.scale} * ${quotient}`;
  return ratio.offset === undefined ? `(${scaled})` : `(${scaled} + ${ratio.offset})`;
}

/** The measure each sort reads (an output column of the page query); PUBLISHED_AT is the tie-break order alone. */
const SORT_COLUMNS: Record<PostSort, string | null> = {
  ENGAGEMENTS: 'engagements',
  IMPRESSIONS: 'impressions',
  REACH: 'reach',
  ENGAGEMENT_RATE: '"engagementRate"',
  PUBLISHED_AT: null,
};

/**
 * The workspace's posts published in the range (a post without a publish day is in no range), of the platforms
 * asked. Each row of organic_post is one post's latest snapshot, so nothing here adds snapshots up.
 */
function postsInRange(spec: PostsSpec, params: Params): string {
  return `p.workspace_id = ${params.add(spec.workspaceId)} AND p.published_on BETWEEN ${params.add(
    spec.range.from,
  )} AND ${params.add(spec.range.to)}${anyOf('p.platform', spec.platforms, params)}`;
}

/**
 * One page of posts, sorted by the measure asked (posts not reporting it last), then by publish time (newest
 * first; a post known only by its day after the timed posts of that day), then by account and post id, so that
 * every order is total and an offset walks each post once. Publish times and days are text: no driver may shift
 * them through a zone.
 */
export function compileTopPostsQuery(spec: PostsSpec, page: PostPage): CompiledQuery {
  const params = new Params();
  const where = postsInRange(spec, params);
  const sorted = SORT_COLUMNS[page.sortBy];
  const order = [
    ...(sorted ? [`${sorted} DESC NULLS LAST`] : []),
    'p.published_on DESC',
    'p.published_at DESC NULLS LAST',
    'p.account_id',
    'p.post_id COLLATE "C"',
  ].join(', ');
  const sql = `SELECT p.platform, p.account_id::text AS "accountId", coalesce(account.name, account.external_id) AS "accountName",
  p.post_id AS "postId", p.permalink, p.text, p.type,
  to_char(p.published_at, 'YYYY-MM-DD"T"HH24:MI:SS') AS "publishedAt", p.published_on::text AS "publishedOn",
  p.as_of::text AS "asOf", p.hashtags,
  p.impressions::float8 AS impressions, p.reach::float8 AS reach, p.engagements::float8 AS engagements,
  ${postRatio('engagementRate')} AS "engagementRate",
  ${postRatio('engagementRateByReach')} AS "engagementRateByReach"
FROM organic_post AS p
JOIN account ON account.id = p.account_id AND account.workspace_id = p.workspace_id
WHERE ${where}
ORDER BY ${order}
LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}`;
  return { sql, params: params.values };
}

/** How many posts `compileTopPostsQuery` pages through. */
export function compilePostCountQuery(spec: PostsSpec): CompiledQuery {
  const params = new Params();
  const sql = `SELECT count(*)::int AS "totalCount"
FROM organic_post AS p
WHERE ${postsInRange(spec, params)}`;
  return { sql, params: params.values };
}

/**
 * Each hashtag of the posts in range, over the posts carrying it (a post counts once per tag): impressions and
 * engagements summed (null when no such post reports them; reach is never summed), the engagement rate's bases
 * summed over the posts reporting both (keys as `summarise` reads them), and the median engagements of the posts
 * reporting them. Most engagements first (tags without any last), then most posts, then the tag in code-point
 * order (the same in every collation).
 */
export function compileHashtagsQuery(spec: PostsSpec, limit: number): CompiledQuery {
  const params = new Params();
  const rate = RATIOS.find((entry) => entry.side === 'organic' && entry.field === 'engagementRate');
  if (rate?.numerator !== 'engagements' || rate.denominator !== 'impressions')
    throw new Error('The catalogue’s engagementRate is no longer engagements ÷ impressions');
  const both = 'p.engagements IS NOT NULL AND p.impressions IS NOT NULL';
  const sql = `SELECT tag.hashtag, count(*)::int AS posts,
  sum(p.impressions)::float8 AS impressions, sum(p.engagements)::float8 AS engagements,
  (sum(p.engagements) FILTER (WHERE ${both}))::float8 AS "${ratioNumeratorKey(rate)}",
  (sum(p.impressions) FILTER (WHERE ${both}))::float8 AS "${ratioDenominatorKey(rate)}",
  (percentile_cont(0.5) WITHIN GROUP (ORDER BY p.engagements))::float8 AS "medianEngagementsPerPost"
FROM organic_post AS p
CROSS JOIN LATERAL (SELECT DISTINCT unnest(p.hashtags) AS hashtag) AS tag
WHERE ${postsInRange(spec, params)}
GROUP BY tag.hashtag
ORDER BY engagements DESC NULLS LAST, posts DESC, tag.hashtag COLLATE "C"
LIMIT ${params.add(limit)}`;
  return { sql, params: params.values };
}
