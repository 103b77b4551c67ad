import { BadRequestException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { assertDateRange, MAX_RANGE_YEARS } from './date-range.validation.js';

const refusal = (range: { from: string; to: string }, maxYears?: number): string => {
  try {
    assertDateRange(range, maxYears);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return (error as Error).message;
  }
  throw new Error(`${range.from}..${range.to} was accepted`);
};

describe('assertDateRange', () => {
  it('accepts a single day and a range of exactly ten years, both ends included', () => {
    expect(() => assertDateRange({ from: '2026-03-01', to: '2026-03-01' })).not.toThrow();
    expect(() => assertDateRange({ from: '2016-01-01', to: '2025-12-31' })).not.toThrow();
    expect(MAX_RANGE_YEARS).toBe(10);
  });

  it('refuses a range that starts after it ends, naming both days', () => {
    expect(refusal({ from: '2026-03-02', to: '2026-03-01' })).toBe(
      'The range starts (2026-03-02) after it ends (2026-03-01)',
    );
  });

  it('refuses a range one day longer than ten years, naming it and the longest range allowed', () => {
    expect(refusal({ from: '2016-01-01', to: '2026-01-01' })).toBe(
      'The range 2016-01-01..2026-01-01 spans more than 10 years; ask for at most 10 years (2016-01-01..2025-12-31)',
    );
  });

  it('ends a range from 29 February on the last day of February', () => {
    expect(() => assertDateRange({ from: '2016-02-29', to: '2026-02-28' })).not.toThrow();
    expect(refusal({ from: '2016-02-29', to: '2026-03-01' })).toMatch(/\(2016-02-29\.\.2026-02-28\)$/);
  });

  it('takes another limit', () => {
    expect(() => assertDateRange({ from: '2025-01-01', to: '2025-12-31' }, 1)).not.toThrow();
    expect(refusal({ from: '2025-01-01', to: '2026-01-01' }, 1)).toMatch(/more than 1 years/);
  });

  it('refuses what is not a real day', () => {
    expect(refusal({ from: '2026-02-30', to: '2026-03-01' })).toMatch(/real day written YYYY-MM-DD, got "2026-02-30"/);
  });

  it('holds at the ends of the calendar', () => {
    expect(() => assertDateRange({ from: '9995-01-01', to: '9999-12-31' })).not.toThrow();
    expect(refusal({ from: '0001-01-01', to: '0095-01-01' })).toMatch(/\(0001-01-01\.\.0010-12-31\)$/);
  });
});
