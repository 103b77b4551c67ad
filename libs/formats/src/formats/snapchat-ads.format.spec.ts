import { describe, expect, it } from 'vitest';
import type { PaidDailyRow, PaidPeriodRow } from '../canonical.js';
import { decimalTotal, readHintedFixture, total } from '../../test/read-hinted-fixture.js';

type PaidFact = PaidDailyRow | PaidPeriodRow;

// The fixtures follow the documented layout (docs/FORMATS.md §1.6), not a verified real export.
describe('snapchat-ads', () => {
  it('reads daily rows whose end is the next midnight, campaigns keyed by name', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<PaidFact>('snapchat-ads/campaign-daily.csv', {
      account: 'acme-snap',
    });
    expect(format).toBe('snapchat-ads');
    expect(errors).toEqual([]);
    expect(rows.map((row) => row.kind === 'paid' && [row.line, row.date, row.reach])).toEqual([
      [2, '2025-03-01', 9000],
      [3, '2025-03-02', 8500],
    ]);
    expect(rows[0]).toMatchObject({
      platform: 'SNAPCHAT',
      accountId: 'acme-snap',
      campaignName: 'Spring Snaps',
      campaignId: expect.stringMatching(/^name:[0-9a-f]{40}$/),
      idIsSynthetic: true,
    });
    expect(decimalTotal(rows, 'spend')).toBe('75.50');
    expect(total(rows, 'impressions')).toBe(40000);
    expect(total(rows, 'clicks')).toBe(270);
    expect(warnings).toEqual([expect.stringContaining('without its ID')]);
  });

  it('reads a row spanning a month as a period row', async () => {
    const { rows, errors } = await readHintedFixture<PaidFact>('snapchat-ads/campaign-month.csv', { account: 'a' });
    expect(errors).toEqual([]);
    expect(rows).toMatchObject([
      {
        kind: 'paid-period',
        periodStart: '2025-03-01',
        periodEnd: '2025-03-31',
        campaignId: 'a1b2c3d4-0000-4000-8000-000000000001',
        spend: '1110.00',
        impressions: 600000,
        clicks: 4100,
      },
    ]);
  });
});
