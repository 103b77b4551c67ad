import { format, isValid, parse } from 'date-fns';
import type { IsoDate } from '../canonical.js';
import { CellValueError } from './cell-value-error.js';
import { remembering } from './remembering.js';

/** date-fns takes the fields a pattern lacks from here; a day pattern lacks none. */
const REFERENCE_DATE = new Date(2000, 0, 1);
/** A file repeats the same few hundred days over millions of rows, and date-fns parsing is slow. */
const MAX_REMEMBERED_DAYS = 10_000;
/**
 * No platform reported social results before 2000 (Facebook opened in 2004): an earlier day is a misread, such as
 * a two-digit year or a spreadsheet's day zero (1899-12-30), never a day to store.
 */
export const FIRST_REPORTED_DAY = '2000-01-01';
/** Per pattern: raw text → the day, or null for a text that is no day. */
const dayReaders = new Map<string, (raw: string) => IsoDate | null>();

/**
 * A calendar day written exactly in `pattern` (date-fns tokens, e.g. `yyyy-MM-dd`, `M/d/yyyy`), as `YYYY-MM-DD`.
 * Never a "smart" parse (docs/FORMATS.md §0 step 8): `2025-3-1` or `2025-02-30` are rejected, not guessed.
 */
export function parseDay(raw: string, pattern: string): IsoDate {
  let readDayIn = dayReaders.get(pattern);
  if (!readDayIn) {
    readDayIn = remembering((text) => readDay(text.trim(), pattern), MAX_REMEMBERED_DAYS);
    dayReaders.set(pattern, readDayIn);
  }
  const day = readDayIn(raw);
  if (!day) throw new CellValueError(`"${raw}" is not a real day (expected ${pattern.toUpperCase()})`);
  if (day < FIRST_REPORTED_DAY) {
    throw new CellValueError(`"${raw}" is before ${FIRST_REPORTED_DAY}, earlier than any platform reports`);
  }
  return day;
}

function readDay(text: string, pattern: string): IsoDate | null {
  const date = parse(text, pattern, REFERENCE_DATE);
  return isValid(date) && format(date, pattern) === text ? format(date, 'yyyy-MM-dd') : null;
}
