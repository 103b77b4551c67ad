import { describe, expect, it } from 'vitest';
import type { PaidDailyRow, PaidPeriodRow } from '../canonical.js';
import { decimalTotal, readHintedFixture, total } from '../../test/read-hinted-fixture.js';

type PaidFact = PaidDailyRow | PaidPeriodRow;

// The fixtures follow the documented layout (docs/FORMATS.md §1.5), not a verified real export.
describe('x-ads', () => {
  it('reads daily campaign rows; results count as conversions only for purchases', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<PaidFact>('x-ads/campaigns-daily.csv', {
      account: '18ce54d4x5t',
    });
    expect(format).toBe('x-ads');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(rows[0]).toMatchObject({
      kind: 'paid',
      line: 2,
      date: '2025-03-01',
      platform: 'X',
      accountId: '18ce54d4x5t',
      campaignId: '1a2b3',
      campaignName: 'Spring launch',
      tzBasis: 'utc',
      results: '12',
      resultType: 'Purchases',
      videoViews: 900,
    });
    expect(rows.map((row) => row.conversions)).toEqual(['12', null, '15']);
    expect(decimalTotal(rows, 'spend')).toBe('299.75');
    expect(total(rows, 'impressions')).toBe(116100);
    expect(total(rows, 'clicks')).toBe(1010);
  });

  it('detects a file by Billed engagements + Spend and reads a Time period range as a period row', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<PaidFact>('x-ads/time-period-range.csv');
    expect(format).toBe('x-ads');
    expect(errors).toEqual([]);
    expect(rows).toMatchObject([
      {
        kind: 'paid-period',
        periodStart: '2025-03-01',
        periodEnd: '2025-03-31',
        accountId: 'Unnamed account',
        spend: '3050.10',
        impressions: 1200000,
        clicks: 11020,
      },
    ]);
    expect(warnings).toEqual([expect.stringContaining('The file names no X account')]);
  });
});
