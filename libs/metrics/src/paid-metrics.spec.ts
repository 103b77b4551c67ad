import { describe, expect, it } from 'vitest';
import { type PaidSums, paidMetrics } from './paid-metrics.js';

const sums: PaidSums = {
  spend: 200,
  revenue: 640,
  impressions: 50_000,
  clicks: 500,
  conversions: 16,
  pricedImpressions: 40_000,
  pricedClicks: 400,
  pricedConversions: 10,
};

describe('paidMetrics', () => {
  it('recomputes every ratio from the summed bases', () => {
    expect(paidMetrics(sums)).toEqual({
      spend: 200,
      impressions: 50_000,
      clicks: 500,
      conversions: 16,
      revenue: 640,
      ctr: 0.01,
      cpc: 0.5,
      cpm: 5,
      cpa: 20,
      roas: 3.2,
      roi: 2.2,
    });
  });

  it('divides money only by the counts of facts whose money was counted', () => {
    const metrics = paidMetrics({ ...sums, pricedClicks: 100 });
    expect(metrics.cpc).toBe(2);
    expect(metrics.ctr).toBe(0.01);
  });

  it('gives null, not Infinity or 0, for every ratio whose divisor is 0', () => {
    const empty = paidMetrics({
      spend: 0,
      revenue: 0,
      impressions: 0,
      clicks: 0,
      conversions: 0,
      pricedImpressions: 0,
      pricedClicks: 0,
      pricedConversions: 0,
    });
    expect([empty.ctr, empty.cpc, empty.cpm, empty.cpa, empty.roas, empty.roi]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('reports a negative ROI when revenue is below spend', () => {
    expect(paidMetrics({ ...sums, revenue: 150 }).roi).toBe(-0.25);
  });
});
