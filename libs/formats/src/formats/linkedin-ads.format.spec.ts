import { describe, expect, it } from 'vitest';
import type { PaidDailyRow, PaidPeriodRow } from '../canonical.js';
import { decimalTotal, readHintedFixture, total } from '../../test/read-hinted-fixture.js';

type PaidFact = PaidDailyRow | PaidPeriodRow;
const read = (name: string, hints = {}) => readHintedFixture<PaidFact>(`linkedin-ads/${name}`, hints);
describe('linkedin-ads', () => {
  it('reads a UTF-16 tab campaign performance report below its preamble, the account id from the file name', async () => {
    const { format, rows, errors, warnings } = await read('account_508123456_campaign_performance_report.csv');
    expect(format).toBe('linkedin-ads');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'Rows went to the LINKEDIN account "508123456", read from the file name "account_508123456_campaign_performance_report.csv" (the rows themselves name no account). A renamed file loses this: keep the platform\'s file name, or give the "account" field.',
    ]);
    expect(rows[0]).toEqual({
      kind: 'paid',
      line: 7,
      date: '2025-03-01',
      platform: 'LINKEDIN',
      accountId: '508123456',
      accountName: 'Acme GmbH',
      currency: 'EUR',
      campaignId: '180000001',
      campaignName: 'DACH - CFOs',
      objective: 'Website conversions',
      adSetId: null,
      adSetName: null,
      adId: null,
      adName: null,
      spend: '212.40',
      impressions: 9120,
      clicks: 33,
      conversions: '2',
      revenue: '400.00',
      reach: null,
      videoViews: null,
      engagements: null,
      results: null,
      resultType: null,
      tzBasis: 'utc',
    });
    expect(rows.map((row) => row.kind === 'paid' && [row.line, row.date, row.campaignId])).toEqual([
      [7, '2025-03-01', '180000001'],
      [8, '2025-03-02', '180000001'],
      [9, '2025-03-02', '180000002'],
    ]);
    expect(decimalTotal(rows, 'spend')).toBe('465.45');
    expect(total(rows, 'impressions')).toBe(21004);
    expect(total(rows, 'clicks')).toBe(75);
    expect(decimalTotal(rows, 'conversions')).toBe('3');
    expect(decimalTotal(rows, 'revenue')).toBe('550.50');
  });

  it('reads a file without BOM and a five-line preamble at creative level, clicks from Clicks', async () => {
    const { format, rows, errors } = await read('creative_performance_report.csv', { account: '508123456' });
    expect(format).toBe('linkedin-ads');
    expect(errors).toEqual([]);
    expect(rows.map((row) => row.kind === 'paid' && [row.line, row.date, row.adId, row.adName, row.clicks])).toEqual([
      [7, '2024-12-31', '-77000001', 'CFO carousel', 4],
      [8, '2025-01-01', '-77000001', 'CFO carousel', 6],
    ]);
    expect(rows[0]).toMatchObject({ accountId: '508123456', accountName: 'Acme GmbH', campaignId: '180000001' });
    expect(decimalTotal(rows, 'spend')).toBe('30.00');
  });

  it('files rows under "Unnamed account" when neither the file name nor the upload gives the account id', async () => {
    const { rows, warnings } = await read('creative_performance_report.csv');
    expect(rows.map((row) => [row.accountId, row.accountName])).toEqual([
      ['Unnamed account', 'Unnamed account'],
      ['Unnamed account', 'Unnamed account'],
    ]);
    expect(warnings).toEqual([expect.stringContaining('The file names no LINKEDIN account')]);
  });

  it('sums the conversion report per campaign-day, without spend, impressions or clicks', async () => {
    const { format, rows, errors, warnings } = await read(
      'account_508123456_creative_conversion_performance_report.csv',
    );
    expect(format).toBe('linkedin-ads');
    expect(errors).toEqual([]);
    expect(
      rows.map((row) => row.kind === 'paid' && [row.line, row.date, row.campaignId, row.conversions, row.revenue]),
    ).toEqual([
      [6, '2025-03-01', '180000001', '3', '400.00'],
      [8, '2025-03-02', '180000001', '1', '150.50'],
    ]);
    expect(rows.every((row) => row.spend === null && row.impressions === null && row.clicks === null)).toBe(true);
    expect(warnings).toEqual([
      expect.stringMatching(/^Rows went to the LINKEDIN account "508123456", read from the file name/),
      expect.stringMatching(/^Conversion report: conversions and conversion value were summed/),
    ]);
  });

  it('rejects the rows of a D/M date and a bad currency, leaves out a negative spend and keeps its row', async () => {
    const { rows, errors } = await read('account_508123456_bad_rows_report.csv');
    expect(
      rows.map((row) => [row.line, row.kind === 'paid' && row.date, row.spend, row.impressions, row.clicks]),
    ).toEqual([
      [6, '2025-03-01', '10.00', 100, 3],
      [8, '2025-03-14', null, 100, 3],
      [10, '2025-03-16', '4.50', 90, 2],
    ]);
    expect(rows[1]).toMatchObject({ accountId: '508123456', currency: 'EUR', campaignId: '180000001' });
    expect(errors).toEqual([
      {
        row: 7,
        column: 'Start Date (in UTC)',
        message: 'Start Date (in UTC) "13/3/2025" is not a real day (expected M/D/YYYY)',
      },
      { row: 8, column: 'Total Spent', message: 'Total Spent "-1.00" must not be negative', rowImported: true },
      { row: 9, column: 'Currency', message: 'Currency "EURO" is not an ISO 4217 currency code such as USD or EUR' },
    ]);
  });

  it('stores a report without the daily breakdown as whole-period rows', async () => {
    const { rows, errors } = await read('account_508123456_monthly_report.csv');
    expect(errors).toEqual([]);
    expect(rows).toMatchObject([
      {
        kind: 'paid-period',
        periodStart: '2025-03-01',
        periodEnd: '2025-03-31',
        spend: '6120.00',
        impressions: 270400,
        clicks: 980,
      },
    ]);
  });
});
