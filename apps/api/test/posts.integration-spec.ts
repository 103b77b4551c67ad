import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODES, TestApp, type UploadFile } from './support/test-app.js';

const LIBS_FIXTURES = path.resolve(import.meta.dirname, '../../../libs/formats/test/fixtures');
const libsFixture = (file: string): UploadFile => ({
  name: path.basename(file),
  content: readFileSync(path.join(LIBS_FIXTURES, file)),
});
const csv = (name: string, lines: string[]): UploadFile => ({ name, content: Buffer.from(lines.join('\n')) });

const INSTAGRAM_HEADER =
  'Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves';

/**
 * A later export of acme.studio's posts (test/fixtures/instagram-posts.csv): new lifetime figures for the reel, the
 * March post without views or reach and with new tags, and a post the first export did not have, whose likes
 * cannot be read (so its engagements are not reported).
 */
const ACME_LATER = csv('acme-later.csv', [
  INSTAGRAM_HEADER,
  '17900000000000002,17840000000000001,acme.studio,Acme Studio,Behind the scenes #acme #mood,31,02/10/2026 18:30,https://www.instagram.com/reel/DeF456/,IG reel,,Lifetime,"13,100",9600,650,90,41,60,250',
  '17900000000000003,17840000000000001,acme.studio,Acme Studio,March mood #acme #mood #march,0,03/01/2026 09:00,https://www.instagram.com/p/GhI789/,IG image,,Lifetime,,,45,1,0,3,2',
  '17900000000000004,17840000000000001,acme.studio,Acme Studio,Sneak peek #mood #teaser,0,03/02/2026 12:00,https://www.instagram.com/p/MnO345/,IG image,,Lifetime,500,400,lots,0,0,0,0',
]);

/** An export older than the later one, uploaded after it: its figures must not replace the newer snapshot. */
const ACME_OLDER = csv('acme-older.csv', [
  INSTAGRAM_HEADER,
  '17900000000000002,17840000000000001,acme.studio,Acme Studio,Behind the scenes #acme,31,02/10/2026 18:30,https://www.instagram.com/reel/DeF456/,IG reel,,Lifetime,"99,999",9999,999,9,9,9,9',
]);

/** Every post of the three exports: 2025 for Northwind (Instagram and Facebook), 2026 for Acme. */
const ALL = { from: '2025-01-01', to: '2026-12-31' };

interface PostNode {
  id: string;
  postId: string;
  platform: string;
  account: { id: string; name: string };
  permalink: string | null;
  text: string | null;
  type: string | null;
  publishedAt: string | null;
  publishedOn: string;
  asOf: string;
  impressions: number | null;
  reach: number | null;
  engagements: number | null;
  engagementRate: number | null;
  engagementRateByReach: number | null;
  hashtags: string[];
}

