import { describe, expect, it } from 'vitest';
import type { PaidDailyRow, PaidPeriodRow } from '../canonical.js';
import { headWithHeader } from '../../test/file-heads.js';
import { paidTotals, readHintedFixture } from '../../test/read-hinted-fixture.js';
import { detectFormat } from '../registry.js';

type TiktokRow = PaidDailyRow | PaidPeriodRow;

const read = (name: string, hints = {}) =>
  readHintedFixture<TiktokRow>(`tiktok-ads/${name}`, { exportedOn: '2025-04-01', ...hints });

const UNNAMED_WARNING = expect.stringMatching(/^The file names no TIKTOK account and the upload gave none/);

describe('tiktok-ads', () => {
  it('reads the default .xlsx download: numeric cells, date cells, purchases from `Complete payment`', async () => {
    const { format, rows, errors, warnings } = await read('ad-group-by-day.xlsx');
    expect(format).toBe('tiktok-ads');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([UNNAMED_WARNING, 'Skipped 1 total or summary row (line 5); they are never imported.']);
    expect(paidTotals(rows)).toEqual({
      spend: '137.10',
      impressions: 99200,
      clicks: 700,
      conversions: '5',
      revenue: '300.5',
    });
    expect(rows[0]).toEqual({
      kind: 'paid',
      line: 2,
      date: '2025-03-01',
      platform: 'TIKTOK',
      accountId: 'Unnamed account',
      accountName: 'Unnamed account',
      currency: 'USD',
      campaignId: '1790000000000001',
      campaignName: 'Spring Spark',
      objective: null,
      adSetId: '1790000000000101',
      adSetName: 'Lookalike 1%',
      adId: null,
      adName: null,
      spend: '55.1',
      impressions: 40210,
      reach: 31000,
      clicks: 312,
      conversions: '2',
      revenue: '120.5',
      // `Conversions` follow each ad group's optimisation goal: kept as results, not counted as purchases.
      results: '9',
      resultType: null,
      videoViews: 8000,
      engagements: null,
      tzBasis: 'account_tz',
    });
    expect(rows.map((row) => [row.line, row.kind === 'paid' && row.date, row.adSetId])).toEqual([
      [2, '2025-03-01', '1790000000000101'],
      [3, '2025-03-02', '1790000000000101'],
      [4, '2025-03-01', '1790000000000102'],
    ]);
  });

  it('counts only purchase results as conversions, with older headers, a BOM and a worded total row', async () => {
    const { format, rows, errors, warnings } = await read('results-mixed-bom.csv');
    expect(format).toBe('tiktok-ads');
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['Skipped 1 total row (line 5); they are never imported.']);
    expect(paidTotals(rows)).toEqual({
      spend: '146.85',
      impressions: 109200,
      clicks: 1020,
      conversions: '20',
      revenue: null,
    });
    expect(rows.map((row) => [row.campaignName, row.results, row.resultType, row.conversions])).toEqual([
      ['Spring Spark', '9', 'Complete payment', '9'],
      ['Traffic Push', '380', 'Landing page view', null],
      ['Spring Spark', '11', 'Complete payment', '11'],
    ]);
    expect(rows.every((row) => row.currency === 'EUR' && row.accountId === 'Northwind Outfitters')).toBe(true);
  });

  it('leaves out a negative cost and keeps its row, rejects a row with a bad day, keeps a campaign called "Total Recall"', async () => {
    const { rows, errors, warnings } = await read('bad-rows.csv', { account: '7012345678901234567' });
    expect(warnings).toEqual([]);
    expect(
      rows.map((row) => [row.line, row.campaignName, row.accountId, row.spend, row.impressions, row.clicks]),
    ).toEqual([
      [2, 'Total Recall', '7012345678901234567', '10.00', 1000, 10],
      [3, 'Spring Spark', '7012345678901234567', null, 100, 1],
      [5, 'Spring Spark', '7012345678901234567', '2.00', null, null],
    ]);
    expect(errors).toEqual([
      { row: 3, column: 'Cost', message: 'Cost "-1.00" must not be negative', rowImported: true },
      {
        row: 4,
        column: 'By Day',
        message: 'By Day "2025-13-01" is not a real day (expected YYYY-MM-DD or YYYY/MM/DD)',
      },
    ]);
    expect(paidTotals(rows)).toEqual({
      spend: '12.00',
      impressions: 1100,
      clicks: 11,
      conversions: null,
      revenue: null,
    });
  });

  it('reads a row over a date range as a whole-period row, keyed by names when ids are missing', async () => {
    const { rows, errors, warnings } = await read('period-names-only.csv');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([UNNAMED_WARNING, expect.stringMatching(/^1 row name a campaign, ad set or ad/)]);
    expect(rows).toEqual([
      expect.objectContaining({
        kind: 'paid-period',
        periodStart: '2025-03-01',
        periodEnd: '2025-03-31',
        idIsSynthetic: true,
        adId: expect.stringMatching(/^name:[0-9a-f]{40}$/),
        adName: 'Try-on haul',
      }),
    ]);
    expect(paidTotals(rows)).toEqual({
      spend: '300.00',
      impressions: 210000,
      clicks: 1500,
      conversions: '12',
      revenue: '960.00',
    });
  });

  it('is detected by `Clicks (destination)` or `By Day`, each with `Cost`', () => {
    const id = (...header: string[]) => {
      const choice = detectFormat(headWithHeader(...header));
      return choice.ok ? choice.format.id : null;
    };
    expect(id('Date', 'Campaign name', 'Cost', 'Impressions', 'Clicks (destination)')).toBe('tiktok-ads');
    expect(id('By Day', 'Ad name', 'Cost', 'Impression')).toBe('tiktok-ads');
    expect(id('일별', '비용', '노출수')).toBe('tiktok-ads');
    // Each language by its own words: Korean `일별` beside English `Cost` is in no real export.
    expect(id('일별', 'Cost', 'Impressions')).toBeNull();
  });
});
