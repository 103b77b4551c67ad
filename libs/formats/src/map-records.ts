import type { CanonicalRow, ParseEvent, RowError } from './canonical.js';
import { mapColumns, repeatedColumns, type Column, type ColumnMap } from './columns.js';
import type { ParseContext } from './format.js';
import type { CsvRecord } from './reader/csv-records.js';
import { RowCells } from './row-cells.js';

/** Turns one record into one canonical row; returns null when a required value is missing (already reported). */
export type RecordMapper<Required extends string, Optional extends string> = (
  cells: RowCells,
  columns: ColumnMap<Required, Optional>,
  context: ParseContext,
) => CanonicalRow | null;

/**
 * The parse loop of a one-record-one-row format: each bad cell becomes one `error` event; a row becomes a `row`
 * event unless a value that places it was missing or wrong (`RowCells.rejected`), so that one bad measure never
 * costs the row's other figures. A header without the required columns (possible when the upload names the
 * format), or with a column it reads twice, fails the file at the header line.
 */
export async function* mapRecords<Required extends string, Optional extends string>(
  records: AsyncIterable<CsvRecord>,
  context: ParseContext,
  columns: { required: readonly Required[]; optional: readonly Optional[] },
  toRow: RecordMapper<Required, Optional>,
): AsyncGenerator<ParseEvent> {
  const { header } = context.table;
  const mapping = mapColumns(header.cells, columns.required, columns.optional);
  if (!mapping.ok) {
    yield {
      type: 'error',
      error: { row: header.line, column: null, message: `missing columns: ${mapping.missing.join(', ')}` },
    };
    return;
  }
  const repeated = repeatedColumns(header.cells, [...columns.required, ...columns.optional]);
  if (repeated.length > 0) {
    for (const occurrences of repeated) yield { type: 'error', error: describeRepeated(header.line, occurrences) };
    return;
  }
  for await (const record of records) {
    const cells = new RowCells(record, context.table.decimalMark);
    const row = toRow(cells, mapping.columns, context);
    for (const error of cells.errors) yield { type: 'error', error };
    if (row && !cells.rejected) yield { type: 'row', row };
  }
}

function describeRepeated(line: number, columns: readonly Column[]): RowError {
  const positions = columns.map((column) => column.index + 1).join(' and ');
  return {
    row: line,
    column: columns[0]!.header,
    message: `The header has ${columns[0]!.header} ${columns.length} times (columns ${positions}): which one to read is unclear, so the file is not read; remove the extra columns`,
  };
}
