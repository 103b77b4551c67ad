import type { DateRange } from '../../generated/graphql';

/** Report days are ISO `YYYY-MM-DD` strings in the workspace's time zone; ranges include both ends. */
export const DATE_PRESETS = [7, 30, 90] as const;
export type PresetDays = (typeof DATE_PRESETS)[number];

/** A preset keeps rolling with "today"; a custom range is fixed. */
export type Period = { preset: PresetDays } | { range: DateRange };
export const DEFAULT_PERIOD: Period = { preset: 30 };

const DAY_MS = 86_400_000;

function toUtcMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A real calendar day written `YYYY-MM-DD` (no `2026-02-30`). */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = toUtcMs(value);
  return !Number.isNaN(ms) && fromUtcMs(ms) === value;
}

export function addDays(day: string, days: number): string {
  return fromUtcMs(toUtcMs(day) + days * DAY_MS);
}

/** Today's date as the workspace sees it. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function lastDays(days: number, endDay: string): DateRange {
  return { from: addDays(endDay, 1 - days), to: endDay };
}

export function dayCount(range: DateRange): number {
  return Math.round((toUtcMs(range.to) - toUtcMs(range.from)) / DAY_MS) + 1;
}

/** The period of equal length that ends the day before `range` starts. */
export function previousPeriod(range: DateRange): DateRange {
  return lastDays(dayCount(range), addDays(range.from, -1));
}

export function resolvePeriod(period: Period, today: string): DateRange {
  return 'preset' in period ? lastDays(period.preset, today) : period.range;
}

/** A new start day; the end moves along when it would fall before the start. */
export function withFrom(range: DateRange, from: string): DateRange {
  return { from, to: range.to < from ? from : range.to };
}

/** A new end day; the start moves along when it would fall after the end. */
export function withTo(range: DateRange, to: string): DateRange {
  return { from: range.from > to ? to : range.from, to };
}

/** "Nov 1 – 30, 2026" in the reader's locale. */
export function formatPeriod(range: DateRange, locale?: string): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return format.formatRange(toUtcMs(range.from), toUtcMs(range.to));
}

export function formatDay(day: string, options: Intl.DateTimeFormatOptions, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(toUtcMs(day));
}

/** The same day `years` years away; Feb 29 becomes Feb 28 in a year without it. */
export function shiftYears(day: string, years: number): string {
  const shifted = `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;
  return isDay(shifted) ? shifted : shifted.replace(/-29$/, '-28');
}

/** The same dates a year earlier: a season against the same season. */
export function previousYear(range: DateRange): DateRange {
  return { from: shiftYears(range.from, -1), to: shiftYears(range.to, -1) };
}

/** The earlier of two days. */
export function earlierDay(a: string, b: string): string {
  return a < b ? a : b;
}
