import type { Column } from '../columns.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { cellValue } from '../reader/empty-cell.js';
import type { TableHead } from '../reader/file-head.js';
import { normalizeHeader } from '../reader/header-names.js';

/**
 * What the legacy Facebook Page Insights exports (page-level and post-level, docs/FORMATS.md §2.2) share: row 2
 * describes each column (`Lifetime: The total number of people your Page post was served to. (Unique Users)`),
 * and a header name can appear twice, once counting people `(Unique Users)` and once counting events
 * `(Total Count)`, which only that description row tells apart.
 */

export type LegacyUnit = 'Unique Users' | 'Total Count';

export interface LegacyColumnWish {
  header: string;
  /** Which of two same-named columns to take; a header that appears once is taken whatever it counts. */
  unit: LegacyUnit;
}

const DESCRIPTION = /^(?:lifetime|daily|weekly|28 days|monthly)\s*:/i;

/**
 * `Posted` of the post-level file, each pattern exact (date-fns tokens, no guessing), all month-first:
 * - `01/19/2017 09:03:47 AM`: the download itself (quoted, zero-padded 12-hour clock with seconds; `12:40:16 AM`
 *   is 00:40:16), seen in real 2016–2017 exports;
 * - `10/1/2015 21:00`: the same file re-saved by Excel (`m/d/yyyy h:mm`), and its zero-padded form;
 * - `2015-10-01 21:00:00`: a date cell of an `.xlsx` export, as the workbook reader writes it (unverified).
 * The time zone is not stated, so times are kept as written (a local timestamp), never shifted.
 */
export const LEGACY_POST_TIME_PATTERNS = [
  'MM/dd/yyyy hh:mm:ss a',
  'M/d/yyyy H:mm',
  'MM/dd/yyyy HH:mm',
  'yyyy-MM-dd HH:mm:ss',
] as const;

/** The description row (row 2): every value in it starts with `Lifetime:`/`Daily:`/`Weekly:`/`28 Days:`. */
export function descriptionRow(table: TableHead): CsvRecord | null {
  const [first] = table.records;
  if (!first) return null;
  const values = first.cells.map(cellValue).filter((value) => value !== null);
  return values.length > 0 && values.every((value) => DESCRIPTION.test(value)) ? first : null;
}

/** Finds each wished column; among same-named columns, the one whose description ends with the wished unit. */
export function legacyColumns<Name extends string>(
  table: TableHead,
  description: CsvRecord | null,
  wishes: Record<Name, LegacyColumnWish>,
): Partial<Record<Name, Column>> {
  const header = table.header.cells;
  const found: Partial<Record<Name, Column>> = {};
  for (const name of Object.keys(wishes) as Name[]) {
    const wish = wishes[name];
    const indexes = header.flatMap((cell, index) =>
      normalizeHeader(cell) === normalizeHeader(wish.header) ? [index] : [],
    );
    const counting = indexes.find((index) =>
      (description?.cells[index] ?? '').trim().toLowerCase().endsWith(`(${wish.unit.toLowerCase()})`),
    );
    const index = counting ?? indexes[0];
    const cell = index === undefined ? undefined : header[index];
    if (index !== undefined && cell !== undefined) found[name] = { index, header: cell.trim() };
  }
  return found;
}
