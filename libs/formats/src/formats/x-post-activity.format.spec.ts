import { describe, expect, it } from 'vitest';
import type { OrganicDailyRow, PostRow } from '../canonical.js';
import { readHintedFixture, total } from '../../test/read-hinted-fixture.js';
import { parseTweetTime } from './x-post-activity.format.js';

const hints = { exportedOn: '2025-03-10' };
/** X Premium's sample posts are of July 2026: exported after them. */
const premiumHints = { exportedOn: '2026-08-01' };

describe('x-post-activity', () => {
  it('reads a By Tweet export: quoted float counts, UTC times, handle from the permalink, promoted mirrors ignored', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<PostRow>('x-post-activity/by-tweet.csv', hints);
    expect(format).toBe('x-post-activity');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(rows[0]).toEqual({
      kind: 'post',
      line: 2,
      platform: 'X',
      accountId: 'northwind',
      accountName: '@northwind',
      postId: '1765000000000000001',
      publishedAt: '2025-03-01T14:05:00Z',
      asOf: '2025-03-10',
      type: null,
      text: 'Launch day! #Spring #TrailReady',
      permalink: 'https://twitter.com/northwind/status/1765000000000000001',
      hashtags: ['spring', 'trailready'],
      impressions: 1203,
      reach: null,
      engagements: 11,
      likes: 7,
      comments: 0,
      shares: 4,
      saves: null,
      videoViews: 0,
      clicks: 22,
    });
    // The caption spans two lines: the second tweet starts on line 3, the promoted values are not added.
    expect(rows[1]).toMatchObject({ line: 3, publishedAt: '2025-03-02T23:59:00Z', hashtags: ['spring'] });
    expect(rows).toHaveLength(2);
    expect(total(rows, 'impressions')).toBe(1627);
    expect(total(rows, 'engagements')).toBe(19);
    expect(total(rows, 'videoViews')).toBe(40);
  });

  it('reads the older favorites column, leaves out non-integral counts and impossible times, keeps negative likes', async () => {
    const { rows, errors } = await readHintedFixture<PostRow>('x-post-activity/by-tweet-favorites-bad-rows.csv', hints);
    expect(
      rows.map((row) => [row.line, row.postId, row.publishedAt, row.impressions, row.likes, row.engagements]),
    ).toEqual([
      [2, '1765000000000000003', '2025-03-03T09:00:00Z', 100, 2, 4],
      [3, '1765000000000000004', '2025-03-04T09:00:00Z', null, 2, 4],
      [4, '1765000000000000005', null, 100, -2, 0],
    ]);
    expect(errors).toEqual([
      { row: 3, column: 'impressions', message: 'impressions "100.5" is not a whole number', rowImported: true },
      {
        row: 4,
        column: 'time',
        message: 'time "2025-02-30 09:00 +0000" is not a time (expected YYYY-MM-DD HH:MM +0000)',
        rowImported: true,
      },
    ]);
  });

  it('reads the X Premium content export (second header profile)', async () => {
    const { format, rows, errors } = await readHintedFixture<PostRow>(
      'x-post-activity/premium-content.csv',
      premiumHints,
    );
    expect(format).toBe('x-post-activity');
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      accountId: 'northwindoutfit',
      postId: '2074000000000000001',
      publishedAt: '2026-07-14',
      impressions: 12978,
      likes: 120,
      comments: 14,
      shares: 12,
      saves: 8,
      engagements: 154,
      clicks: 26,
      hashtags: ['northwindtrail'],
    });
    expect(total(rows, 'impressions')).toBe(18078);
    expect(total(rows, 'engagements')).toBe(154 + 74);
  });

  it('files a post without a permalink under the upload account', async () => {
    const { rows, warnings } = await readHintedFixture<PostRow>('x-post-activity/premium-content-no-link.csv', {
      ...premiumHints,
      account: 'northwindoutfit',
    });
    expect(warnings).toEqual([]);
    expect(rows).toEqual([expect.objectContaining({ accountId: 'northwindoutfit', permalink: null, impressions: 70 })]);
  });

  it('converts tweet times with an offset to UTC instants', () => {
    expect(parseTweetTime('2020-02-10 18:00 +0000')).toBe('2020-02-10T18:00:00Z');
    expect(parseTweetTime('2020-02-10 18:00 -0130')).toBe('2020-02-10T19:30:00Z');
    expect(() => parseTweetTime('2020-02-10 24:00 +0000')).toThrow('is not a time');
  });
});

describe('x-daily-activity', () => {
  it('reads the legacy By day export as organic daily rows (UTC days), account from the upload', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<OrganicDailyRow>('x-post-activity/by-day.csv', {
      ...hints,
      account: 'northwind',
    });
    expect(format).toBe('x-daily-activity');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(rows.map((row) => row.date)).toEqual(['2021-08-01', '2021-08-02', '2021-08-03']);
    expect(rows[1]).toEqual({
      kind: 'organic',
      line: 3,
      date: '2021-08-02',
      platform: 'X',
      accountId: 'northwind',
      accountName: 'northwind',
      followers: null,
      newFollowers: null,
      followersGained: null,
      impressions: 1244,
      reach: null,
      engagements: 6,
      posts: 2,
      likes: 3,
      comments: 2,
      shares: 1,
      saves: null,
      videoViews: 12,
      profileViews: 9,
      linkClicks: 0,
      tzBasis: 'utc',
    });
    expect(total(rows, 'impressions')).toBe(6306);
    expect(total(rows, 'engagements')).toBe(2 + 6 + 35);
    expect(total(rows, 'posts')).toBe(6);
  });

  it('reads the X Premium account overview: net growth = new follows - unfollows; warns without an account', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<OrganicDailyRow>(
      'x-post-activity/premium-overview.csv',
      hints,
    );
    expect(format).toBe('x-daily-activity');
    expect(errors).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Unnamed account');
    expect(rows.map((row) => [row.date, row.newFollowers, row.followersGained, row.engagements])).toEqual([
      ['2024-04-26', -2, 5, 10 + 3 + 5 + 2],
      ['2024-04-27', 8, 9, 20 + 5 + 6],
    ]);
    expect(rows[0]).toMatchObject({
      accountId: 'Unnamed account',
      saves: 2,
      shares: 5,
      profileViews: 6,
      videoViews: 50,
      posts: 1,
    });
    expect(total(rows, 'impressions')).toBe(3000);
  });
});
