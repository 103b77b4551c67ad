import type { CsvRecord } from './csv-records.js';
import { findHeaderRow } from './header-row.js';
import { decideDecimalMark, type DecimalMark } from './numbers.js';

/** The rows around a table's header: what formats look at to recognise a file. */
export interface TableHead {
  /** Records above the header (title, date range, metric name, `sep=` line), blank lines left out. */
  preamble: CsvRecord[];
  header: CsvRecord;
  /** The first non-blank records below the header, footers included. */
  records: CsvRecord[];
  decimalMark: DecimalMark;
}

/** How many records below the header a head keeps. */
export const HEAD_RECORDS = 20;

/**
 * The table among the first non-blank records of a CSV, a TSV or a sheet: its header (docs/FORMATS.md §0 step 4),
 * what lies above it and the first records below it; null when there are no records at all.
 */
export function tableHead(
  leading: CsvRecord[],
  knownHeaders: ReadonlySet<string>,
  fallbackDecimalMark: DecimalMark,
): TableHead | null {
  const headerIndex = findHeaderRow(leading, knownHeaders);
  const header = leading[headerIndex];
  if (!header) return null;
  const records = leading.slice(headerIndex + 1, headerIndex + 1 + HEAD_RECORDS);
  const decimalMark = decideDecimalMark(
    records.flatMap((record) => record.cells),
    fallbackDecimalMark,
  );
  return { preamble: leading.slice(0, headerIndex), header, records, decimalMark };
}
