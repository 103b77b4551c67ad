import { describe, expect, it } from 'vitest';
import type { PaidAudienceRow, PaidDailyRow, PaidPeriodRow } from '../canonical.js';
import { decimalTotal, paidTotals, readHintedFixture } from '../../test/read-hinted-fixture.js';

type MetaRow = PaidDailyRow | PaidPeriodRow | PaidAudienceRow;

const read = (name: string, hints = {}) =>
  readHintedFixture<MetaRow>(`meta-ads-manager/${name}`, { exportedOn: '2025-04-01', ...hints });

const PURCHASE = 'actions:offsite_conversion.fb_pixel_purchase';

describe('meta-ads-manager', () => {
  it('reads a daily ad-level export: ids over names, purchases only as conversions, summary row skipped', async () => {
    const { format, rows, errors, warnings } = await read('daily-ad-level.csv');
    expect(format).toBe('meta-ads-manager');
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['Skipped 1 total or summary row (line 7); they are never imported.']);
    expect(rows.map((row) => row.kind)).toEqual(['paid', 'paid', 'paid', 'paid', 'paid']);
    expect(paidTotals(rows)).toEqual({
      spend: '112.00',
      impressions: 29710,
      clicks: 143,
      conversions: '3',
      revenue: '177.00',
    });
    expect(rows[0]).toEqual({
      kind: 'paid',
      line: 2,
      date: '2025-03-01',
      platform: 'FACEBOOK',
      accountId: '1029384756',
      accountName: 'Northwind',
      currency: 'USD',
      campaignId: '120210000000001',
      campaignName: 'Spring Sale',
      objective: null,
      adSetId: '120210000000002',
      adSetName: 'Broad 25-44',
      adId: '120210000000003',
      adName: 'UGC v1',
      spend: '41.20',
      impressions: 5120,
      reach: 3980,
      clicks: 61,
      conversions: '2',
      revenue: '118.00',
      results: '2',
      resultType: PURCHASE,
      videoViews: null,
      engagements: null,
      attributionSetting: '7-day click or 1-day view',
      tzBasis: 'account_tz',
    });
    // The same ad name under two ids stays two ads.
    expect(rows.filter((row) => row.adName === 'UGC v1').map((row) => row.adId)).toEqual([
      '120210000000003',
      '120210000000004',
      '120210000000003',
    ]);
    // Reach results are kept as results, never counted as conversions.
    expect(rows[2]).toMatchObject({ results: '7010', resultType: 'reach', conversions: null, revenue: null });
    expect(rows.map((row) => (row.kind === 'paid' ? row.date : null))).toEqual([
      '2025-03-01',
      '2025-03-01',
      '2025-03-01',
      '2025-03-02',
      '2025-03-02',
    ]);
  });

  it('reads a file without a day breakdown as whole-period rows (BOM, CRLF, quoted thousands, repeated headers)', async () => {
    const { rows, errors, warnings } = await read('period-bom-quoted.csv');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(rows.map((row) => [row.kind, row.kind === 'paid-period' && [row.periodStart, row.periodEnd]])).toEqual([
      ['paid-period', ['2025-03-01', '2025-03-31']],
      ['paid-period', ['2025-03-01', '2025-03-31']],
    ]);
    expect(paidTotals(rows)).toEqual({
      spend: '2215.00',
      impressions: 208500,
      clicks: 1660,
      conversions: '14',
      revenue: '2380.00',
    });
    expect(rows.map((row) => [row.currency, row.accountId, row.adSetId, row.adId])).toEqual([
      ['EUR', '1029384756', null, '120210000000003'],
      ['EUR', '1029384756', null, '120210000000021'],
    ]);
    // With a `Purchases` column, 52 leads are results, not conversions.
    expect(rows[1]).toMatchObject({ results: '52', resultType: 'actions:lead', conversions: null });
  });

  it('counts `Result type` purchases and their `Results value`, and nothing else', async () => {
    const { rows, errors, warnings } = await read('result-type.csv');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(paidTotals(rows)).toEqual({
      spend: '75.00',
      impressions: 9100,
      clicks: 98,
      conversions: '3',
      revenue: '210.50',
    });
    expect(rows.map((row) => [row.resultType, row.results, row.conversions, row.revenue])).toEqual([
      ['Website purchases', '3', '3', '210.50'],
      ['Messaging conversations started', '12', null, null],
    ]);
    // An account named without its id is keyed by its name.
    expect(rows[0]).toMatchObject({ accountId: 'Northwind Outfitters', adSetId: '120210000000031', adId: null });
  });

  it('reads a French Excel re-save: French headers, `;` and grouped digits with all kinds of spaces', async () => {
    const { format, rows, errors } = await read('french-excel.csv');
    expect(format).toBe('meta-ads-manager');
    expect(errors).toEqual([]);
    expect(paidTotals(rows)).toEqual({
      spend: '1332.96',
      impressions: 20222,
      clicks: 462,
      conversions: '6',
      revenue: '1500.50',
    });
    expect(rows[0]).toMatchObject({
      kind: 'paid',
      date: '2025-03-01',
      currency: 'EUR',
      accountName: 'Northwind FR',
      campaignName: "Soldes d'hiver",
      adSetId: '120210000000051',
      adSetName: 'Paris 25-44',
      reach: 9870,
      attributionSetting: '7 jours après un clic',
    });
  });

  it('sums a two-way audience breakdown per dimension, so each adds up to the total', async () => {
    const { rows, errors, warnings } = await read('audience-age-gender.csv');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^The file names no FACEBOOK account/)]);
    const audience = rows as PaidAudienceRow[];
    expect(audience.every((row) => row.kind === 'paid-audience' && row.periodStart === '2025-03-01')).toBe(true);
    const byDimension = (dimension: string) =>
      audience
        .filter((row) => row.dimension === dimension)
        .map((row) => [row.segment, row.spend, row.impressions, row.clicks, row.conversions, row.revenue, row.reach]);
    expect(byDimension('age')).toEqual([
      ['18-24', '15.00', 1600, 14, '1', '30.00', null],
      ['25-34', '36.00', 3500, 37, '3', '105.00', null],
    ]);
    expect(byDimension('gender')).toEqual([
      ['female', '30.00', 3000, 35, '3', '110.00', null],
      ['male', '20.50', 2000, 16, '1', '25.00', null],
      ['unknown', '0.50', 100, 0, null, null, 90],
    ]);
    expect(
      decimalTotal(
        audience.filter((row) => row.dimension === 'age'),
        'spend',
      ),
    ).toBe('51.00');
    expect(
      decimalTotal(
        audience.filter((row) => row.dimension === 'gender'),
        'spend',
      ),
    ).toBe('51.00');
  });

  it('reads a one-way region breakdown over a period, a blank region as "unknown"', async () => {
    const { rows, errors } = await read('audience-region.csv');
    expect(errors).toEqual([]);
    expect(paidTotals(rows)).toEqual({
      spend: '101.25',
      impressions: 10590,
      clicks: 132,
      conversions: null,
      revenue: null,
    });
    expect(
      (rows as PaidAudienceRow[]).map((row) => [row.line, row.dimension, row.segment, row.periodStart, row.periodEnd]),
    ).toEqual([
      [2, 'region', 'Île-de-France', '2025-03-01', '2025-03-07'],
      [3, 'region', 'Auvergne-Rhône-Alpes', '2025-03-01', '2025-03-07'],
      [4, 'region', 'unknown', '2025-03-01', '2025-03-07'],
    ]);
  });

  it('splits a platform breakdown into Facebook and Instagram, the other Meta placements under Facebook', async () => {
    const { rows, errors } = await read('platform-breakdown.csv');
    expect(errors).toEqual([]);
    expect(
      rows.map((row) => [
        row.platform,
        row.spend,
        row.impressions,
        row.clicks,
        row.conversions,
        row.results,
        row.reach,
      ]),
    ).toEqual([
      ['FACEBOOK', '23.00', 2500, 33, '1', '1', null],
      ['INSTAGRAM', '15.00', 1500, 20, '1', '1', 1400],
    ]);
    expect(rows[0]?.resultType).toBe(PURCHASE);
  });

  it('leaves out a negative spend and keeps its row; rejects rows with a bad day, an end before the start or a bad currency', async () => {
    const { rows, errors } = await read('bad-rows.csv', { account: '1029384756' });
    expect(
      rows.map((row) => [row.line, row.accountId, row.campaignId, row.spend, row.impressions, row.clicks]),
    ).toEqual([
      [2, '1029384756', 'c1', '10.00', 1000, 10],
      [3, '1029384756', 'c2', null, 1000, 10],
      [7, '1029384756', 'c6', '2.50', null, null],
    ]);
    expect(errors).toEqual([
      {
        row: 3,
        column: 'Amount spent (USD)',
        message: 'Amount spent (USD) "-3.10" must not be negative',
        rowImported: true,
      },
      {
        row: 4,
        column: 'Reporting starts',
        message: 'Reporting starts "2025-02-30" is not a real day (expected YYYY-MM-DD)',
      },
      {
        row: 4,
        column: 'Reporting ends',
        message: 'Reporting ends "2025-02-30" is not a real day (expected YYYY-MM-DD)',
      },
      { row: 5, column: 'Reporting ends', message: 'Reporting ends is before the start' },
      {
        row: 6,
        column: 'Currency',
        message: 'Currency "Dollars" is not an ISO 4217 currency code such as USD or EUR',
      },
      { row: 6, column: 'Impressions', message: 'Impressions "abc" is not a number' },
    ]);
  });

  it('keys entities named without ids by their names, and warns once', async () => {
    const { rows, warnings } = await read('names-only.csv', { account: 'act_9' });
    expect(rows.map((row) => row.accountId)).toEqual(['act_9', 'act_9']);
    expect(rows.every((row) => row.idIsSynthetic === true)).toBe(true);
    const [first, second] = rows;
    expect(first?.adId).toMatch(/^name:[0-9a-f]{40}$/);
    expect(first?.adId).not.toBe(second?.adId);
    expect(first?.campaignId).toBe(second?.campaignId);
    expect(first?.adSetId).toBe(second?.adSetId);
    expect(warnings).toEqual([
      expect.stringMatching(/^2 rows name a campaign, ad set or ad without its ID, so they are keyed by name/),
    ]);
    expect(paidTotals(rows)).toMatchObject({ spend: '11.00', impressions: 1100, clicks: 11 });
  });

  it('reads the .xlsx export: numeric cells, a date cell, the summary row skipped', async () => {
    const { format, rows, errors, warnings } = await read('daily.xlsx');
    expect(format).toBe('meta-ads-manager');
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['Skipped 1 total or summary row (line 4); they are never imported.']);
    expect(rows.map((row) => [row.line, row.kind === 'paid' && row.date, row.adId, row.spend])).toEqual([
      [2, '2025-03-01', '120210000000003', '41.2'],
      [3, '2025-03-02', '120210000000003', '38.9'],
    ]);
    expect(paidTotals(rows)).toEqual({
      spend: '80.1',
      impressions: 9990,
      clicks: 116,
      conversions: '3',
      revenue: '177',
    });
  });
});
