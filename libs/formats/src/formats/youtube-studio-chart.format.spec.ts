import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportHints, OrganicDailyRow, PostRow } from '../canonical.js';
import { readExport } from '../read-export.js';
import { collect, openChunks } from '../../test/open-fixture.js';
import { readHintedFixture, sortedEvents, total } from '../../test/read-hinted-fixture.js';
import { zipBytes } from '../../test/zip-bytes.js';

type Row = OrganicDailyRow | PostRow;
const dir = 'youtube-studio';
const trafficSource = 'Traffic source 2020-09-01_2020-09-04 Whole Brain Health';
const subscriptionStatus = 'Subscription status 2023-11-28_2023-11-30 Comm Lab';
const content = 'Content 2024-01-05_2024-01-07 Kevs Robots';
/** The note every zip here gets: its rows name no channel, the zip's own name does. */
const FROM_ZIP_NAME = expect.stringMatching(/^Rows went to the YOUTUBE account "[^"]+", read from the file name "/);
const organic = (rows: Row[]) => rows.filter((row): row is OrganicDailyRow => row.kind === 'organic');
const posts = (rows: Row[]) => rows.filter((row): row is PostRow => row.kind === 'post');
/** A channel's days as a key and a figure: what the upsert stores, whatever line of whatever file gave it. */
const dayViews = (rows: Row[]) =>
  organic(rows).map((row) => [row.platform, row.accountId, row.date, row.videoViews, row.engagements]);

/** Zips files of an extracted export folder (as YouTube Studio downloads them) and reads the zip. */
async function readZip(folder: string, files: readonly string[], hints: ImportHints = {}) {
  const zip = zipBytes(
    files.map((name) => ({
      name,
      content: readFileSync(new URL(`../../test/fixtures/${dir}/${folder}/${name}`, import.meta.url)),
    })),
  );
  return sortedEvents<Row>(await readExport(openChunks(zip), `${folder}.zip`, hints));
}

