import type { ImportHints, ParseEvent, RowError } from './canonical.js';
import type { ExportFormat } from './format.js';
import { detectFormat, formatById, KNOWN_HEADERS } from './registry.js';
import { MalformedCsvError, type CsvRecord } from './reader/csv-records.js';
import {
  readFileHead,
  readTableRecordBatches,
  withTable,
  type FileHead,
  type OpenFile,
  type TableHead,
} from './reader/file-head.js';
import { lateDayCheck } from './late-days.js';
import { isFooterRow } from './reader/footer-rows.js';
import { normalizeHeader } from './reader/header-names.js';
import { RepeatedNames } from './repeated-names.js';
import { UnreadableFileError } from './reader/whole-file.js';

/** The file is of no supported format (or the named format does not exist): the import fails with this message. */
export class UnsupportedExportError extends Error {
  override readonly name = 'UnsupportedExportError';
}

export interface IdentifiedExport {
  head: FileHead & { table: TableHead };
  format: ExportFormat;
}

export interface ExportReading extends IdentifiedExport {
  /** Rows, row errors and warnings, streamed from a second read of the file; iterate once. */
  events: AsyncIterable<ParseEvent>;
}

const FOOTER_LINES_SHOWN = 5;

/** The file's format and head, reading only its first rows (a workbook whole). Throws `UnsupportedExportError`. */
export async function identifyExport(
  open: OpenFile,
  fileName: string,
  hints: ImportHints = {},
): Promise<IdentifiedExport> {
  const head = await readFileHead(open, fileName, KNOWN_HEADERS).catch((error: unknown) => {
    if (error instanceof UnreadableFileError) throw new UnsupportedExportError(error.message, { cause: error });
    throw error;
  });
  const choice = hints.format === undefined ? detectFormat(head) : formatById(hints.format);
  if (!choice.ok) throw new UnsupportedExportError(choice.message);
  const selected = selectTable(head, choice.format);
  const table = selected?.table;
  if (!selected || !table) {
    throw new UnsupportedExportError(`"${fileName}" has no table that ${choice.format.label} can read.`);
  }
  return { head: { ...selected, table }, format: choice.format };
}

/** A workbook's or zip's sheet or entry that the format reads (FileHead.tableName); a text file's only table. */
function selectTable(head: FileHead, format: ExportFormat): FileHead | null {
  if (head.container === 'text' || !format.tableName) return head;
  const name = format.tableName(head);
  return name === null ? null : withTable(head, name);
}

/** Identifies the file, then streams its canonical rows: memory stays flat whatever the file's size. */
export async function readExport(open: OpenFile, fileName: string, hints: ImportHints = {}): Promise<ExportReading> {
  const identified = await identifyExport(open, fileName, hints);
  return { ...identified, events: parseExport(open, identified, hints) };
}

async function* parseExport(
  open: OpenFile,
  { head, format }: IdentifiedExport,
  hints: ImportHints,
): AsyncGenerator<ParseEvent> {
  const footerLines: number[] = [];
  const cutShort: CsvRecord[] = [];
  const records = screenRecords(
    readTableRecordBatches(open, head),
    { dimensions: dimensionIndexes(head.table, format), width: head.table.header.cells.length },
    { footerLines, cutShort },
  );
  const names = new RepeatedNames();
  const lateDayError = lateDayCheck(hints.exportedOn);
  // A warning is said once per file, however many sheets or rows raise it.
  const warned = new Set<string>();
  try {
    for await (const event of format.parse(records, {
      fileName: head.fileName,
      hints,
      table: head.table,
      file: { open, head },
    })) {
      if (event.type === 'row') {
        const late = lateDayError(event.row);
        if (late) {
          yield { type: 'error', error: late };
          continue;
        }
        names.distinguish(event.row);
      } else if (event.type === 'warning') {
        if (warned.has(event.message)) continue;
        warned.add(event.message);
      }
      yield event;
    }
  } catch (error) {
    if (error instanceof MalformedCsvError) {
      const column = error.cell === null ? null : columnName(head.table, error.cell);
      yield { type: 'error', error: { row: error.line, column, message: error.message } };
    } else if (error instanceof UnreadableFileError) {
      yield { type: 'error', error: { row: null, column: null, message: error.message } };
    } else throw error;
  }
  for (const record of cutShort) yield { type: 'error', error: describeCutShort(record, head.table) };
  if (footerLines.length > 0) yield { type: 'warning', message: describeFooters(footerLines) };
  const repeated = names.warning;
  if (repeated) yield { type: 'warning', message: repeated };
}

/**
 * The records, one by one, without total and summary rows, nor a last row the file ends inside (fewer cells than
 * the header and no line break after it: a download or copy cut short): the only per-record `await` before the
 * format's. An iterator rather than an async generator: a generator's `yield` costs several promise turns a record,
 * a resolved promise one.
 */
function screenRecords(
  batches: AsyncIterable<CsvRecord[]>,
  table: { dimensions: readonly number[]; width: number },
  left: { footerLines: number[]; cutShort: CsvRecord[] },
): AsyncIterable<CsvRecord> {
  const source = batches[Symbol.asyncIterator]();
  let batch: CsvRecord[] = [];
  let index = 0;
  const kept = (): CsvRecord | undefined => {
    while (index < batch.length) {
      const record = batch[index++]!;
      if (isFooterRow(record.cells, table.dimensions)) left.footerLines.push(record.line);
      else if (record.unterminated && record.cells.length < table.width) left.cutShort.push(record);
      else return record;
    }
    return undefined;
  };
  const fromNextBatch = async (): Promise<IteratorResult<CsvRecord>> => {
    for (let next = await source.next(); !next.done; next = await source.next()) {
      [batch, index] = [next.value, 0];
      const record = kept();
      if (record) return { done: false, value: record };
    }
    return { done: true, value: undefined };
  };
  const records: AsyncIterableIterator<CsvRecord> = {
    next() {
      const record = kept();
      return record ? Promise.resolve({ done: false, value: record }) : fromNextBatch();
    },
    // A format that stops reading early: the reader closes the file.
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => records,
  };
  return records;
}

function describeCutShort(record: CsvRecord, table: TableHead): RowError {
  const width = table.header.cells.length;
  return {
    row: record.line,
    column: columnName(table, record.cells.length),
    message: `The file ends inside this row, after ${record.cells.length} of its ${width} columns: it looks cut short, so the row is not imported`,
  };
}

/** A column's header as written, or its position when the header has no such column. */
function columnName(table: TableHead, index: number): string {
  return table.header.cells[index]?.trim() || `column ${index + 1}`;
}

function dimensionIndexes(table: TableHead, format: ExportFormat): number[] {
  const dimensions = new Set(format.dimensionHeaders.map(normalizeHeader));
  return table.header.cells.flatMap((cell, index) => (dimensions.has(normalizeHeader(cell)) ? [index] : []));
}

function describeFooters(lines: readonly number[]): string {
  const shown = lines.slice(0, FOOTER_LINES_SHOWN).join(', ');
  const more = lines.length > FOOTER_LINES_SHOWN ? ', …' : '';
  const plural = lines.length === 1 ? '' : 's';
  return `Skipped ${lines.length} total or summary row${plural} (line${plural} ${shown}${more}); they are never imported.`;
}
