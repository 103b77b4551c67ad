import { measuresOf, type Side } from '@tandem/metrics/catalogue.js';
import type { OverviewSeriesQuery } from '../../generated/graphql';

export type OverviewSeriesPoint = OverviewSeriesQuery['timeSeries'][number];

/** `followerGrowth` → `FOLLOWER_GROWTH`, as the OrganicMeasure and PaidMeasure enums name measures. */
const measureName = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

/**
 * A figure of a period, or null (a gap, not a zero) when no fact of the period reports it: a measure counts only
 * when the period lists it as reported (the contract's sums read 0 for "nothing imported"); a ratio is null already.
 */
export function seriesValue(point: OverviewSeriesPoint, side: Side, field: string): number | null {
  const value = (point[side] as Readonly<Record<string, unknown>>)[field];
  if (typeof value !== 'number') return null;
  const reported: readonly string[] = side === 'organic' ? point.organicReported : point.paidReported;
  const isMeasure = measuresOf(side).some((measure) => measure.field === field);
  return !isMeasure || reported.includes(measureName(field)) ? value : null;
}

export function seriesValues(series: readonly OverviewSeriesPoint[], side: Side, field: string): Array<number | null> {
  return series.map((point) => seriesValue(point, side, field));
}
