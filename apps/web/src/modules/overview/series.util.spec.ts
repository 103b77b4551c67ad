import { describe, expect, it } from 'vitest';
import type { EngagementsConversionsSeriesQuery } from '../../generated/graphql';
import { hasReportedPoint, toEngagementsConversionsPoints } from './series.util';

type SeriesPoint = EngagementsConversionsSeriesQuery['timeSeries'][number];

/** As the API answers: a measure no fact of the period reports is null and missing from the reported list. */
const point = (period: string, engagementsMeasured: boolean, conversionsMeasured: boolean): SeriesPoint => ({
  period,
  organic: { engagements: engagementsMeasured ? 120 : null },
  paid: { conversions: conversionsMeasured ? 7 : null },
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

  it('leaves a gap, not a zero, where a value is null even if the period lists the measure', () => {
    const [gap] = toEngagementsConversionsPoints(
      [{ ...point('2026-11-26', true, true), organic: { engagements: null }, paid: { conversions: null } }],
      'DAY',
      'en-US',
    );
    expect(gap).toMatchObject({ engagements: null, conversions: null });
  });

  it('ignores a stale value the period does not report', () => {
    const [gap] = toEngagementsConversionsPoints(
      [{ ...point('2026-11-26', false, false), organic: { engagements: 0 }, paid: { conversions: 0 } }],
      'DAY',
      'en-US',
    );
    expect(gap).toMatchObject({ engagements: null, conversions: null });
  });
});

describe('hasReportedPoint', () => {
  it('is false when no period reports either measure', () => {
    const points = (measured: boolean) =>
      toEngagementsConversionsPoints([point('2026-11-27', false, false), point('2026-11-28', false, measured)], 'DAY');
    expect(hasReportedPoint(points(false))).toBe(false);
    expect(hasReportedPoint(points(true))).toBe(true);
    expect(hasReportedPoint([])).toBe(false);
  });
});
