import { format, isValid, parse } from 'date-fns';
import type { IsoDate } from '../canonical.js';
import { CellValueError } from './cell-value-error.js';

/** date-fns takes the fields a pattern lacks from here; a day pattern lacks none. */
const REFERENCE_DATE = new Date(2000, 0, 1);
/** A file repeats the same few hundred days over millions of rows, and date-fns parsing is slow. */
const MAX_REMEMBERED_DAYS = 10_000;
const remembered = new Map<string, IsoDate | null>();

/**
 * A calendar day written exactly in `pattern` (date-fns tokens, e.g. `yyyy-MM-dd`, `M/d/yyyy`), as `YYYY-MM-DD`.
 * Never a "smart" parse (FORMATS.md §0 step 8): `2025-3-1` or `2025-02-30` are rejected, not guessed.
 */
export function parseDay(raw: string, pattern: string): IsoDate {
  const key = `${pattern}\n${raw}`;
  if (!remembered.has(key)) {
    if (remembered.size >= MAX_REMEMBERED_DAYS) remembered.clear();
    remembered.set(key, readDay(raw.trim(), pattern));
  }
  const day = remembered.get(key);
  if (!day) throw new CellValueError(`"${raw}" is not a real day (expected ${pattern.toUpperCase()})`);
  return day;
}

function readDay(text: string, pattern: string): IsoDate | null {
  const date = parse(text, pattern, REFERENCE_DATE);
  return isValid(date) && format(date, pattern) === text ? format(date, 'yyyy-MM-dd') : null;
}
