import { describe, expect, it } from 'vitest';
import type { PaidDailyRow } from '../canonical.js';
import { decimalTotal, readHintedFixture, total } from '../../test/read-hinted-fixture.js';

// The fixture follows the documented layout (docs/FORMATS.md §1.6), not a verified real export.
describe('pinterest-ads', () => {
  it('reads daily campaign rows with the currency from the spend header, the summary row skipped', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<PaidDailyRow>(
      'pinterest-ads/campaign-daily.csv',
      { account: '549755885175' },
    );
    expect(format).toBe('pinterest-ads');
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.kind, row.line, row.date, row.campaignId, row.currency])).toEqual([
      ['paid', 2, '2025-03-01', '626700000001', 'USD'],
      ['paid', 3, '2025-03-02', '626700000001', 'USD'],
    ]);
    expect(rows[0]).toMatchObject({ platform: 'PINTEREST', accountId: '549755885175', tzBasis: 'account_tz' });
    expect(decimalTotal(rows, 'spend')).toBe('116.85');
    expect(total(rows, 'impressions')).toBe(84200);
    expect(total(rows, 'clicks')).toBe(610);
    expect(decimalTotal(rows, 'conversions')).toBe('20.5');
    expect(decimalTotal(rows, 'revenue')).toBe('912.30');
    expect(warnings).toEqual(['Skipped 1 total or summary row (line 4); they are never imported.']);
  });
});
