import { describe, expect, it } from 'vitest';
import type { EngagementsConversionsSeriesQuery } from '../../generated/graphql';
import { toEngagementsConversionsPoints } from './series.util';

type SeriesPoint = EngagementsConversionsSeriesQuery['timeSeries'][number];

const point = (period: string, engagementsMeasured: boolean, conversionsMeasured: boolean): SeriesPoint => ({
  period,
  organic: { engagements: engagementsMeasured ? 120 : 0 },
  paid: { conversions: conversionsMeasured ? 7 : 0 },
  // FOLLOWERS / SPEND alone say nothing about engagements / conversions
  organicReported: engagementsMeasured ? ['FOLLOWERS', 'ENGAGEMENTS'] : ['FOLLOWERS'],
  paidReported: conversionsMeasured ? ['SPEND', 'CONVERSIONS'] : ['SPEND'],
});

describe('toEngagementsConversionsPoints', () => {
  it('keeps measured values and leaves periods where nothing measured them empty', () => {
    const points = toEngagementsConversionsPoints(
      [point('2026-11-26', true, true), point('2026-11-27', true, false), point('2026-11-28', false, false)],
      'DAY',
      'en-US',
    );
    expect(points).toEqual([
      { period: '2026-11-26', label: 'Nov 26', engagements: 120, conversions: 7 },
      { period: '2026-11-27', label: 'Nov 27', engagements: 120, conversions: null },
      { period: '2026-11-28', label: 'Nov 28', engagements: null, conversions: null },
    ]);
  });

  it('plots a reported zero as zero', () => {
    const [measured] = toEngagementsConversionsPoints(
      [{ ...point('2026-11-26', true, true), organic: { engagements: 0 }, paid: { conversions: 0 } }],
      'DAY',
      'en-US',
    );
    expect(measured).toMatchObject({ engagements: 0, conversions: 0 });
  });
});
