import { format, isValid, parse } from 'date-fns';
import type { IsoDate } from '../canonical.js';
import { CellValueError } from './cell-value-error.js';
import { parseDay } from './dates.js';

/** A local date-time without a zone, `YYYY-MM-DDTHH:mm:ss`: the wall-clock time as the export wrote it. */
export type LocalDateTime = string;

const REFERENCE_DATE = new Date(2000, 0, 1);

/**
 * A date-time written exactly in one of `patterns` (date-fns tokens, e.g. `M/d/yyyy H:mm`, or a 12-hour clock
 * `MM/dd/yyyy hh:mm:ss a`, where `12:40:16 AM` is 00:40:16 and `AM`/`PM` must be written in capitals), as
 * `YYYY-MM-DDTHH:mm:ss` with no zone: used where an export's time zone is unknown (Meta post times), so the time
 * is kept as written rather than shifted. Strict like `parseDay`: `2/30/2025 9:00` or `13/1/2025 9:00` fail.
 */
export function parseLocalDateTime(raw: string, patterns: readonly string[]): LocalDateTime {
  const text = raw.trim();
  for (const pattern of patterns) {
    const date = parse(text, pattern, REFERENCE_DATE);
    if (isValid(date) && format(date, pattern) === text) return format(date, "yyyy-MM-dd'T'HH:mm:ss");
  }
  throw new CellValueError(`"${raw}" is not a real date and time (expected ${describe(patterns)})`);
}

/**
 * A day written in one of `patterns` (tried in order, each strict), e.g. `M/d/yyyy` and `MM/dd/yyyy` for
 * month-first days. A day none of them reads fails with `expected`, by default the patterns themselves.
 */
export function parseDayIn(raw: string, patterns: readonly string[], expected = describe(patterns)): IsoDate {
  for (const pattern of patterns) {
    try {
      return parseDay(raw, pattern);
    } catch (error) {
      if (!(error instanceof CellValueError)) throw error;
    }
  }
  throw new CellValueError(`"${raw}" is not a real day (expected ${expected})`);
}

/**
 * Patterns as people read them: upper case (`M/D/YYYY H:MM`), except a 12-hour clock, which keeps its lower-case
 * hour and names its marker (`MM/DD/YYYY hh:MM:SS AM/PM`), so that it is not taken for a 24-hour one.
 */
function describe(patterns: readonly string[]): string {
  return patterns
    .map((pattern) =>
      pattern
        .replaceAll("'", '')
        .replace(/[^h]+/g, (part) => part.toUpperCase())
        .replace(/A+/g, 'AM/PM'),
    )
    .join(' or ');
}
