import { describe, expect, it } from 'vitest';
import {
  previousYear,
  addDays,
  dayCount,
  formatPeriod,
  lastDays,
  previousPeriod,
  resolvePeriod,
  todayIn,
  withFrom,
  withTo,
} from './date-range.util';

describe('date ranges', () => {
  it('counts both ends of a range', () => {
    expect(dayCount({ from: '2026-01-01', to: '2026-01-01' })).toBe(1);
    expect(dayCount({ from: '2026-01-01', to: '2026-01-31' })).toBe(31);
  });

  it('makes "last 30 days" end on the given day', () => {
    expect(lastDays(30, '2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(lastDays(7, '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });

  it('compares to the equal-length period just before', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-01-29', to: '2026-02-28' });
    expect(previousPeriod({ from: '2026-01-05', to: '2026-01-05' })).toEqual({ from: '2026-01-04', to: '2026-01-04' });
  });

  it('crosses leap days and daylight-saving changes by calendar days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(dayCount({ from: '2026-10-20', to: '2026-11-02' })).toBe(14);
  });

  it('takes today in the workspace time zone', () => {
    const instant = new Date('2026-11-29T03:00:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-11-29');
    expect(todayIn('America/New_York', instant)).toBe('2026-11-28');
    expect(todayIn('Asia/Tokyo', new Date('2026-11-29T20:00:00Z'))).toBe('2026-11-30');
  });

  it('keeps a preset rolling and a custom range fixed', () => {
    expect(resolvePeriod({ preset: 7 }, '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    const range = { from: '2026-01-01', to: '2026-01-10' };
    expect(resolvePeriod({ range }, '2026-11-29')).toBe(range);
  });

  it('moves the other end along instead of making an empty range', () => {
    const range = { from: '2026-01-10', to: '2026-01-20' };
    expect(withFrom(range, '2026-01-25')).toEqual({ from: '2026-01-25', to: '2026-01-25' });
    expect(withFrom(range, '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-20' });
    expect(withTo(range, '2026-01-05')).toEqual({ from: '2026-01-05', to: '2026-01-05' });
  });

  it('spells a period out with its year', () => {
    // ICU puts thin spaces around the dash
    expect(formatPeriod({ from: '2026-11-01', to: '2026-11-30' }, 'en-US')).toBe('Nov 1\u2009–\u200930, 2026');
    expect(formatPeriod({ from: '2025-12-31', to: '2026-01-01' }, 'en-US')).toBe(
      'Dec 31, 2025\u2009–\u2009Jan 1, 2026',
    );
  });
});

describe('previousYear', () => {
  it('gives the same dates a year earlier, Feb 29 becoming Feb 28', () => {
    expect(previousYear({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2025-11-01', to: '2025-11-30' });
    expect(previousYear({ from: '2028-02-01', to: '2028-02-29' })).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });
});
