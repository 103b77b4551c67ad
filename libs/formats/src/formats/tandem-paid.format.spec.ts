import { describe, expect, it } from 'vitest';
import type { PaidDailyRow } from '../canonical.js';
import { collect, openChunks } from '../../test/open-fixture.js';
import { readHintedFixture } from '../../test/read-hinted-fixture.js';
import { readExport } from '../read-export.js';

describe('tandem-paid', () => {
  it('reads a good file into paid rows', async () => {
    const { format, rows, errors } = await readHintedFixture<PaidDailyRow>('tandem-paid.csv');
    expect(format).toBe('tandem-paid');
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({
      kind: 'paid',
      line: 2,
      date: '2025-03-01',
      platform: 'FACEBOOK',
      accountId: 'act_101',
      accountName: 'Acme Shop',
      currency: 'USD',
      campaignId: 'c1',
      campaignName: 'Spring Sale',
      objective: 'SALES',
      adSetId: 's1',
      adSetName: 'Broad 25-44',
      adId: 'a1',
      adName: 'UGC v1',
      spend: '41.20',
      impressions: 5120,
      clicks: 61,
      conversions: '2',
      revenue: '118.00',
    });
    expect(rows.map((row) => row.platform)).toEqual(['FACEBOOK', 'GOOGLE_ADS', 'GOOGLE_ADS', 'TIKTOK']);
    expect(rows[1]).toMatchObject({
      currency: 'EUR',
      spend: '1020.50',
      impressions: 10500,
      conversions: '2.5',
      adSetId: null,
    });
    expect(rows[2]?.currency).toBe('EUR');
    expect(rows[3]).toMatchObject({
      accountName: null,
      currency: null,
      spend: '0',
      impressions: null,
      clicks: null,
      revenue: null,
    });
  });

  it('leaves out a negative spend and keeps its row; rejects rows with a bad day or platform', async () => {
    const { rows, errors } = await readHintedFixture<PaidDailyRow>('tandem-paid-bad-rows.csv');
    expect(
      rows.map((row) => [row.line, row.date, row.spend, row.impressions, row.clicks, row.conversions, row.revenue]),
    ).toEqual([
      [2, '2025-03-01', '41.20', 5120, 61, '2', '118.00'],
      [3, '2025-03-02', null, 5000, 50, '1', '20.00'],
      [5, '2025-03-03', '11.00', 3900, 39, '1', '20.00'],
      [7, '2025-03-05', '13.00', 3700, 37, '1', '20.00'],
    ]);
    expect(errors).toEqual([
      { row: 3, column: 'spend', message: 'spend "-3.10" must not be negative', rowImported: true },
      { row: 4, column: 'date', message: 'date "2025-02-30" is not a real day (expected YYYY-MM-DD)' },
      {
        row: 6,
        column: 'platform',
        message: expect.stringMatching(/^platform "Myspace" is not one of FACEBOOK, INSTAGRAM, /),
      },
      { row: 6, column: 'clicks', message: 'clicks "abc" is not a number' },
    ]);
  });

  it('reads a UTF-8 file with a BOM and CRLF line ends, headers as people write them', async () => {
    const { format, rows, errors } = await readHintedFixture<PaidDailyRow>('tandem-paid-bom-crlf.csv');
    expect(format).toBe('tandem-paid');
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.line, row.date, row.accountId, row.spend, row.campaignName])).toEqual([
      [2, '2025-03-01', 'act_7', '5.00', 'Été'],
      [3, '2025-03-02', 'act_7', '6.50', 'Été'],
    ]);
  });

  it('keeps line numbers right after names with quoted newlines', async () => {
    const { rows, errors } = await readHintedFixture<PaidDailyRow>('tandem-paid-quoted-newline.csv');
    expect(rows.map((row) => [row.line, row.campaignName, row.spend, row.impressions])).toEqual([
      [2, 'Spring\nSale, part 1', '1.00', 10],
      [4, 'Three\nline\nname', '2.00', 20],
      [7, 'Plain', '3.00', null],
      [8, 'Plain', '4.00', 40],
    ]);
    expect(errors).toEqual([
      { row: 7, column: 'impressions', message: 'impressions "-30" must not be negative', rowImported: true },
    ]);
  });

  it('reads a sep=; file with decimal commas and grouped digits', async () => {
    const { rows, errors } = await readHintedFixture<PaidDailyRow>('tandem-paid-sep-semicolon.csv');
    expect(errors).toEqual([]);
    expect(
      rows.map((row) => [row.line, row.campaignName, row.spend, row.impressions, row.conversions, row.revenue]),
    ).toEqual([
      [3, 'Soldes, hiver', '1234.50', 12218, '0.5', '2000.00'],
      [4, 'Soldes, hiver', '1020.10', 1500, '1', '10.5'],
    ]);
  });

  it('reads no row of a file whose header has a column twice, naming both positions', async () => {
    const file = 'date,platform,account_id,spend,Spend\n2026-05-01,FACEBOOK,act_1,10,20\n';
    const events = await collect((await readExport(openChunks(file), 'paid.csv')).events);
    expect(events).toEqual([
      {
        type: 'error',
        error: {
          row: 1,
          column: 'spend',
          message:
            'The header has spend 2 times (columns 4 and 5): which one to read is unclear, so the file is not read; remove the extra columns',
        },
      },
    ]);
  });
});
