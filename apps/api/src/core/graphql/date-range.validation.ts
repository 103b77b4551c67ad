import { BadRequestException } from '@nestjs/common';
import { parseIsoDay } from './date.scalar.js';

/** The longest range a query answers by default: reports cover years, not centuries (and SQL series stay bounded). */
export const MAX_RANGE_YEARS = 10;

/**
 * Refuses (BadRequestException → BAD_USER_INPUT) a `DateRange` that is not real days, starts after it ends, or spans
 * more than `maxYears` years. Both ends are included, so `2016-01-01..2025-12-31` is exactly 10 years and
 * `2016-01-01..2026-01-01` one day more. A range from 29 February ends at the latest the day before 1 March of the last
 * year.
 */
export function assertDateRange(range: { from: string; to: string }, maxYears = MAX_RANGE_YEARS): void {
  const from = parseIsoDay(range.from);
  const to = parseIsoDay(range.to);
  if (from > to) throw new BadRequestException(`The range starts (${from}) after it ends (${to})`);
  const lastDay = lastDayWithin(from, maxYears);
  if (utcDay(to) > lastDay) {
    const until = lastDay.toISOString().slice(0, 10);
    throw new BadRequestException(
      `The range ${from}..${to} spans more than ${maxYears} years; ask for at most ${maxYears} years (${from}..${until})`,
    );
  }
}

/** The last day of the `years` years that start on `from`. */
function lastDayWithin(from: string, years: number): Date {
  const end = utcDay(from);
  // setUTCFullYear, unlike Date.UTC, reads years 0–99 as themselves.
  end.setUTCFullYear(end.getUTCFullYear() + years, end.getUTCMonth(), end.getUTCDate() - 1);
  return end;
}

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
