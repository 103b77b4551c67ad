import { describe, expect, it } from 'vitest';
import { periodCount } from './periods.js';

describe('periodCount', () => {
  it('counts the days of a range, both ends included', () => {
    expect(periodCount('2026-02-01', '2026-02-01', 'day')).toBe(1);
    expect(periodCount('2024-02-01', '2024-03-01', 'day')).toBe(30);
  });

  it('counts the Monday-first weeks a range touches', () => {
    // 2026-02-04 is a Wednesday: its week and the one starting Monday 2026-02-09.
    expect(periodCount('2026-02-04', '2026-02-08', 'week')).toBe(1);
    expect(periodCount('2026-02-04', '2026-02-09', 'week')).toBe(2);
    expect(periodCount('2026-02-01', '2026-02-28', 'week')).toBe(5);
  });

  it('counts the calendar months a range touches', () => {
    expect(periodCount('2025-12-31', '2026-01-01', 'month')).toBe(2);
    expect(periodCount('2026-02-01', '2026-02-28', 'month')).toBe(1);
  });

  it('counts huge ranges without walking them', () => {
    expect(periodCount('0001-01-01', '9999-12-31', 'day')).toBe(3_652_059);
    expect(periodCount('0001-01-01', '9999-12-31', 'month')).toBe(119_988);
  });
});
