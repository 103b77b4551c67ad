import type { Granularity } from '../../generated/graphql';
import { addDays, formatDay } from './date-range.util';

export const GRANULARITY_LABELS: Readonly<Record<Granularity, string>> = { DAY: 'Day', WEEK: 'Week', MONTH: 'Month' };

export function formatSeriesPeriod(period: string, granularity: Granularity, locale?: string): string {
  switch (granularity) {
    case 'DAY':
      return formatDay(period, { month: 'short', day: 'numeric' }, locale);
    case 'WEEK':
      return `Week of ${formatDay(period, { month: 'short', day: 'numeric' }, locale)}`;
    case 'MONTH':
      return formatDay(period, { month: 'short', year: 'numeric' }, locale);
  }
}

/** The last day of the period that starts on `period`: itself, the Sunday after a Monday, the month's end. */
export function periodEnd(period: string, granularity: Granularity): string {
  switch (granularity) {
    case 'DAY':
      return period;
    case 'WEEK':
      return addDays(period, 6);
    case 'MONTH':
      return addDays(`${nextMonth(period)}-01`, -1);
  }
}

function nextMonth(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * The index of the first period not over by `lastDay` (the range's end, or the last day with data if sooner), or
 * null: a week or month cut short would read as a drop, so charts shade it.
 */
export function unfinishedFrom(periods: readonly string[], granularity: Granularity, lastDay: string): number | null {
  const index = periods.findIndex((period) => periodEnd(period, granularity) > lastDay);
  return index < 0 ? null : index;
}
