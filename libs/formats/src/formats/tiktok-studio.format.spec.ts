import { describe, expect, it } from 'vitest';
import type { OrganicDailyRow, PostRow } from '../canonical.js';
import { readHintedFixture, total } from '../../test/read-hinted-fixture.js';

const hints = { account: 'northwindoutfitters', exportedOn: '2026-11-28' };

describe('tiktok-studio-overview', () => {
  it('places yearless days across New Year, keeps negative comments, reads undefined/NaN/null as empty', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<OrganicDailyRow>(
      'tiktok-studio/overview-year-boundary.csv',
      { ...hints, exportedOn: '2026-01-05' },
    );
    expect(format).toBe('tiktok-studio-overview');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(rows.map((row) => row.date)).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
    expect(rows[1]).toEqual({
      kind: 'organic',
      line: 3,
      date: '2025-12-31',
      platform: 'TIKTOK',
      accountId: 'northwindoutfitters',
      accountName: 'northwindoutfitters',
      followers: null,
      newFollowers: null,
      followersGained: null,
      impressions: null,
      reach: null,
      engagements: 56,
      posts: null,
      likes: 57,
      comments: -7,
      shares: 6,
      videoViews: 2110,
      profileViews: 77,
    });
    expect(rows[2]).toMatchObject({ videoViews: null, profileViews: null, likes: null, engagements: 3 });
    expect(total(rows, 'videoViews')).toBe(4531);
    expect(total(rows, 'profileViews')).toBe(169);
    expect(total(rows, 'engagements')).toBe(124);
  });

  it('reads Portuguese and Spanish day names (BOM file), rejects a bad day and keeps negative views', async () => {
    const { rows, errors } = await readHintedFixture<OrganicDailyRow>(
      'tiktok-studio/overview-localised-bad-rows.csv',
      hints,
    );
    // Video views may go below zero like any measure other than spend, impressions, reach and followers.
    expect(rows.map((row) => [row.line, row.date, row.videoViews, row.profileViews, row.engagements])).toEqual([
      [2, '2026-07-30', 100, 5, 12],
      [3, '2026-07-31', 200, 6, 24],
      [4, '2026-08-01', 300, 7, 36],
      [6, '2026-08-02', -5, 7, 36],
    ]);
    expect(errors).toEqual([
      {
        row: 5,
        column: 'Date',
        message: 'Date "32 de agosto" is not a day of a month (expected e.g. "August 31" or "31 de julho")',
      },
    ]);
    expect(total(rows, 'engagements')).toBe(108);
  });

  it('reads the newer export with YYYY/MM/DD dates, reached audience and net growth', async () => {
    const { format, rows, errors } = await readHintedFixture<OrganicDailyRow>(
      'tiktok-studio/overview-newer.csv',
      hints,
    );
    expect(format).toBe('tiktok-studio-overview');
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.date, row.reach, row.newFollowers, row.followersGained, row.engagements])).toEqual([
      ['2026-11-26', 3100, 12, 20, 455],
      ['2026-11-27', 3500, -3, 4, 533],
    ]);
    expect(total(rows, 'videoViews')).toBe(11000);
  });

  it('warns once when the upload names no account', async () => {
    const { rows, warnings } = await readHintedFixture<OrganicDailyRow>('tiktok-studio/overview-newer.csv', {
      exportedOn: '2026-11-28',
    });
    expect(rows.every((row) => row.accountId === 'Unnamed account')).toBe(true);
    expect(warnings).toHaveLength(1);
  });
});

describe('tiktok-studio-followers', () => {
  it('derives growth from the Followers gauge (first day null), cross-checks the difference column, leaves out a negative gauge', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<OrganicDailyRow>(
      'tiktok-studio/follower-history.csv',
      hints,
    );
    expect(format).toBe('tiktok-studio-followers');
    expect(rows.map((row) => [row.date, row.followers, row.newFollowers])).toEqual([
      ['2026-11-24', 12000, null],
      ['2026-11-25', 12010, 10],
      ['2026-11-26', 12008, -2],
      ['2026-11-27', 12020, 12],
      // The negative gauge is left out and the day kept: without it there is no growth to derive.
      ['2026-11-28', null, null],
    ]);
    expect(errors).toEqual([
      { row: 6, column: 'Followers', message: 'Followers "-1" must not be negative', rowImported: true },
    ]);
    expect(warnings).toEqual([
      'On 1 day the file\'s "Difference in followers from previous day" disagrees with the change in "Followers"; follower growth was taken from "Followers".',
    ]);
  });
});

describe('tiktok-studio-content', () => {
  it('reads videos as post snapshots: yearless Post time placed on its own, Time ignored, ids from the link', async () => {
    const { format, rows, errors } = await readHintedFixture<PostRow>('tiktok-studio/content.csv', hints);
    expect(format).toBe('tiktok-studio-content');
    expect(rows[0]).toEqual({
      kind: 'post',
      line: 2,
      platform: 'TIKTOK',
      accountId: 'northwindoutfitters',
      accountName: 'northwindoutfitters',
      postId: '7301234567890123456',
      publishedAt: '2026-10-03',
      asOf: '2026-11-28',
      type: 'video',
      text: 'Packing list for the Dolomites #hiking #Northwind',
      permalink: 'https://www.tiktok.com/@northwindoutfitters/video/7301234567890123456',
      hashtags: ['hiking', 'northwind'],
      impressions: null,
      reach: null,
      engagements: 1425,
      likes: 1200,
      comments: 85,
      shares: 140,
      saves: null,
      videoViews: 45000,
      clicks: null,
    });
    expect(rows[1]).toMatchObject({ postId: '7301234567890123457', publishedAt: '2025-12-24' });
    expect(rows).toHaveLength(2);
    expect(total(rows, 'videoViews')).toBe(54100);
    expect(total(rows, 'engagements')).toBe(1746);
    expect(errors).toEqual([
      {
        row: 4,
        column: 'Video link',
        message: 'Video link "https://www.tiktok.com/@northwindoutfitters" is not a TikTok video link (…/video/<id>)',
      },
      {
        row: 5,
        column: 'Post time',
        message: 'Post time "Octember 5" is not a day of a month (expected e.g. "August 31" or "31 de julho")',
      },
    ]);
  });
});
