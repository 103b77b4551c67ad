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

interface RawRecord {
  record: string[];
  raw: string;
}

/**
 * Every record of the text, blank lines included (as one empty cell), so that line numbers count every line
 * of the file. The line is counted from the raw text of the records before it, not from csv-parse's `info.lines`,
 * which reports where a record ends. Records before a malformed one are all yielded before it throws.
 */
export async function* readCsvRecords(text: AsyncIterable<string>, delimiter: Delimiter): AsyncGenerator<CsvRecord> {
  for await (const batch of readCsvRecordBatches(text, delimiter)) for (const record of batch) yield record;
}

/**
 * `readCsvRecords` a text chunk at a time: the records each chunk completes, as one array. Readers pass records on
 * in these batches, because an `await` per record per layer costs more than the work done on most records.
 */
export async function* readCsvRecordBatches(
  text: AsyncIterable<string>,
  delimiter: Delimiter,
): AsyncGenerator<CsvRecord[]> {
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
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  let line = 1;
  let count = 0;
  /** The records the parser holds, numbered; stops at a malformed record, returning those before it. */
  const take = (): CsvRecord[] => {
    const batch: CsvRecord[] = [];
    for (let next = parser.read() as RawRecord | null; next !== null; next = parser.read() as RawRecord | null) {
      if (isSkippedBefore(skipped, count)) break;
      batch.push({ line, cells: next.record });
      line += lineBreaks(next.raw);
      count += 1;
    }
    return batch;
  };
  try {
    // The parser is driven by hand, a chunk at a time, and emptied after each: no record waits in a stream buffer,
    // and no record costs an `await`.
    for await (const chunk of text) {
      parser.write(chunk);
      const batch = take();
      if (batch.length > 0) yield batch;
      throwIfFailed(failure, skipped, count, line);
    }
    await new Promise<void>((resolve) => parser.end(() => resolve()));
    const batch = take();
    if (batch.length > 0) yield batch;
    throwIfFailed(failure, skipped, count, line);
  } finally {
    parser.destroy();
  }
}

export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function isSkippedBefore(skipped: readonly SkippedRecord[], count: number): boolean {
  const first = skipped[0];
  return first !== undefined && first.recordsBefore <= count;
}

/** After the records before it: the malformed record (at `line`), else a failure of the parser itself. */
function throwIfFailed(failure: Error | undefined, skipped: readonly SkippedRecord[], count: number, line: number) {
  const first = skipped[0];
  if (first && isSkippedBefore(skipped, count)) throw new MalformedCsvError(line, first.error);
  if (failure) throw failure;
}

/** Line breaks in a record's raw text, `\r\n` counting once: a loop, since a regular expression match allocates. */
function lineBreaks(raw: string): number {
  let breaks = 0;
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code === LINE_FEED) breaks += 1;
    else if (code === CARRIAGE_RETURN) {
      breaks += 1;
      if (raw.charCodeAt(index + 1) === LINE_FEED) index += 1;
    }
  }
  return breaks;
}

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
