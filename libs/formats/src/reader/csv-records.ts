import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError } from 'csv-parse';
import type { Delimiter } from './delimiter.js';

/** One CSV record and the 1-based line of the file where it starts (quoted newlines make records span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** The CSV breaks at `line` (in practice a quote that never closes): nothing from there on can be read. */
export class MalformedCsvError extends Error {
  override readonly name = 'MalformedCsvError';

  constructor(
    readonly line: number,
    cause: CsvError,
  ) {
    super(`The file cannot be read from line ${line} on: ${cause.message}`, { cause });
  }
}

interface SkippedRecord {
  recordsBefore: number;
  error: CsvError;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Every record of the text, blank lines included (as one empty cell), so that line numbers count every line
 * of the file. The line is counted from the raw text of the records before it, not from csv-parse's `info.lines`,
 * which reports where a record ends. Records before a malformed one are all yielded before it throws.
 */
export async function* readCsvRecords(text: AsyncIterable<string>, delimiter: Delimiter): AsyncGenerator<CsvRecord> {
  const skipped: SkippedRecord[] = [];
  const parser = parse({
    delimiter,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    // A malformed record is collected rather than thrown, because a thrown error would discard the good
    // records still buffered before it.
    skip_records_with_error: true,
    on_skip: (error) => void (error && skipped.push({ recordsBefore: parser.info.records, error })),
  });
  // The loop below surfaces the source's errors; a rejection here only means that reading stopped early.
  pipeline(Readable.from(text), parser).catch(() => undefined);
  let line = 1;
  let count = 0;
  for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
    throwIfSkippedBefore(skipped, count, line);
    yield { line, cells: record };
    line += raw.match(LINE_BREAK)?.length ?? 0;
    count += 1;
  }
  throwIfSkippedBefore(skipped, count, line);
}

export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function throwIfSkippedBefore(skipped: readonly SkippedRecord[], count: number, line: number): void {
  const first = skipped[0];
  if (first && first.recordsBefore <= count) throw new MalformedCsvError(line, first.error);
}
