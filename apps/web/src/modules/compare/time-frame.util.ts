import type { CompareGrowthQuery } from '../../generated/graphql';

type GrowthPoint = CompareGrowthQuery['growth'][number];

export interface TimeFrameSeries {
  periods: string[];
  /** Net new followers from the range's start to each period's end, as a share of the range's total. */
  organicCumulativeShare: Array<number | null>;
  /** Each period's own conversions as a share of the range's total. */
  paidPeriodShare: Array<number | null>;
  /** The range's totals; null when not reported. */
  followersGained: number | null;
  conversions: number | null;
}

/** The range's total of a running sum: its last reported value (a later period reporting nothing adds nothing). */
export function lastReported(values: ReadonlyArray<number | null>): number | null {
  return values.findLast((value) => value !== null) ?? null;
}

/** value ÷ total; null when either is missing or the total is not a positive whole to take a share of. */
function shareOf(value: number | null, total: number | null): number | null {
  return value === null || total === null || total <= 0 ? null : value / total;
}

/**
 * Organic growth and paid lift on one axis: both as shares of the range's own total. Organic is cumulated (it
 * climbs to 100% as the audience builds), paid is per period (each period's part of all conversions), so a
 * steady climb and a few spikes read against each other whatever their units.
 */
export function timeFrameSeries(points: readonly GrowthPoint[]): TimeFrameSeries {
  const followersGained = lastReported(points.map((point) => point.cumulativeFollowerGrowth));
  const conversions = lastReported(points.map((point) => point.cumulativeConversions));
  return {
    periods: points.map((point) => point.period),
    organicCumulativeShare: points.map((point) => shareOf(point.cumulativeFollowerGrowth, followersGained)),
    paidPeriodShare: points.map((point) => shareOf(point.conversions, conversions)),
    followersGained,
    conversions,
  };
}
