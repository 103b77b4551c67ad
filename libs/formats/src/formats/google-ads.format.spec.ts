import { describe, expect, it } from 'vitest';
import type { PaidDailyRow, PaidPeriodRow } from '../canonical.js';
import { readExport, UnsupportedExportError } from '../read-export.js';
import { collect, openChunks, openFixture } from '../../test/open-fixture.js';
import { decimalTotal, readHintedFixture, total } from '../../test/read-hinted-fixture.js';

type PaidFact = PaidDailyRow | PaidPeriodRow;
const read = (name: string, hints = {}) => readHintedFixture<PaidFact>(`google-ads/${name}`, hints);
describe('google-ads', () => {
  it('reads a Day-segmented .csv: title and range rows, quoted thousands, $, --, three Total rows skipped', async () => {
    const { format, rows, errors, warnings } = await read('campaign-day.csv');
    expect(format).toBe('google-ads');
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.kind, row.line, row.kind === 'paid' && row.date, row.campaignId])).toEqual([
      ['paid', 4, '2025-03-01', '20000000001'],
      ['paid', 5, '2025-03-01', '20000000002'],
      ['paid', 6, '2025-03-02', '20000000001'],
      ['paid', 7, '2025-03-02', '20000000002'],
    ]);
    expect(rows[0]).toMatchObject({
      platform: 'GOOGLE_ADS',
      accountId: '1234567890',
      accountName: 'Acme US',
      currency: 'USD',
      campaignName: 'Brand - Search',
      adSetId: null,
      adId: null,
      tzBasis: 'account_tz',
    });
    expect(decimalTotal(rows, 'spend')).toBe('1130.94');
    expect(total(rows, 'impressions')).toBe(13734);
    expect(total(rows, 'clicks')).toBe(115);
    expect(decimalTotal(rows, 'conversions')).toBe('4.00');
    expect(decimalTotal(rows, 'revenue')).toBe('310.00');
    expect(rows[3]).toMatchObject({ spend: null, impressions: null, clicks: null, conversions: null, revenue: null });
    expect(warnings).toEqual(['Skipped 3 total or summary rows (lines 8, 9, 10); they are never imported.']);
  });

  it('reads the UTF-16LE tab "Excel .csv" at ad group level, the account from the upload (dashes stripped)', async () => {
    const { format, rows, errors, warnings } = await read('ad-group-excel.csv', { account: '987-654-3210' });
    expect(format).toBe('google-ads');
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      kind: 'paid',
      line: 4,
      accountId: '9876543210',
      currency: 'EUR',
      campaignId: '20000000001',
      adSetId: '130000000001',
      adSetName: 'Exact',
    });
    expect(decimalTotal(rows, 'spend')).toBe('81.00');
    expect(total(rows, 'impressions')).toBe(10100);
    expect(total(rows, 'clicks')).toBe(104);
    expect(decimalTotal(rows, 'conversions')).toBe('3.25');
    expect(decimalTotal(rows, 'revenue')).toBe('198.50');
    expect(warnings).toEqual(['Skipped 3 total or summary rows (lines 7, 8, 9); they are never imported.']);
  });

  it('files rows under "Unnamed account" with a warning when neither the file nor the upload names the account', async () => {
    const { rows, warnings } = await read('ad-group-excel.csv');
    expect(new Set(rows.map((row) => row.accountId))).toEqual(new Set(['Unnamed account']));
    expect(warnings.filter((warning) => warning.includes('Unnamed account'))).toHaveLength(1);
  });

  it('reads Russian-UI numbers: quoted decimal commas, percentages, grouped digits, fractional conversions', async () => {
    const { rows, errors } = await read('russian-decimal-comma.csv', { account: '1234567890' });
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.spend, row.impressions, row.clicks, row.conversions, row.revenue])).toEqual([
      ['0.19', 1234, 116, '0.5', '10.00'],
      ['1234.50', 15000, 1407, '2', '1000.25'],
    ]);
    expect(decimalTotal(rows, 'spend')).toBe('1234.69');
    expect(rows.every((row) => row.currency === 'RUB')).toBe(true);
  });

  it('stores a report without a time segment as whole-period rows over the range of row 2', async () => {
    const { rows, errors } = await read('campaign-period.csv', { account: '1234567890' });
    expect(errors).toEqual([]);
    expect(rows.map((row) => row.kind === 'paid-period' && [row.periodStart, row.periodEnd, row.spend])).toEqual([
      ['2025-01-01', '2025-01-23', '500.00'],
      ['2025-01-01', '2025-01-23', '250.25'],
    ]);
    expect(decimalTotal(rows, 'spend')).toBe('750.25');
    expect(total(rows, 'impressions')).toBe(130500);
    expect(decimalTotal(rows, 'conversions')).toBe('42.75');
    expect(decimalTotal(rows, 'revenue')).toBe('3380.10');
  });

  it('reads a range row with abbreviated month names', async () => {
    const { rows } = await read('period-short-months.csv', { account: '1234567890' });
    expect(rows).toMatchObject([{ kind: 'paid-period', periodStart: '2025-01-01', periodEnd: '2025-01-23' }]);
  });

  it('stores Week rows as periods of that week, the first and last cut to the report range', async () => {
    const { rows, errors } = await read('week-segment.csv', { account: '1234567890' });
    expect(errors).toEqual([]);
    expect(rows.map((row) => row.kind === 'paid-period' && [row.periodStart, row.periodEnd])).toEqual([
      ['2025-01-01', '2025-01-05'],
      ['2025-01-06', '2025-01-12'],
      ['2025-01-13', '2025-01-19'],
      ['2025-01-20', '2025-01-23'],
    ]);
    expect(decimalTotal(rows, 'spend')).toBe('230.00');
    expect(total(rows, 'impressions')).toBe(18200);
  });

  it('stores Month rows as periods of that month, cut to the report range', async () => {
    const { rows, errors } = await read('month-segment.csv', { account: '1234567890' });
    expect(errors).toEqual([]);
    expect(rows.map((row) => row.kind === 'paid-period' && [row.periodStart, row.periodEnd, row.spend])).toEqual([
      ['2025-02-15', '2025-02-28', '140.00'],
      ['2025-03-01', '2025-03-31', '310.00'],
      ['2025-04-01', '2025-04-10', '100.00'],
    ]);
  });

  it('drops rows without a day once the report is split by day, and says how many', async () => {
    const { rows, errors, warnings } = await read('day-with-unsplit-rows.csv', { account: '1234567890' });
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.kind, row.line, row.spend])).toEqual([
      ['paid', 5, '10.00'],
      ['paid', 7, '20.00'],
    ]);
    expect(warnings).toContain(
      'Dropped 3 rows without a day: in a report split by day they are unsplit totals, which would count twice.',
    );
  });

  it('reads an ad report at ad level, 18-digit ids kept as text', async () => {
    const { rows } = await read('ad-level.csv', { account: '1234567890' });
    expect(rows.map((row) => [row.campaignId, row.adSetId, row.adId])).toEqual([
      ['20000000001', '130000000001', '690000000000000001'],
      ['20000000001', '130000000001', '690000000000000002'],
    ]);
    expect(decimalTotal(rows, 'spend')).toBe('20.00');
    expect(decimalTotal(rows, 'revenue')).toBe('45.00');
  });

  it('keys entities by a name hash when the report has no ids, and warns once', async () => {
    const { rows, warnings } = await read('names-only.csv', { account: '1234567890' });
    const [first, second] = rows;
    expect(first?.campaignId).toMatch(/^name:[0-9a-f]{40}$/);
    // Case and spacing do not split a campaign; its two ad groups stay apart.
    expect(second?.campaignId).toBe(first?.campaignId);
    expect(second?.adSetId).not.toBe(first?.adSetId);
    expect(rows.every((row) => row.idIsSynthetic)).toBe(true);
    expect(warnings.filter((warning) => warning.includes('without its ID'))).toHaveLength(1);
  });

  it('leaves out a bad figure and keeps its row, rejects a row with a bad day, customer ID or currency', async () => {
    const { rows, errors, warnings } = await read('bad-rows.csv');
    expect(rows.map((row) => [row.line, row.campaignId, row.spend, row.impressions, row.clicks])).toEqual([
      [4, '20000000001', '10.00', 100, 5],
      [5, '20000000002', null, 100, 5],
      [8, '20000000001', '7.50', 80, 4],
    ]);
    expect(rows[1]).toMatchObject({ kind: 'paid', date: '2025-03-01', accountId: '1234567890', currency: 'USD' });
    expect(errors).toEqual([
      { row: 5, column: 'Cost', message: 'Cost "-3.10" must not be negative', rowImported: true },
      { row: 6, column: 'Day', message: 'Day "2025-02-30" is not a real day (expected YYYY-MM-DD)' },
      {
        row: 7,
        column: 'Customer ID',
        message: 'Customer ID "acme" is not a Google Ads customer ID such as 123-456-7890',
      },
      {
        row: 7,
        column: 'Currency code',
        message: 'Currency code "DOLLARS" is not an ISO 4217 currency code such as USD or EUR',
      },
      { row: 7, column: 'Clicks', message: 'Clicks "abc" is not a number' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('sums the keyword rows of one ad group and day', async () => {
    const { rows, warnings } = await read('keyword-split.csv', { account: '1234567890' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      adSetId: '130000000009',
      spend: '6.15',
      impressions: 450,
      clicks: 12,
      conversions: '0.75',
    });
    expect(warnings).toContain(
      'The report splits entities by Search keyword: those rows were summed per entity and period.',
    );
  });

  it('recognises a report without an Impr. column by its title and date-range rows', async () => {
    const file = 'Campaign report\n"March 1, 2025 - March 1, 2025",,\nDay,Campaign,Clicks\n2025-03-01,Brand,12\n';
    const reading = await readExport(openChunks(file), 'report.csv', { account: '1234567890' });
    expect(reading.format.id).toBe('google-ads');
    const rows = (await collect(reading.events)).filter((event) => event.type === 'row');
    expect(rows).toMatchObject([{ row: { date: '2025-03-01', clicks: 12 } }]);
  });

  it('rejects a Google Ads Editor export with the reason', async () => {
    await expect(readExport(openFixture('google-ads/editor-export.csv'), 'editor-export.csv')).rejects.toThrow(
      UnsupportedExportError,
    );
    await expect(readExport(openFixture('google-ads/editor-export.csv'), 'editor-export.csv')).rejects.toThrow(
      /Google Ads Editor export: it holds campaign settings, not performance/,
    );
    const forced = await readExport(openFixture('google-ads/editor-export.csv'), 'editor-export.csv', {
      format: 'google-ads',
    });
    const events = await collect(forced.events);
    expect(events).toEqual([
      {
        type: 'error',
        error: {
          row: 1,
          column: null,
          message: expect.stringMatching(/^The file cannot be imported: this is a Google Ads Editor/),
        },
      },
    ]);
  });
});
