import { describe, expect, it } from 'vitest';
import { lastReported, timeFrameSeries } from './time-frame.util';

const point = (
  period: string,
  followerGrowth: number | null,
  cumulative: number | null,
  conversions: number | null,
  cumulativeConversions: number | null,
) => ({
  period,
  followerGrowth,
  cumulativeFollowerGrowth: cumulative,
  conversions,
  cumulativeConversions,
});

describe('timeFrameSeries', () => {
  it('puts cumulated organic growth and per-period conversions on one scale: shares of each side’s total', () => {
    const series = timeFrameSeries([point('2026-11-02', 100, 100, 30, 30), point('2026-11-09', 300, 400, 10, 40)]);
    expect(series.organicCumulativeShare).toEqual([0.25, 1]);
    expect(series.paidPeriodShare).toEqual([0.75, 0.25]);
    expect(series).toMatchObject({ followersGained: 400, conversions: 40 });
  });

  it('leaves gaps where a side is not reported, and takes no share of a total lost', () => {
    const series = timeFrameSeries([
      point('2026-11-02', null, null, null, null),
      point('2026-11-09', -50, -50, null, null),
    ]);
    expect(series.organicCumulativeShare).toEqual([null, null]);
    expect(series.paidPeriodShare).toEqual([null, null]);
    expect(series.conversions).toBeNull();
  });
});

describe('lastReported', () => {
  it('reads a running total’s last reported value', () => {
    expect(lastReported([1, 3, null])).toBe(3);
    expect(lastReported([null, null])).toBeNull();
  });
});
