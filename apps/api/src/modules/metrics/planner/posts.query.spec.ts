import { describe, expect, it } from 'vitest';
import {
  compileHashtagsQuery,
  compilePostCountQuery,
  compileTopPostsQuery,
  type PostPage,
  type PostsSpec,
} from './posts.query.js';
import type { CompiledQuery } from './query-spec.js';

const base: PostsSpec = {
  workspaceId: '00000000-0000-0000-0000-000000000001',
  range: { from: '2026-01-01', to: '2026-03-31' },
  platforms: null,
};
const platforms: Partial<PostsSpec> = { platforms: ['FACEBOOK', 'INSTAGRAM'] };

/** The post query shapes the API asks: each compiled statement is kept in queries/ for review as a diff. */
const SHAPES: Array<[name: string, compile: () => CompiledQuery]> = [
  ['top-posts', () => compileTopPostsQuery(base, { sortBy: 'ENGAGEMENTS', offset: 0, limit: 20 })],
  [
    'top-posts-engagement-rate-platforms',
    () => compileTopPostsQuery({ ...base, ...platforms }, { sortBy: 'ENGAGEMENT_RATE', offset: 40, limit: 20 }),
  ],
  ['top-posts-published-at', () => compileTopPostsQuery(base, { sortBy: 'PUBLISHED_AT', offset: 0, limit: 20 })],
  ['top-posts.count', () => compilePostCountQuery(base)],
  ['hashtags', () => compileHashtagsQuery(base, 50)],
  ['hashtags-platforms', () => compileHashtagsQuery({ ...base, ...platforms }, 50)],
];

/** Every placeholder `$1..$n` used, each parameter used: Postgres refuses a statement that binds one it lacks. */
function placeholdersMatch({ sql, params }: CompiledQuery): boolean {
  const used = new Set([...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  return used.size === params.length && [...used].every((index) => index >= 1 && index <= params.length);
}

describe('post queries', () => {
  it.each(SHAPES)('compiles the %s shape into the reviewed SQL', async (name, compile) => {
    const query = compile();
    expect(placeholdersMatch(query)).toBe(true);
    await expect(`${query.sql}\n`).toMatchFileSnapshot(`queries/${name}.sql`);
  });

  it('orders by each sort’s measure, then always by publish time and id, so that an offset walks each post once', () => {
    const page: PostPage = { sortBy: 'REACH', offset: 0, limit: 1 };
    const tail = 'p.published_on DESC, p.published_at DESC NULLS LAST, p.account_id, p.post_id COLLATE "C"';
    expect(compileTopPostsQuery(base, page).sql).toContain(`ORDER BY reach DESC NULLS LAST, ${tail}\n`);
    expect(compileTopPostsQuery(base, { ...page, sortBy: 'PUBLISHED_AT' }).sql).toContain(`ORDER BY ${tail}\n`);
  });

  it('binds values as parameters, never into the SQL text', () => {
    const hostile = "x' OR 1=1 --";
    const spec = { ...base, workspaceId: hostile, range: { from: hostile, to: hostile } };
    for (const query of [
      compileTopPostsQuery(spec, { sortBy: 'IMPRESSIONS', offset: 3, limit: 7 }),
      compilePostCountQuery(spec),
      compileHashtagsQuery(spec, 9),
    ]) {
      expect(query.sql).not.toContain(hostile);
      expect(query.params).toContain(hostile);
    }
  });
});