describe('youtube-studio Chart data.csv', () => {
  it('imports a Traffic source chart as the channel’s days: per day, the sum over the sources', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<Row>(`${dir}/${trafficSource}/Chart data.csv`, {
      account: 'Whole Brain Health',
    });
    expect(format).toBe('youtube-studio');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(posts(rows)).toEqual([]);
    expect(organic(rows).map((row) => [row.line, row.date, row.videoViews])).toEqual([
      [2, '2020-09-01', 3],
      [3, '2020-09-02', 8],
      [4, '2020-09-03', 12],
      [5, '2020-09-04', 7],
    ]);
    expect(rows[0]).toEqual({
      kind: 'organic',
      line: 2,
      date: '2020-09-01',
      platform: 'YOUTUBE',
      accountId: 'Whole Brain Health',
      accountName: 'Whole Brain Health',
      followers: null,
      newFollowers: null,
      impressions: null,
      reach: null,
      engagements: null,
      posts: null,
      videoViews: 3,
      tzBasis: 'pacific',
    });
    expect(total(organic(rows), 'videoViews')).toBe(30);
  });

  it('gives per-day sums equal to the same export’s Totals.csv, under the same keys: both restate, never add', async () => {
    const hints = { account: 'Whole Brain Health' };
    const chart = await readHintedFixture<Row>(`${dir}/${trafficSource}/Chart data.csv`, hints);
    const totals = await readHintedFixture<Row>(`${dir}/${trafficSource}/Totals.csv`, hints);
    expect(totals.errors).toEqual([]);
    expect(dayViews(chart.rows)).toEqual([
      ['YOUTUBE', 'Whole Brain Health', '2020-09-01', 3, null],
      ['YOUTUBE', 'Whole Brain Health', '2020-09-02', 8, null],
      ['YOUTUBE', 'Whole Brain Health', '2020-09-03', 12, null],
      ['YOUTUBE', 'Whole Brain Health', '2020-09-04', 7, null],
    ]);
    expect(dayViews(chart.rows)).toEqual(dayViews(totals.rows));
    // The zip names the channel itself (a tab name with a space: "Traffic source …").
    const zip = await readZip(trafficSource, ['Table data.csv', 'Chart data.csv', 'Totals.csv']);
    expect(zip.format).toBe('youtube-studio');
    expect(zip.errors).toEqual([]);
    expect(zip.warnings).toEqual([FROM_ZIP_NAME]);
    expect(dayViews(zip.rows)).toEqual(dayViews(totals.rows));

    const subscribers = { account: 'Comm Lab' };
    const split = await readHintedFixture<Row>(`${dir}/${subscriptionStatus}/Chart data.csv`, subscribers);
    const channel = await readHintedFixture<Row>(`${dir}/${subscriptionStatus}/Totals.csv`, subscribers);
    expect(split.errors).toEqual([]);
    expect(split.warnings).toEqual([]);
    expect(dayViews(split.rows)).toEqual([
      ['YOUTUBE', 'Comm Lab', '2023-11-28', 259594, null],
      ['YOUTUBE', 'Comm Lab', '2023-11-29', 245683, null],
      ['YOUTUBE', 'Comm Lab', '2023-11-30', 250425, null],
    ]);
    expect(dayViews(split.rows)).toEqual(dayViews(channel.rows));
    expect(total(organic(split.rows), 'videoViews')).toBe(755702);
  });

  it('reads a Content-tab chart uploaded alone as the channel’s days, never as one post per video per day', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<Row>(`${dir}/${content}/Chart data.csv`, {
      account: 'Kevs Robots',
    });
    expect(format).toBe('youtube-studio');
    expect(errors).toEqual([]);
    expect(posts(rows)).toEqual([]);
    // Two videos: 0+3, 14+5, 9+2. The channel's Totals.csv says 5, 22, 11: the chart lists only loaded videos.
    expect(organic(rows).map((row) => [row.line, row.date, row.videoViews])).toEqual([
      [2, '2024-01-05', 3],
      [3, '2024-01-06', 19],
      [4, '2024-01-07', 11],
    ]);
    expect(total(organic(rows), 'videoViews')).toBe(33);
    expect(warnings).toEqual([
      "YouTube Studio's Content-tab Chart data.csv lists only the videos loaded in Studio (2 here), so its daily sums can fall short of the channel's; they were imported as the channel's days. Upload the same export's Totals.csv for complete figures: it restates those days.",
    ]);
  });

  it('takes Totals.csv over Chart data.csv in a zip that has both', async () => {
    const { rows, errors, warnings } = await readZip(content, ['Table data.csv', 'Chart data.csv', 'Totals.csv']);
    expect(errors).toEqual([]);
    expect(posts(rows).map((row) => [row.line, row.postId, row.publishedAt, row.videoViews, row.engagements])).toEqual([
      [3, '7yx64bafaHM', '2024-01-06', 23, 5],
      [4, '-BObt8inVs8', '2022-03-14', 10, 4],
    ]);
    expect(dayViews(rows)).toEqual([
      ['YOUTUBE', 'Kevs Robots', '2024-01-05', 5, null],
      ['YOUTUBE', 'Kevs Robots', '2024-01-06', 22, null],
      ['YOUTUBE', 'Kevs Robots', '2024-01-07', 11, null],
    ]);
    expect(total(organic(rows), 'videoViews')).toBe(38);
    expect(warnings).toEqual([FROM_ZIP_NAME, 'Skipped 1 total or summary row (line 2); they are never imported.']);
  });

  it('falls back on Chart data.csv in a zip without Totals.csv, and says its sums can fall short', async () => {
    const { rows, errors, warnings } = await readZip(content, ['Table data.csv', 'Chart data.csv']);
    expect(errors).toEqual([]);
    expect(posts(rows).map((row) => row.postId)).toEqual(['7yx64bafaHM', '-BObt8inVs8']);
    expect(total(posts(rows), 'videoViews')).toBe(33);
    expect(organic(rows).map((row) => [row.date, row.videoViews])).toEqual([
      ['2024-01-05', 3],
      ['2024-01-06', 19],
      ['2024-01-07', 11],
    ]);
    expect(warnings).toEqual([
      FROM_ZIP_NAME,
      "YouTube Studio's Content-tab Chart data.csv lists only the videos loaded in Studio (2 here), so its daily sums can fall short of the channel's; they were imported as the channel's days. Upload the same export's Totals.csv for complete figures: it restates those days.",
      'Skipped 1 total or summary row (line 2); they are never imported.',
    ]);
  });

  it('reads a zip holding only a chart', async () => {
    const { format, rows, errors } = await readZip(trafficSource, ['Table data.csv', 'Chart data.csv']);
    expect(format).toBe('youtube-studio');
    expect(errors).toEqual([]);
    expect(dayViews(rows)).toEqual([
      ['YOUTUBE', 'Whole Brain Health', '2020-09-01', 3, null],
      ['YOUTUBE', 'Whole Brain Health', '2020-09-02', 8, null],
      ['YOUTUBE', 'Whole Brain Health', '2020-09-03', 12, null],
      ['YOUTUBE', 'Whole Brain Health', '2020-09-04', 7, null],
    ]);
  });

  it('refuses to sum an average: Average view duration fails the upload with the reason', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<Row>(
      `${dir}/Chart data average view duration.csv`,
      { account: 'UC123' },
    );
    expect(format).toBe('youtube-studio');
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        row: 1,
        column: 'Average view duration',
        message:
          'YouTube Studio Chart data.csv charts "Average view duration", an average or a percentage: a day of the channel is not the sum of its values per video, so the chart was not imported. Chart a count instead (Views, Subscribers, Likes…).',
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('refuses a percentage too, and skips a count Tandem has no field for with a warning', async () => {
    const read = async (csv: string) => {
      const reading = await readExport(openChunks(csv), 'Chart data.csv', { account: 'UC123' });
      return collect(reading.events);
    };
    const stayed = await read(
      'Date,Content,Video title,Video publish time,Duration,Stayed to watch (%)\n2024-02-01,abcdefghijk,Short,"Feb 1, 2024",31,71.4\n',
    );
    expect(stayed).toEqual([
      {
        type: 'error',
        error: {
          row: 1,
          column: 'Stayed to watch (%)',
          message:
            'YouTube Studio Chart data.csv charts "Stayed to watch (%)", an average or a percentage: a day of the channel is not the sum of its values per video, so the chart was not imported. Chart a count instead (Views, Subscribers, Likes…).',
        },
      },
    ]);
    const engaged = await read('Date,Traffic source,Engaged views\n2024-02-01,Shorts feed,40\n');
    expect(engaged).toEqual([
      {
        type: 'warning',
        message: 'YouTube Studio "Engaged views" has no place in Tandem\'s daily figures: not imported.',
      },
    ]);
  });

  it('leaves out a day with an unreadable value instead of writing it short, and says which', async () => {
    const { rows, errors, warnings } = await readHintedFixture<Row>(`${dir}/Chart data bad rows.csv`, {
      account: 'UC123',
    });
    expect(organic(rows).map((row) => [row.line, row.date, row.videoViews])).toEqual([
      [2, '2020-09-01', 3],
      [4, '2020-09-03', 6],
    ]);
    expect(errors).toEqual([
      { row: 3, column: 'Views', message: 'Views "abc" is not a number' },
      {
        row: 6,
        column: 'Date',
        message: 'Date "2020-09-32" is not a real day (expected YYYY-MM-DD or e.g. "Jan 6, 2024")',
      },
    ]);
    expect(warnings).toEqual([
      "YouTube Studio Chart data.csv: day 2020-09-02 was not imported, since a value of the day could not be read and the day's sum would be short.",
      'YouTube Studio Chart data.csv: 1 row has no readable day, so the day it belongs to may be short by its value.',
    ]);
  });
});
