import { describe, expect, it } from 'vitest';
import type { OrganicDailyRow, PostRow } from '../canonical.js';
import { readHintedFixture, total } from '../../test/read-hinted-fixture.js';

const hints = { exportedOn: '2025-04-01' };
const dir = 'linkedin-page';
const organic = (rows: Array<OrganicDailyRow | PostRow>) => rows.filter((row) => row.kind === 'organic');
const posts = (rows: Array<OrganicDailyRow | PostRow>) => rows.filter((row) => row.kind === 'post');

describe('linkedin-page-content', () => {
  it('reads a BIFF8 .xls: Metrics under a note row → organic daily rows, All posts → organic post snapshots', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<OrganicDailyRow | PostRow>(
      `${dir}/northwind-outfitters_content_1743465600000.xls`,
      hints,
    );
    expect(format).toBe('linkedin-page-content');
    const days = organic(rows);
    expect(days.map((row) => [row.line, row.date, row.impressions, row.reach, row.engagements])).toEqual([
      [3, '2025-03-01', 1204, 688, 37],
      [4, '2025-03-02', 980, 512, 24],
      [5, '2025-03-03', 1100, 600, null],
    ]);
    expect(days[0]).toMatchObject({
      platform: 'LINKEDIN',
      accountId: 'northwind-outfitters',
      likes: 31,
      comments: 4,
      shares: 2,
      followers: null,
      newFollowers: null,
    });
    expect(total(days, 'impressions')).toBe(3284);
    expect(total(days, 'engagements')).toBe(61);
    expect(errors).toEqual([
      { row: 6, column: 'Date', message: 'Date "02/30/2025" is not a real day (expected MM/DD/YYYY)' },
    ]);
    expect(posts(rows)).toEqual([
      {
        kind: 'post',
        line: 3,
        platform: 'LINKEDIN',
        accountId: 'northwind-outfitters',
        accountName: 'northwind-outfitters',
        postId: 'urn:li:activity:7301234567890123456',
        publishedAt: '2025-03-01',
        asOf: '2025-04-01',
        type: 'Image',
        text: 'Spring trail kit is here #hiking #NorthwindOutfitters',
        permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7301234567890123456',
        hashtags: ['hiking', 'northwindoutfitters'],
        impressions: 2100,
        reach: null,
        engagements: 57,
        likes: 48,
        comments: 6,
        shares: 3,
        saves: null,
        videoViews: 0,
        clicks: 60,
      },
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Rows went to the LINKEDIN account "northwind-outfitters", read from the file name "northwind-outfitters_content_1743465600000.xls"/,
      ),
      'Left out 1 sponsored post: paid results come from Campaign Manager exports.',
    ]);
  });

  it('reads the older XLSX export (Update metrics, Shares, Excel date cells); the upload account wins', async () => {
    const { format, rows, errors } = await readHintedFixture<OrganicDailyRow | PostRow>(
      `${dir}/northwind-outfitters_updates_1700000000000.xls`,
      { ...hints, account: 'urn:li:organization:123' },
    );
    expect(format).toBe('linkedin-page-content');
    expect(errors).toEqual([]);
    expect(organic(rows).map((row) => [row.date, row.impressions, row.reach, row.shares, row.engagements])).toEqual([
      ['2023-11-01', 500, 300, 1, 15],
      ['2023-11-02', 700, 420, 0, 19],
    ]);
    expect(posts(rows)).toEqual([
      expect.objectContaining({
        accountId: 'urn:li:organization:123',
        postId: 'urn:li:activity:6000000000000000001',
        publishedAt: '2023-11-01',
        engagements: 11,
        clicks: 8,
      }),
    ]);
  });
});

describe('linkedin-page-followers', () => {
  it('reads Total followers as the new followers of each day, never as the audience size', async () => {
    const { format, rows, errors } = await readHintedFixture<OrganicDailyRow>(
      `${dir}/northwind-outfitters_followers_1743465600000.xls`,
      hints,
    );
    expect(format).toBe('linkedin-page-followers');
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.date, row.followers, row.newFollowers])).toEqual([
      ['2025-03-01', null, 13],
      ['2025-03-02', null, 11],
      ['2025-03-03', null, 0],
    ]);
    expect(total(rows, 'newFollowers')).toBe(24);
  });
});

describe('linkedin-page-visitors', () => {
  it('reads total page views as profile views (BIFF8)', async () => {
    const { format, rows, errors } = await readHintedFixture<OrganicDailyRow>(
      `${dir}/northwind-outfitters_visitors_1743465600000.xls`,
      hints,
    );
    expect(format).toBe('linkedin-page-visitors');
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.date, row.profileViews, row.impressions])).toEqual([
      ['2025-03-01', 85, null],
      ['2025-03-02', 35, null],
    ]);
  });
});
