import { describe, expect, it } from 'vitest';
import type { OrganicDailyRow } from '../canonical.js';
import { readExport, UnsupportedExportError } from '../read-export.js';
import { openChunks } from '../../test/open-fixture.js';
import { readHintedFixture, total } from '../../test/read-hinted-fixture.js';

const dir = 'meta-business-suite-series';
const read = (name: string, hints = {}) => readHintedFixture<OrganicDailyRow>(`${dir}/${name}`, hints);

describe('meta-business-suite-series', () => {
  it('reads a UTF-16 "Views" series as impressions only, on the platform and account of the upload', async () => {
    const { format, rows, errors, warnings } = await read('views.csv', {
      platform: 'INSTAGRAM',
      account: 'northwind.outfitters',
    });
    expect(format).toBe('meta-business-suite-series');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(rows.map((row) => row.date)).toEqual(['2025-08-01', '2025-08-02', '2025-08-03', '2025-08-04']);
    expect(total(rows, 'impressions')).toBe(5229);
    expect(rows[0]).toEqual({
      kind: 'organic',
      line: 4,
      date: '2025-08-01',
      platform: 'INSTAGRAM',
      accountId: 'northwind.outfitters',
      accountName: 'northwind.outfitters',
      followers: null,
      newFollowers: null,
      followersGained: null,
      impressions: 1204,
      reach: null,
      engagements: null,
      posts: null,
      linkClicks: null,
      profileViews: null,
    });
  });

  it('stores "… follows" as gross follows (not net growth), fills the days Meta left out with 0, platform from the name', async () => {
    const { rows, errors, warnings } = await read('facebook-follows-sparse.csv', { account: 'Northwind Outfitters' });
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.date, row.followersGained, row.line])).toEqual([
      ['2025-08-01', 20, 4],
      ['2025-08-02', 14, 5],
      ['2025-08-04', 9, 6],
      ['2025-08-07', 3, 7],
      ['2025-08-03', 0, 6],
      ['2025-08-05', 0, 7],
      ['2025-08-06', 0, 7],
    ]);
    expect(total(rows, 'followersGained')).toBe(46);
    expect(rows.every((row) => row.platform === 'FACEBOOK' && row.newFollowers === null)).toBe(true);
    expect(warnings).toEqual([
      '"Facebook follows": 3 days between 2025-08-01 and 2025-08-07 missing from the file counted as 0 (Meta leaves out days with nothing to count).',
    ]);
  });

  it('does not fill missing reach days, and assumes Facebook with a warning when nothing names the platform', async () => {
    const { rows, errors, warnings } = await read('reach-sparse.csv');
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.date, row.reach])).toEqual([
      ['2025-08-01', 1020],
      ['2025-08-03', 870],
    ]);
    expect(rows.every((row) => row.platform === 'FACEBOOK' && row.accountId === 'Unnamed account')).toBe(true);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^"Reach" does not say whether it is Facebook or Instagram .* stored as FACEBOOK/);
    expect(warnings[1]).toMatch(/names no FACEBOOK account/);
  });

  it('rejects a bad day, leaves out a bad count and keeps its day, allows negative interaction counts, refuses a repeated day', async () => {
    const { rows, errors } = await read('content-interactions-bad-rows.csv', { platform: 'FACEBOOK', account: 'p' });
    expect(errors).toEqual([
      {
        row: 5,
        column: 'Date',
        message: 'Date "2025-02-30T00:00:00" is not a real day (expected YYYY-MM-DDT00:00:00)',
      },
      { row: 6, column: 'Primary', message: 'Primary "many" is not a number', rowImported: true },
      { row: 8, column: null, message: '2025-08-01 is already given on line 4; the day is kept from there.' },
    ]);
    // 08-02's count is left out, so the day is kept as null (never filled with 0 like a day Meta left out); an
    // empty cell stays null too.
    expect(rows.map((row) => [row.date, row.engagements, row.line])).toEqual([
      ['2025-08-01', 57, 4],
      ['2025-08-02', null, 6],
      ['2025-08-03', -4, 7],
      ['2025-08-04', null, 9],
    ]);
  });

  it('routes link clicks and profile visits, with the platform named in the metric', async () => {
    const clicks = await read('facebook-link-clicks.csv', { account: 'p' });
    expect(clicks.rows.map((row) => [row.platform, row.linkClicks, row.impressions])).toEqual([
      ['FACEBOOK', 31, null],
      ['FACEBOOK', 12, null],
    ]);
    const visits = await read('instagram-profile-visits.csv', { account: 'northwind.outfitters' });
    expect(total(visits.rows, 'profileViews')).toBe(190);
    expect(visits.rows.every((row) => row.platform === 'INSTAGRAM')).toBe(true);
  });

  it("warns when the upload names another platform than the metric, and keeps the upload's", async () => {
    const { rows, warnings } = await read('facebook-link-clicks.csv', { platform: 'INSTAGRAM', account: 'p' });
    expect(rows.every((row) => row.platform === 'INSTAGRAM')).toBe(true);
    expect(warnings).toEqual([
      'The metric "Facebook link clicks" names FACEBOOK, but the upload says INSTAGRAM: stored as INSTAGRAM.',
    ]);
  });

  it('fails a file with an unknown metric, listing the metrics understood', async () => {
    const { format, rows, errors } = await read('unknown-metric.csv', { account: 'p' });
    expect(format).toBe('meta-business-suite-series');
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        row: 2,
        column: null,
        message:
          '"Story replies" is not a Meta Business Suite metric Tandem reads. Metrics understood: "Views", "Viewers", "Reach" or "… reach", "Content interactions", "… follows", "… link clicks", "… visits" or "… profile visits".',
      },
    ]);
  });

  it.each(['Audience.csv', 'Audience-follows-first.csv', 'FollowerTopTerritories.csv', 'Gender.csv'])(
    'refuses the audience snapshot %s with a plain message instead of misreading it',
    async (name) => {
      const { format, rows, errors } = await read(name, { account: 'p' });
      expect(format).toBe('meta-business-suite-audience');
      expect(rows).toEqual([]);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toContain('not imported yet: audience snapshots');
    },
  );

  it('stops at the next block when the upload forces a stacked Audience.csv to be read as a series', async () => {
    const { rows, errors } = await read('Audience-follows-first.csv', {
      format: 'meta-business-suite-series',
      platform: 'FACEBOOK',
      account: 'p',
    });
    expect(rows.map((row) => [row.line, row.date, row.followersGained])).toEqual([[4, '2025-08-01', 20]]);
    expect(errors).toEqual([
      {
        row: 6,
        column: null,
        message:
          'Line 6 starts another block ("Age & gender"): a stacked Audience.csv is not imported yet: audience snapshots. Only the days above it were read.',
      },
    ]);
  });

  it('leaves other files alone', async () => {
    await expect(read('../tandem-paid.csv')).resolves.toMatchObject({ format: 'tandem-paid' });
    const unrelated = openChunks('Date,Primary key,Notes\n2025-08-01,7,hello\n');
    await expect(readExport(unrelated, 'notes.csv')).rejects.toBeInstanceOf(UnsupportedExportError);
  });
});
