import { format, isValid, parse } from 'date-fns';
import type { IsoDate } from '../canonical.js';
import { CellValueError } from './cell-value-error.js';

/** date-fns takes the fields a pattern lacks from here; a day pattern lacks none. */
const REFERENCE_DATE = new Date(2000, 0, 1);
/** A file repeats the same few hundred days over millions of rows, and date-fns parsing is slow. */
const MAX_REMEMBERED_DAYS = 10_000;
/** Per pattern, per raw text: the day, or null for a text that is no day. */
const remembered = new Map<string, Map<string, IsoDate | null>>();
let rememberedCount = 0;

/**
 * A calendar day written exactly in `pattern` (date-fns tokens, e.g. `yyyy-MM-dd`, `M/d/yyyy`), as `YYYY-MM-DD`.
 * Never a "smart" parse (FORMATS.md §0 step 8): `2025-3-1` or `2025-02-30` are rejected, not guessed.
 */
export function parseDay(raw: string, pattern: string): IsoDate {
  let day = remembered.get(pattern)?.get(raw);
  if (day === undefined) {
    day = readDay(raw.trim(), pattern);
    remember(pattern, raw, day);
  }
  if (!day) throw new CellValueError(`"${raw}" is not a real day (expected ${pattern.toUpperCase()})`);
  return day;
}

function remember(pattern: string, raw: string, day: IsoDate | null): void {
  if (rememberedCount >= MAX_REMEMBERED_DAYS) {
    remembered.clear();
    rememberedCount = 0;
  }
  let days = remembered.get(pattern);
  if (!days) remembered.set(pattern, (days = new Map()));
  days.set(raw, day);
  rememberedCount += 1;
}

function readDay(text: string, pattern: string): IsoDate | null {
  const date = parse(text, pattern, REFERENCE_DATE);
  return isValid(date) && format(date, pattern) === text ? format(date, 'yyyy-MM-dd') : null;
}
