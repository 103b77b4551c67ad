import { describe, expect, it } from 'vitest';
import type { PaidDailyRow, PaidPeriodRow } from '../canonical.js';
import { undatedExportError } from '../period-hint.js';
import { paidTotals, readHintedFixture } from '../../test/read-hinted-fixture.js';

type PaidFact = PaidDailyRow | PaidPeriodRow;
const read = (name: string, hints = {}) => readHintedFixture<PaidFact>(`google-ads/${name}`, hints);
const periods = (rows: PaidFact[]) =>
  rows.map((row) => row.kind === 'paid-period' && [row.line, row.campaignName, row.periodStart, row.periodEnd]);
/**
 * The report has no ID columns, so its campaigns are keyed by name: that warning's wording belongs to the naming
 * rules (repeated-names.ts), so it is checked only for being there once; the others are exact.
 */
const keyedByName = (warnings: string[]) => warnings.filter((warning) => warning.includes('without its ID')).length;
const otherWarnings = (warnings: string[]) => warnings.filter((warning) => !warning.includes('without its ID'));

describe('google-ads report without a date segment', () => {
  it('stores an "All time" campaign report as whole-period rows over the period the upload names', async () => {
    const { format, rows, errors, warnings } = await read('campaign-report-all-time.csv', {
      account: '123-456-7890',
      periodStart: '2024-01-01',
      periodEnd: '2025-06-30',
    });
    expect(format).toBe('google-ads');
    expect(errors).toEqual([]);
    expect(periods(rows)).toEqual([
      [4, 'Leads-Smart-4', '2024-01-01', '2025-06-30'],
      [5, 'Deck, siding & other_Remarketing_RSL', '2024-01-01', '2025-06-30'],
      [6, 'Search - Deck cleaning', '2024-01-01', '2025-06-30'],
    ]);
    expect(rows[0]).toMatchObject({
      kind: 'paid-period',
      platform: 'GOOGLE_ADS',
      accountId: '1234567890',
      currency: 'USD',
      adSetId: null,
      adId: null,
      idIsSynthetic: true,
      spend: '2691.41',
      impressions: 795836,
      clicks: 9265,
      conversions: '22.00',
      revenue: null,
      tzBasis: 'account_tz',
    });
    // Equal to the file's own `Total: Account` row (never ingested): 1,256,646 impr., 15,244 clicks, 7731.78.
    expect(paidTotals(rows)).toEqual({
      spend: '7731.78',
      impressions: 1256646,
      clicks: 15244,
      conversions: '149.85',
      revenue: null,
    });
    expect(keyedByName(warnings)).toBe(1);
    expect(otherWarnings(warnings)).toEqual([
      'Skipped 4 total or summary rows (lines 7, 8, 9, 10); they are never imported.',
    ]);
  });

  it('refuses an "All time" report when the upload names no period, with the one message and no rows', async () => {
    const { rows, errors, warnings } = await read('campaign-report-all-time.csv', { account: '1234567890' });
    expect(rows).toEqual([]);
    expect(errors.map((error) => ({ type: 'error', error }))).toEqual([
      undatedExportError(3, 'This Google Ads report'),
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads a report that starts at its header (no title or range rows) over the period the upload names', async () => {
    const hints = { account: '1234567890', periodStart: '2025-07-08', periodEnd: '2025-07-31' };
    const { format, rows, errors, warnings } = await read('campaign-report-no-preamble.csv', hints);
    expect(format).toBe('google-ads');
    expect(errors).toEqual([]);
    expect(periods(rows)).toEqual([
      [2, 'Video views - 2025-07-19', '2025-07-08', '2025-07-31'],
      [3, 'MH-m-sand', '2025-07-08', '2025-07-31'],
    ]);
    expect(rows.every((row) => row.currency === 'INR' && row.clicks === null)).toBe(true);
    // The file's `Total: Account` says 2565.92: Google rounds its total, the rows add up to 2565.93.
    expect(paidTotals(rows)).toEqual({
      spend: '2565.93',
      impressions: 46168,
      clicks: 0,
      conversions: '15.00',
      revenue: null,
    });
    expect(keyedByName(warnings)).toBe(1);
    expect(otherWarnings(warnings)).toEqual([
      'Skipped 4 total or summary rows (lines 4, 5, 6, 7); they are never imported.',
    ]);

    const refused = await read('campaign-report-no-preamble.csv', { account: '1234567890' });
    expect(refused.rows).toEqual([]);
    expect(refused.errors).toEqual([
      {
        row: 1,
        column: null,
        message:
          'This Google Ads report has no dates, so the period its figures cover is unknown. Upload it again with the fields periodStart and periodEnd (YYYY-MM-DD, the first and last day of the range you chose when exporting): it is then stored as one whole-period total, never spread over days.',
      },
    ]);
    expect(refused.warnings).toEqual([]);
  });

  it('keeps the range row of the file over an upload period that disagrees, and says so', async () => {
    const { rows, errors, warnings } = await read('campaign-report-range.csv', {
      account: '1234567890',
      periodStart: '2025-07-01',
      periodEnd: '2025-07-31',
    });
    expect(errors).toEqual([]);
    expect(periods(rows)).toEqual([
      [4, 'Video views - 2025-07-19', '2025-07-08', '2025-07-31'],
      [5, 'MH-m-sand', '2025-07-08', '2025-07-31'],
    ]);
    expect(paidTotals(rows)).toEqual({
      spend: '2565.93',
      impressions: 46168,
      clicks: 0,
      conversions: '15.00',
      revenue: null,
    });
    expect(keyedByName(warnings)).toBe(1);
    expect(otherWarnings(warnings)).toEqual([
      "The report's own date range (2025-07-08 to 2025-07-31) differs from the upload's periodStart/periodEnd (2025-07-01 to 2025-07-31): the report's range is used.",
      'Skipped 4 total or summary rows (lines 6, 7, 8, 9); they are never imported.',
    ]);

    const agreeing = await read('campaign-report-range.csv', {
      account: '1234567890',
      periodStart: '2025-07-08',
      periodEnd: '2025-07-31',
    });
    expect(periods(agreeing.rows)).toEqual(periods(rows));
    expect(otherWarnings(agreeing.warnings)).toEqual([
      'Skipped 4 total or summary rows (lines 6, 7, 8, 9); they are never imported.',
    ]);
  });
});
