import { describe, expect, it } from 'vitest';
import { followersMock } from '../../testing/organic.fixture';
import { followersByPlatform, periodStart, seriesPeriods } from './organic-series.util';

describe('seriesPeriods', () => {
  it('starts a week on the Monday on or before the range, as the API names weeks', () => {
    expect(periodStart('2026-11-29', 'WEEK')).toBe('2026-11-23');
    expect(seriesPeriods({ from: '2026-11-04', to: '2026-11-17' }, 'WEEK')).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
    ]);
  });

  it('names months by their first day, across a year end', () => {
    expect(seriesPeriods({ from: '2026-11-15', to: '2027-01-03' }, 'MONTH')).toEqual([
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
    ]);
  });
});

describe('followersByPlatform', () => {
  const days = seriesPeriods({ from: '2026-11-23', to: '2026-11-29' }, 'DAY');
  const lines = followersByPlatform(
    followersMock.result.data.breakdown.edges.map((edge) => edge.node) as never,
    days,
    'DAY',
  );

  it('draws one line per platform with organic rows, leaving out paid-only platforms', () => {
    expect(lines.map((line) => line.platform)).toEqual(['FACEBOOK', 'INSTAGRAM']);
  });

  it('leaves a gap (null, never 0) for a period without a row', () => {
    expect(lines[0]!.followers[2]).toBeNull();
    expect(lines[1]!.followerGrowth.slice(0, 4)).toEqual([null, null, null, null]);
    expect(lines[1]!.followerGrowth.slice(4)).toEqual([-3, 10, 5]);
  });
});
