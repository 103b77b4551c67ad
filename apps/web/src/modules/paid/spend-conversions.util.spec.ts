import { describe, expect, it } from 'vitest';
import { spendConversionsPoints } from './spend-conversions.util';

describe('spendConversionsPoints', () => {
  it('leaves a gap where a period does not report a measure, even when its sum reads 0', () => {
    const points = spendConversionsPoints([
      { period: '2026-11-02', paid: { spend: 120, conversions: 4 }, paidReported: ['SPEND', 'CONVERSIONS'] },
      { period: '2026-11-09', paid: { spend: 80, conversions: 0 }, paidReported: ['SPEND'] },
      { period: '2026-11-16', paid: { spend: 0, conversions: 0 }, paidReported: [] },
    ]);
    expect(points).toEqual([
      { period: '2026-11-02', spend: 120, conversions: 4 },
      { period: '2026-11-09', spend: 80, conversions: null },
      { period: '2026-11-16', spend: null, conversions: null },
    ]);
  });

  it('keeps a reported 0 as 0', () => {
    const [point] = spendConversionsPoints([
      { period: '2026-11-02', paid: { spend: 50, conversions: 0 }, paidReported: ['SPEND', 'CONVERSIONS'] },
    ]);
    expect(point?.conversions).toBe(0);
  });
});