interface PostConnection {
  totalCount: number;
  edges: { cursor: string; node: PostNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface Hashtag {
  hashtag: string;
  posts: number;
  impressions: number | null;
  engagements: number | null;
  engagementRate: number | null;
  engagementRateCoverage: number | null;
  medianEngagementsPerPost: number | null;
}

const TOP_POSTS = `query ($range: DateRange!, $platforms: [Platform!], $sortBy: PostSort, $first: Int, $after: String) {
  topPosts(range: $range, platforms: $platforms, sortBy: $sortBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id postId platform account { id name } permalink text type publishedAt publishedOn asOf
      impressions reach engagements engagementRate engagementRateByReach hashtags } }
  }
}`;

const HASHTAGS = `query ($range: DateRange!, $platforms: [Platform!], $first: Int) {
  hashtags(range: $range, platforms: $platforms, first: $first) {
    hashtag posts impressions engagements engagementRate engagementRateCoverage medianEngagementsPerPost
  }
}`;

/** A post by account and the last digit of its id: A = acme.studio, N = northwind.outfitters, F = the Facebook page. */
const ACCOUNT_LETTERS: Record<string, string> = {
  'acme.studio': 'A',
  'northwind.outfitters': 'N',
  'Northwind Outfitters': 'F',
};
const labelOf = (node: PostNode) => `${ACCOUNT_LETTERS[node.account.name] ?? '?'}${node.postId.slice(-1)}`;
const labels = (connection: PostConnection) => connection.edges.map(({ node }) => labelOf(node));

describe.each(TEST_MODES)('analysis: top posts and hashtags (%s)', (mode) => {
  let tandem: TestApp;
  let key: string;
  let viewer: string;

  const topPosts = async (variables: Record<string, unknown>, apiKey = viewer): Promise<PostConnection> => {
    const result = await tandem.graphql<{ topPosts: PostConnection }>(apiKey, TOP_POSTS, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.topPosts;
  };
  const hashtags = async (variables: Record<string, unknown>, apiKey = viewer): Promise<Hashtag[]> => {
    const result = await tandem.graphql<{ hashtags: Hashtag[] }>(apiKey, HASHTAGS, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.hashtags;
  };
  const errorOf = async (query: string, variables: Record<string, unknown>) => {
    const result = await tandem.graphql(viewer, query, variables);
    const [error] = (result.errors ?? []) as { message: string; extensions?: { code?: string } }[];
    return { message: error?.message, code: error?.extensions?.code, data: result.data };
  };

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 13 });
    key = await tandem.workspaceKey('posts');
    viewer = await tandem.workspaceKey('posts', 'viewer');
    const imports = [
      await tandem.importFixture(key, 'instagram-posts.csv', { exportedOn: '2026-03-05' }),
      await tandem.importFixture(key, libsFixture('instagram-posts/instagram-posts.csv'), { exportedOn: '2025-09-02' }),
      await tandem.importFixture(key, libsFixture('facebook-posts/facebook-posts.csv'), { exportedOn: '2025-09-02' }),
    ];
    expect(imports.map(({ format, rowsImported }) => [format, rowsImported])).toEqual([
      ['instagram-posts', 3],
      ['instagram-posts', 4],
      ['facebook-posts', 3],
    ]);
  });

  afterAll(async () => tandem?.close());

  it('lists the posts published in the range, most engagements first, ties to the newest, with each post as exported', async () => {
    const posts = await topPosts({ range: ALL });
    // Northwind's fourth Instagram post has no readable publish time: it is in no range.
    expect(posts.totalCount).toBe(9);
    expect(labels(posts)).toEqual(['A2', 'N2', 'F2', 'F1', 'A1', 'N1', 'A3', 'N3', 'F3']);
    expect(posts.edges.map(({ node }) => node.engagements)).toEqual([985, 985, 412, 143, 60, 60, 46, 46, null]);
    expect(posts.pageInfo).toEqual({ hasNextPage: false, endCursor: posts.edges[8]!.cursor });

    const reel = posts.edges[0]!.node;
    expect(reel).toEqual({
      id: `${reel.account.id}:17900000000000002`,
      postId: '17900000000000002',
      platform: 'INSTAGRAM',
      account: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'acme.studio' },
      permalink: 'https://www.instagram.com/reel/DeF456/',
      text: 'Behind the scenes #acme',
      type: 'IG reel',
      publishedAt: '2026-02-10T18:30:00.000Z',
      publishedOn: '2026-02-10',
      asOf: '2026-03-05',
      impressions: 12_400,
      reach: 9100,
      engagements: 610 + 57 + 88 + 230,
      engagementRate: 985 / 12_400,
      engagementRateByReach: 985 / 9100,
      hashtags: ['acme'],
    });
    // The Facebook post whose only figure (a negative view count) was left out reports nothing: no rate either.
    expect(posts.edges[8]!.node).toMatchObject({
      platform: 'FACEBOOK',
      account: { name: 'Northwind Outfitters' },
      publishedAt: '2025-08-05T12:00:00.000Z',
      asOf: '2025-09-02',
      permalink: null,
      text: null,
      type: 'Links',
      impressions: null,
      reach: null,
      engagements: null,
      engagementRate: null,
      engagementRateByReach: null,
      hashtags: [],
    });
    // Northwind's carousel reports no reach: a rate by views, none by reach.
    expect(posts.edges[7]!.node).toMatchObject({
      impressions: 980,
      reach: null,
      engagements: 40 + 6,
      engagementRate: 46 / 980,
      engagementRateByReach: null,
    });
    const ids = new Set(posts.edges.map(({ node }) => node.id));
    expect(ids.size).toBe(9);
  });

  it('orders by each sort, posts that do not report the measure last', async () => {
    const orders: Record<string, string[]> = {
      ENGAGEMENTS: ['A2', 'N2', 'F2', 'F1', 'A1', 'N1', 'A3', 'N3', 'F3'],
      IMPRESSIONS: ['A2', 'N2', 'F2', 'F1', 'A1', 'N1', 'N3', 'A3', 'F3'],
      // Two posts without reach: the newer (F3, August 2025) before the older (N3, March 2025).
      REACH: ['A2', 'N2', 'F2', 'F1', 'A1', 'N1', 'A3', 'F3', 'N3'],
      ENGAGEMENT_RATE: ['A2', 'N2', 'A3', 'N3', 'F1', 'F2', 'A1', 'N1', 'F3'],
      PUBLISHED_AT: ['A3', 'A2', 'A1', 'F3', 'F2', 'F1', 'N3', 'N2', 'N1'],
    };
    for (const [sortBy, order] of Object.entries(orders)) {
      expect([sortBy, labels(await topPosts({ range: ALL, sortBy }))]).toEqual([sortBy, order]);
    }
    const byRate = await topPosts({ range: ALL, sortBy: 'ENGAGEMENT_RATE' });
    expect(byRate.edges.map(({ node }) => node.engagementRate)).toEqual([
      985 / 12_400,
      985 / 12_400,
      46 / 900,
      46 / 980,
      143 / 3210,
      412 / 10_450,
      60 / 1604,
      60 / 1604,
      null,
    ]);
  });

