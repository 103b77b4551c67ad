import type { ImportHints, IsoDate } from '../canonical.js';
import { CellValueError } from './cell-value-error.js';
import { parseDay } from './dates.js';

/**
 * Days written without a year (TikTok Studio: `"August 31"`, `"31 de julho"`) and the rules that give them one
 * (docs/FORMATS.md §2.7). The year comes from a reference day: the upload's `exportedOn` field, else the upload day.
 */

/** A day of a month, not yet placed in a year. */
export interface MonthDay {
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

/**
 * Month names as they appear in exports, lower-case and without accents: one map per language, so that a new
 * language is a data change. Abbreviations are listed with the full names.
 */
const MONTH_NAMES: Record<string, readonly (readonly string[])[]> = {
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  es: [
    ['enero', 'ene'],
    ['febrero', 'feb'],
    ['marzo', 'mar'],
    ['abril', 'abr'],
    ['mayo', 'may'],
    ['junio', 'jun'],
    ['julio', 'jul'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre', 'sep', 'sept', 'set'],
    ['octubre', 'oct'],
    ['noviembre', 'nov'],
    ['diciembre', 'dic'],
  ],
  pt: [
    ['janeiro', 'jan'],
    ['fevereiro', 'fev'],
    ['marco', 'mar'],
    ['abril', 'abr'],
    ['maio', 'mai'],
    ['junho', 'jun'],
    ['julho', 'jul'],
    ['agosto', 'ago'],
    ['setembro', 'set'],
    ['outubro', 'out'],
    ['novembro', 'nov'],
    ['dezembro', 'dez'],
  ],
};

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  Object.values(MONTH_NAMES).flatMap((months) =>
    months.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
  ),
);

/** `August 31`, `Aug. 31` (month first) or `31 de julho`, `31 julio` (day first). */
const MONTH_FIRST = /^(\p{L}+)\.?\s+(\d{1,2})$/u;
const DAY_FIRST = /^(\d{1,2})\s+(?:de\s+)?(\p{L}+)\.?$/u;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** How far back a day may be placed: far enough to reach a leap year for February 29. */
const MAX_YEARS_BACK = 8;

export function parseMonthDay(raw: string): MonthDay {
  const text = raw.trim();
  const monthFirst = MONTH_FIRST.exec(text);
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(text);
  const [monthName, dayText] = monthFirst ? [monthFirst[1], monthFirst[2]] : [dayFirst?.[2], dayFirst?.[1]];
  const month = monthName === undefined ? undefined : MONTH_BY_NAME.get(foldMonthName(monthName));
  const day = Number(dayText);
  if (month === undefined || !(day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0))) {
    throw new CellValueError(`"${raw}" is not a day of a month (expected e.g. "August 31" or "31 de julho")`);
  }
  return { month, day };
}

/** The day yearless dates are placed against: the upload's `exportedOn` (`YYYY-MM-DD`), else today (UTC). */
export function referenceDay(hints: ImportHints, today: Date = new Date()): IsoDate {
  if (hints.exportedOn !== undefined) return parseDay(hints.exportedOn, 'yyyy-MM-dd');
  return today.toISOString().slice(0, 10);
}

/** A post's day (in no order relative to other rows): the latest year that does not put it after the reference day. */
export function latestDayNotAfter(monthDay: MonthDay, reference: IsoDate): IsoDate {
  const referenceYear = Number(reference.slice(0, 4));
  for (let year = referenceYear; year >= referenceYear - MAX_YEARS_BACK; year -= 1) {
    const day = isoDay(year, monthDay);
    if (day !== null && day <= reference) return day;
  }
  throw new CellValueError(`${monthName(monthDay)} cannot be placed in a year before ${reference}`);
}

/**
 * The days of a daily series in date order (docs/FORMATS.md §2.7): the last row takes the latest year that does not put
 * it after the reference day; reading upwards, the year steps back by one each time the calendar jumps forward
 * (January back to December, or across a gap of missing days over New Year). Each entry is a day, or a message
 * saying why that row has none (February 29 landing in a common year).
 */
export function placeDailySeries(
  monthDays: readonly MonthDay[],
  reference: IsoDate,
): Array<{ day: IsoDate } | { problem: string }> {
  const placed: Array<{ day: IsoDate } | { problem: string }> = new Array(monthDays.length);
  const last = monthDays.at(-1);
  if (!last) return placed;
  let year = Number(latestYearFor(last, reference));
  for (let index = monthDays.length - 1; index >= 0; index -= 1) {
    const monthDay = monthDays[index] as MonthDay;
    const below = monthDays[index + 1];
    if (below && calendarOrder(monthDay) > calendarOrder(below)) year -= 1;
    const day = isoDay(year, monthDay);
    placed[index] = day === null ? { problem: `${monthName(monthDay)} does not exist in ${year}` } : { day };
  }
  return placed;
}

function latestYearFor(monthDay: MonthDay, reference: IsoDate): string {
  const year = Number(reference.slice(0, 4));
  const sameYear = `${year}-${pad(monthDay.month)}-${pad(monthDay.day)}`;
  return String(sameYear <= reference ? year : year - 1);
}

function calendarOrder({ month, day }: MonthDay): number {
  return month * 100 + day;
}

function isoDay(year: number, { month, day }: MonthDay): IsoDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date.toISOString().slice(0, 10) : null;
}

function monthName({ month, day }: MonthDay): string {
  const name = MONTH_NAMES.en?.[month - 1]?.[0] ?? String(month);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${day}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function foldMonthName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
