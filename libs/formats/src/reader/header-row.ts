import { isBlankRecord, type CsvRecord } from './csv-records.js';
import { normalizeHeader } from './header-names.js';

export const HEADER_SEARCH_ROWS = 40;
const MIN_KNOWN_HEADERS = 2;

/**
 * Index of the header among the first records (docs/FORMATS.md §0 step 4): the first with at least two known
 * header names. When none has, the first non-blank record, so that a failed detection can still say what
 * columns the file has; -1 when there is none at all.
 */
export function findHeaderRow(records: readonly CsvRecord[], knownHeaders: ReadonlySet<string>): number {
  const searched = records.slice(0, HEADER_SEARCH_ROWS);
  const known = searched.findIndex((record) => countKnown(record.cells, knownHeaders) >= MIN_KNOWN_HEADERS);
  return known >= 0 ? known : searched.findIndex((record) => !isBlankRecord(record.cells));
}

function countKnown(cells: readonly string[], knownHeaders: ReadonlySet<string>): number {
  return cells.filter((cell) => knownHeaders.has(normalizeHeader(cell))).length;
}
