import { describe, expect, it } from 'vitest';
import type { OrganicDailyRow, PostRow } from '../canonical.js';
import { headWithHeader } from '../../test/file-heads.js';
import { readHintedFixture, total } from '../../test/read-hinted-fixture.js';
import { youtubeStudioFormat } from './youtube-studio.format.js';

const hints = { exportedOn: '2025-04-01' };
const dir = 'youtube-studio';
type Row = OrganicDailyRow | PostRow;
const organic = (rows: Row[]) => rows.filter((row): row is OrganicDailyRow => row.kind === 'organic');
const posts = (rows: Row[]) => rows.filter((row): row is PostRow => row.kind === 'post');

describe('youtube-studio', () => {
  it('imports both tables of a Content-tab zip: videos as post snapshots, Totals.csv views as daily rows, bad cells left out', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<Row>(
      `${dir}/Content 2025-03-01_2025-03-03 Northwind Outfitters.zip`,
      hints,
    );
    expect(format).toBe('youtube-studio');
    const videos = posts(rows);
    expect(videos.map((row) => [row.line, row.postId, row.publishedAt, row.videoViews, row.engagements])).toEqual([
      [3, 'dQw4w9WgXcQ', '2025-03-03', 30110, 1010],
      [4, '-aB3xYz9Q0k', '2025-03-09', 21890, 670],
      [5, 'x1y2z3A4B5c', '2024-01-06', 0, 0],
      // Line 6's publish time and views cannot be read: both are left out, the video and its other figures kept.
      [6, 'Bad0000000A', null, null, 0],
    ]);
    expect(videos[0]).toEqual({
      kind: 'post',
      line: 3,
      platform: 'YOUTUBE',
      accountId: 'Northwind Outfitters',
      accountName: 'Northwind Outfitters',
      postId: 'dQw4w9WgXcQ',
      publishedAt: '2025-03-03',
      asOf: '2025-04-01',
      type: 'video',
      text: 'Spring tutorial #hiking',
      permalink: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      hashtags: ['hiking'],
      impressions: 540000,
      reach: null,
      engagements: 1010,
      likes: 900,
      comments: 70,
      shares: 40,
      saves: null,
      videoViews: 30110,
      clicks: null,
    });
    expect(videos[2]?.text).toBe('Packing list, with a quoted "tip"');
    expect(videos[3]).toEqual({
      kind: 'post',
      line: 6,
      platform: 'YOUTUBE',
      accountId: 'Northwind Outfitters',
      accountName: 'Northwind Outfitters',
      postId: 'Bad0000000A',
      publishedAt: null,
      asOf: '2025-04-01',
      type: 'video',
      text: 'Broken row',
      permalink: 'https://www.youtube.com/watch?v=Bad0000000A',
      hashtags: [],
      impressions: 0,
      reach: null,
      engagements: 0,
      likes: 0,
      comments: 0,
      shares: 0,
      saves: null,
      videoViews: null,
      clicks: null,
    });
    // The file's own Total row (never ingested) says 52000 views and 1500 likes: the videos add up to it.
    expect(total(videos, 'videoViews')).toBe(52000);
    expect(total(videos, 'likes')).toBe(1500);
    expect(total(videos, 'engagements')).toBe(1680);
    const days = organic(rows);
    expect(days.map((row) => [row.line, row.date, row.videoViews, row.tzBasis])).toEqual([
      [2, '2025-03-01', 1200, 'pacific'],
      [3, '2025-03-02', 1350, 'pacific'],
      [4, '2025-03-03', 980, 'pacific'],
    ]);
    expect(days[0]).toMatchObject({ accountId: 'Northwind Outfitters', impressions: null, engagements: null });
    expect(total(days, 'videoViews')).toBe(3530);
    expect(errors).toEqual([
      {
        row: 6,
        column: 'Video publish time',
        message: 'Video publish time "Mar 32, 2025" is not a real day (expected YYYY-MM-DD or e.g. "Jan 6, 2024")',
        rowImported: true,
      },
      { row: 6, column: 'Views', message: 'Views "12.5" is not a whole number', rowImported: true },
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Rows went to the YOUTUBE account "Northwind Outfitters", read from the file name "Content /,
      ),
      'Skipped 1 total or summary row (line 2); they are never imported.',
    ]);
  });

  it('reads a Date-tab zip as daily rows with every metric, net subscribers may be negative', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<Row>(
      `${dir}/Date 2025-03-01_2025-03-02 Northwind Outfitters.zip`,
      { ...hints, account: 'UC123' },
    );
    expect(format).toBe('youtube-studio');
    expect(errors).toEqual([]);
    expect(
      organic(rows).map((row) => [row.date, row.videoViews, row.newFollowers, row.impressions, row.engagements]),
    ).toEqual([
      ['2025-03-01', 1200, -2, 19000, 36],
      ['2025-03-02', 1350, 9, 21000, 37],
    ]);
    expect(rows.every((row) => row.accountId === 'UC123')).toBe(true);
    expect(warnings).toEqual([
      'Rows went to the account "UC123" named by the upload\'s account field, although the file name "Date 2025-03-01_2025-03-02 Northwind Outfitters.zip" names "Northwind Outfitters".',
      'YouTube Studio "Watch time (hours)", "Average view duration" have no place in Tandem\'s daily figures: not imported.',
      'Skipped 1 total or summary row (line 2); they are never imported.',
    ]);
  });

  it('reads a bare Totals.csv by its metric: Subscribers → net new followers, a bad count left out and its day kept', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<OrganicDailyRow>(
      `${dir}/Totals subscribers.csv`,
      hints,
    );
    expect(format).toBe('youtube-studio');
    expect(rows.map((row) => [row.date, row.newFollowers, row.videoViews])).toEqual([
      ['2025-03-01', 12, undefined],
      ['2025-03-02', -3, undefined],
      ['2025-03-03', null, undefined],
    ]);
    expect(errors).toEqual([
      { row: 4, column: 'Subscribers', message: 'Subscribers "abc" is not a number', rowImported: true },
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Unnamed account');
  });

  it('skips a watch-time Totals.csv with a warning', async () => {
    const { rows, warnings } = await readHintedFixture<OrganicDailyRow>(`${dir}/Totals watch time.csv`, {
      ...hints,
      account: 'UC123',
    });
    expect(rows).toEqual([]);
    expect(warnings).toEqual([
      'YouTube Studio "Watch time (hours)" has no place in Tandem\'s daily figures: not imported.',
    ]);
  });

  it('never ingests the Japanese 合計 total row of a bare Table data.csv', async () => {
    const { rows, warnings } = await readHintedFixture<PostRow>(`${dir}/Table data.csv`, {
      ...hints,
      account: 'UC123',
    });
    expect(rows).toEqual([
      expect.objectContaining({
        line: 3,
        postId: '-Zy9xW8v7U6',
        publishedAt: '2025-02-01',
        hashtags: ['trail'],
        engagements: 115,
      }),
    ]);
    expect(warnings).toEqual(['Skipped 1 total or summary row (line 2); they are never imported.']);
  });

  it('does not take any Date,Views file for a Totals.csv', () => {
    expect(youtubeStudioFormat.detect(headWithHeader('Date', 'Views')).confidence).toBe(0);
  });
});
