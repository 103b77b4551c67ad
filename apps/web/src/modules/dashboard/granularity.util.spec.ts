import { describe, expect, it } from 'vitest';
import { periodEnd, unfinishedFrom } from './granularity.util';

describe('periodEnd', () => {
  it('ends a week on Sunday and a month on its last day, leap years included', () => {
    expect(periodEnd('2026-11-23', 'WEEK')).toBe('2026-11-29');
    expect(periodEnd('2028-02-01', 'MONTH')).toBe('2028-02-29');
    expect(periodEnd('2026-12-01', 'MONTH')).toBe('2026-12-31');
    expect(periodEnd('2026-11-23', 'DAY')).toBe('2026-11-23');
  });
});

describe('unfinishedFrom', () => {
  it('marks the month the data stops inside, not the ones before it', () => {
    expect(unfinishedFrom(['2026-09-01', '2026-10-01', '2026-11-01'], 'MONTH', '2026-11-27')).toBe(2);
  });

  it('marks nothing when the last period is over', () => {
    expect(unfinishedFrom(['2026-11-16', '2026-11-23'], 'WEEK', '2026-11-29')).toBeNull();
    expect(unfinishedFrom(['2026-11-28', '2026-11-29'], 'DAY', '2026-11-29')).toBeNull();
  });
});
