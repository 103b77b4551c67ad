import { anyOf, bucketOf, dimensionColumns, measureColumns, Params, summableColumns } from './sql-parts.js';
import type { CompiledQuery, QuerySpec } from './query-spec.js';

/** A bucket of the answer and its last day, at which a gauge (followers) is read. */
export interface BucketEnd {
  bucket: string;
  lastDay: string;
}

function scope(spec: QuerySpec, params: Params, day: string, workspace = params.add(spec.workspaceId)) {
  return `workspace_id = ${workspace} AND ${day} BETWEEN ${params.add(spec.range.from)} AND ${params.add(
    spec.range.to,
  )}${anyOf('platform', spec.platforms, params)}`;
}

/** The facts grouped by the dimensions; the account table is joined only for an account's label. */
function grouped(select: string, spec: QuerySpec, groupBy: string): string {
  const account = spec.dimensions.includes('ACCOUNT') ? ' LEFT JOIN account ON account.id = facts.account_id' : '';
  return `${select}\nFROM facts${account}\n${groupBy ? `GROUP BY ${groupBy}` : ''}`;
}

/**
 * Organic flows split by the spec's dimensions (platform, account, date buckets). Posts from the daily "posts"
 * column count only on days no post-level export of the account covers (those are counted by `compilePostsQuery`).
 */
export function compileOrganicQuery(spec: QuerySpec): CompiledQuery {
  const params = new Params();
  const dimensions = dimensionColumns(spec.dimensions);
  const workspace = params.add(spec.workspaceId);
  const facts = `WITH post_export_days AS (
  SELECT account_id, range_agg(daterange(first_day, last_day, '[]')) AS days
  FROM import_coverage
  WHERE workspace_id = ${workspace} AND kind = 'post'
  GROUP BY account_id
), facts AS (
  SELECT ${bucketOf(spec.dimensions, 'm.date')} AS bucket, m.platform, m.account_id, m.posts,
    ${summableColumns('organic', 'm')}, coalesce(m.date <@ covered.days, false) AS posts_from_post_export
  FROM organic_daily_metric AS m LEFT JOIN post_export_days AS covered ON covered.account_id = m.account_id
  WHERE ${scope(spec, params, 'm.date', workspace)}${anyOf('m.account_id::text', spec.filter?.accounts, params)}
)`;
  const select = `SELECT ${[dimensions.select, measureColumns('organic', spec, params)].filter(Boolean).join(',\n  ')},
  (bigint_sum(facts.posts) FILTER (WHERE NOT facts.posts_from_post_export))::float8 AS daily_posts,
  count(*) FILTER (WHERE facts.posts_from_post_export) > 0 AS post_export_covered`;
  return { sql: `${facts}\n${grouped(select, spec, dimensions.groupBy)}`, params: params.values };
}

/** Posts published in each group, from post-level exports, by publish day. */
export function compilePostsQuery(spec: QuerySpec): CompiledQuery {
  const params = new Params();
  const dimensions = dimensionColumns(spec.dimensions);
  const facts = `WITH facts AS (
  SELECT ${bucketOf(spec.dimensions, 'published_on')} AS bucket, platform, account_id
  FROM organic_post
  WHERE ${scope(spec, params, 'published_on')}${anyOf('account_id::text', spec.filter?.accounts, params)}
)`;
  const select = `SELECT ${[dimensions.select, 'count(*)::float8 AS published'].filter(Boolean).join(', ')}`;
  // Without dimensions an aggregate answers one row even over no posts: 0 published would read as a count.
  return { sql: `${facts}\n${grouped(select, spec, dimensions.groupBy)}\nHAVING count(*) > 0`, params: params.values };
}

/**
 * Followers, a gauge: at each bucket's last day, every account's last known count up to that day (however long
 * before it was reported), summed over the accounts of the group; a group without any count is missing. Each
 * account's counts are listed by day, and a last day finds its count by binary search (`width_bucket` over the sorted
 * days): a sort of the counts with every account's last days, then windows over them, cost twice as much for a
 * three-year series by day, and a generated row per day held is mis-estimated enough to make Postgres compile it.
 */
export function compileFollowersQuery(spec: QuerySpec, ends: readonly BucketEnd[]): CompiledQuery {
  const params = new Params();
  const dimensions = dimensionColumns(spec.dimensions);
  const facts = `WITH counts AS (
  SELECT platform, account_id, array_agg(date ORDER BY date) AS days, array_agg(followers ORDER BY date) AS followers
  FROM organic_daily_metric
  WHERE workspace_id = ${params.add(spec.workspaceId)} AND date <= ${params.add(spec.range.to)} AND followers IS NOT NULL${anyOf(
    'platform',
    spec.platforms,
    params,
  )}${anyOf('account_id::text', spec.filter?.accounts, params)}
  GROUP BY platform, account_id
), facts AS (
  SELECT * FROM (
    SELECT ends.bucket, counts.platform, counts.account_id,
      counts.followers[width_bucket(ends.last_day, counts.days)] AS followers
    FROM counts
    CROSS JOIN unnest(${params.add(ends.map(({ bucket }) => bucket))}::text[], ${params.add(
      ends.map(({ lastDay }) => lastDay),
    )}::date[]) AS ends (bucket, last_day)
  ) AS held
  WHERE followers IS NOT NULL
)`;
  const select = `SELECT ${[dimensions.select, 'bigint_sum(facts.followers)::float8 AS followers'].filter(Boolean).join(', ')}`;
  return { sql: `${facts}\n${grouped(select, spec, dimensions.groupBy)}`, params: params.values };
}
