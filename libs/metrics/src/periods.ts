/** The periods a series can be cut into; the names are also Postgres `date_trunc` units. */
export type PeriodUnit = 'day' | 'week' | 'month';

const DAY_MS = 86_400_000;

/**
 * How many days, ISO weeks (Monday first) or calendar months the days `from..to` (`YYYY-MM-DD`, both included)
 * touch: the points of a series over them.
 */
export function periodCount(from: string, to: string, unit: PeriodUnit): number {
  if (unit === 'month') return monthNumber(to) - monthNumber(from) + 1;
  const days = dayNumber(to) - dayNumber(from);
  if (unit === 'day') return days + 1;
  return Math.floor((days + daysSinceMonday(from)) / 7) + 1;
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

function daysSinceMonday(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function monthNumber(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
}