  it('pages with opaque cursors, walking every post once in every order', async () => {
    for (const sortBy of ['ENGAGEMENTS', 'IMPRESSIONS', 'REACH', 'ENGAGEMENT_RATE', 'PUBLISHED_AT']) {
      const whole = labels(await topPosts({ range: ALL, sortBy, first: 100 }));
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: PostConnection = await topPosts({ range: ALL, sortBy, first: 2, after });
        expect(page.totalCount).toBe(9);
        expect(page.edges.length).toBeLessThanOrEqual(2);
        seen.push(...labels(page));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages += 1;
      } while (after);
      expect([sortBy, pages, seen]).toEqual([sortBy, 5, whole]);
    }
    const last = await topPosts({ range: ALL, first: 9 });
    const beyond = await topPosts({ range: ALL, after: last.pageInfo.endCursor });
    expect(beyond).toEqual({ totalCount: 9, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(await topPosts({ range: ALL, first: 0 })).toMatchObject({ totalCount: 9, edges: [] });
  });

  it('refuses a page over 100, a cursor of another order or of nothing, and a reversed range', async () => {
    const first = await errorOf(TOP_POSTS, { range: ALL, first: 101 });
    expect(first).toMatchObject({ code: 'BAD_USER_INPUT', message: 'first must be between 0 and 100' });
    const page = await topPosts({ range: ALL, first: 2 });
    const otherOrder = await errorOf(TOP_POSTS, { range: ALL, sortBy: 'REACH', after: page.pageInfo.endCursor });
    expect(otherOrder).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(otherOrder.message).toMatch(/sorted by ENGAGEMENTS, not by REACH/);
    expect(await errorOf(TOP_POSTS, { range: ALL, after: 'bm90LWEtY3Vyc29y' })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const reversed = await errorOf(HASHTAGS, { range: { from: '2026-02-01', to: '2026-01-01' } });
    expect(reversed).toMatchObject({ code: 'BAD_USER_INPUT', data: null });
    expect(await errorOf(HASHTAGS, { range: ALL, first: 501 })).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('sums hashtags over the posts carrying them, with the median engagements per post', async () => {
    expect(await hashtags({ range: ALL })).toEqual([
      {
        hashtag: 'trailready',
        posts: 2,
        impressions: 12_400 + 10_450,
        engagements: 985 + 412,
        engagementRate: 1397 / 22_850,
        engagementRateCoverage: 1,
        medianEngagementsPerPost: (412 + 985) / 2,
      },
      {
        hashtag: 'falledit',
        posts: 3,
        impressions: 1604 + 12_400 + 3210,
        engagements: 60 + 985 + 143,
        engagementRate: 1188 / 17_214,
        engagementRateCoverage: 1,
        medianEngagementsPerPost: 143,
      },
      {
        hashtag: 'acme',
        posts: 2,
        impressions: 1604 + 12_400,
        engagements: 60 + 985,
        engagementRate: 1045 / 14_004,
        engagementRateCoverage: 1,
        medianEngagementsPerPost: (60 + 985) / 2,
      },
      {
        hashtag: 'bts',
        posts: 1,
        impressions: 12_400,
        engagements: 985,
        engagementRate: 985 / 12_400,
        engagementRateCoverage: 1,
        medianEngagementsPerPost: 985,
      },
      {
        hashtag: 'northwind',
        posts: 2,
        impressions: 1604 + 3210,
        engagements: 60 + 143,
        engagementRate: 203 / 4814,
        engagementRateCoverage: 1,
        medianEngagementsPerPost: (60 + 143) / 2,
      },
      {
        hashtag: 'springdrop',
        posts: 1,
        impressions: 1604,
        engagements: 60,
        engagementRate: 60 / 1604,
        engagementRateCoverage: 1,
        medianEngagementsPerPost: 60,
      },
    ]);
    expect((await hashtags({ range: ALL, first: 2 })).map(({ hashtag }) => hashtag)).toEqual([
      'trailready',
      'falledit',
    ]);
  });

  it('keeps to the platforms and the range asked', async () => {
    expect(labels(await topPosts({ range: ALL, platforms: ['FACEBOOK'] }))).toEqual(['F2', 'F1', 'F3']);
    expect((await topPosts({ range: ALL, platforms: ['INSTAGRAM'] })).totalCount).toBe(6);
    // Equal engagements and posts: the tag decides.
    expect(
      (await hashtags({ range: ALL, platforms: ['FACEBOOK'] })).map(({ hashtag, posts, engagements }) => [
        hashtag,
        posts,
        engagements,
      ]),
    ).toEqual([
      ['trailready', 1, 412],
      ['falledit', 1, 143],
      ['northwind', 1, 143],
    ]);
    expect(labels(await topPosts({ range: { from: '2025-03-01', to: '2025-03-31' } }))).toEqual(['N2', 'N1', 'N3']);
    expect(labels(await topPosts({ range: { from: '2026-02-10', to: '2026-02-10' } }))).toEqual(['A2']);
    expect(await hashtags({ range: { from: '2026-03-01', to: '2026-03-31' } })).toEqual([]);
  });

  it("shows another workspace's key nothing", async () => {
    const other = await tandem.workspaceKey('posts-other', 'viewer');
    expect(await topPosts({ range: ALL }, other)).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    expect(await hashtags({ range: ALL }, other)).toEqual([]);
  });

  it("replaces a post's figures with a newer export's, never adding them, and keeps them against an older one", async () => {
    const owner = await tandem.workspaceKey('posts-reexport');
    const range = { from: '2026-02-01', to: '2026-03-31' };
    await tandem.importFixture(owner, 'instagram-posts.csv', { exportedOn: '2026-03-05' });
    const later = await tandem.importFixture(owner, ACME_LATER, { exportedOn: '2026-03-20' });
    expect(later).toMatchObject({ status: 'COMPLETED_WITH_ERRORS', rowsImported: 3 });
    const older = await tandem.importFixture(owner, ACME_OLDER, { exportedOn: '2026-03-01' });
    expect(older).toMatchObject({ status: 'COMPLETED', rowsImported: 1 });

    const posts = await topPosts({ range }, owner);
    expect(posts.totalCount).toBe(4);
    expect(
      posts.edges.map(({ node }) => [
        labelOf(node),
        node.asOf,
        node.impressions,
        node.reach,
        node.engagements,
        node.engagementRate,
        node.engagementRateByReach,
        node.hashtags,
      ]),
    ).toEqual([
      ['A2', '2026-03-20', 13_100, 9600, 650 + 60 + 90 + 250, 1050 / 13_100, 1050 / 9600, ['acme', 'mood']],
      // Not in the later export: the first export's snapshot stands.
      ['A1', '2026-03-05', 1604, 845, 60, 60 / 1604, 60 / 845, ['springdrop', 'acme']],
      ['A3', '2026-03-20', null, null, 45 + 3 + 1 + 2, null, null, ['acme', 'mood', 'march']],
      ['A4', '2026-03-20', 500, 400, null, null, null, ['mood', 'teaser']],
    ]);
    const overview = await tandem.graphql<{ overview: { organic: { posts: number } } }>(
      owner,
      `query ($range: DateRange!) { overview(range: $range) { organic { posts } } }`,
      { range },
    );
    expect(overview.data!.overview.organic.posts).toBe(4);

    expect(await hashtags({ range }, owner)).toEqual([
      {
        hashtag: 'acme',
        posts: 3,
        impressions: 1604 + 13_100,
        engagements: 60 + 1050 + 51,
        engagementRate: (60 + 1050) / (1604 + 13_100),
        engagementRateCoverage: 1,
        medianEngagementsPerPost: 60,
      },
      {
        hashtag: 'mood',
        posts: 3,
        impressions: 13_100 + 500,
        engagements: 1050 + 51,
        // Only the reel reports both engagements and impressions.
        engagementRate: 1050 / 13_100,
        engagementRateCoverage: 13_100 / 13_600,
        medianEngagementsPerPost: (51 + 1050) / 2,
      },
      {
        hashtag: 'springdrop',
        posts: 1,
        impressions: 1604,
        engagements: 60,
        engagementRate: 60 / 1604,
        engagementRateCoverage: 1,
        medianEngagementsPerPost: 60,
      },
      {
        hashtag: 'march',
        posts: 1,
        impressions: null,
        engagements: 51,
        engagementRate: null,
        engagementRateCoverage: null,
        medianEngagementsPerPost: 51,
      },
      {
        hashtag: 'teaser',
        posts: 1,
        impressions: 500,
        engagements: null,
        engagementRate: null,
        engagementRateCoverage: null,
        medianEngagementsPerPost: null,
      },
    ]);
  });
});
