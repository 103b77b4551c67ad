import { describe, expect, it } from 'vitest';
import { organicTotals, paidTotals } from '../../testing/overview.fixture';
import { seriesValues, type OverviewSeriesPoint } from './series.util';

/** As the API answers: a measure no fact of the period reports is missing from the reported list. */
const point = (period: string, engagementsMeasured: boolean, conversionsMeasured: boolean): OverviewSeriesPoint => ({
  period,
  organic: organicTotals(120),
  paid: paidTotals(50, { conversions: 7 }),
  // FOLLOWERS / SPEND alone say nothing about engagements / conversions
  organicReported: engagementsMeasured ? ['FOLLOWERS', 'ENGAGEMENTS'] : ['FOLLOWERS'],
  paidReported: conversionsMeasured ? ['SPEND', 'CONVERSIONS'] : ['SPEND'],
});

describe('seriesValues', () => {
  const series = [point('2026-11-26', true, true), point('2026-11-27', true, false), point('2026-11-28', false, false)];

  it('keeps measured values and leaves periods where nothing measured them empty', () => {
    expect(seriesValues(series, 'organic', 'engagements')).toEqual([120, 120, null]);
    expect(seriesValues(series, 'paid', 'conversions')).toEqual([7, null, null]);
  });

  it('names two-word measures as the API does', () => {
    const growth = { ...point('2026-11-26', true, true), organicReported: ['FOLLOWER_GROWTH' as const] };
    expect(seriesValues([growth], 'organic', 'followerGrowth')).toEqual([120]);
  });

  it('plots a reported zero as zero, and a null ratio as a gap', () => {
    const zero = { ...point('2026-11-26', true, true), paid: paidTotals(0, { conversions: 0, cpa: null }) };
    expect(seriesValues([zero], 'paid', 'conversions')).toEqual([0]);
    expect(seriesValues([zero], 'paid', 'cpa')).toEqual([null]);
  });
});
