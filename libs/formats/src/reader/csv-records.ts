import { parse, type CsvError } from 'csv-parse';
import type { Delimiter } from './delimiter.js';

/** One CSV record and the 1-based line of the file where it starts (quoted newlines make records span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
  /** Set on a file's last record when no line break ends it: the file may have been cut short inside it. */
  unterminated?: true;
}

/**
 * The CSV breaks at `line` (a quote that never closes, a record too long to be a row of an export): nothing from
 * there on can be read. `cell` is the 0-based index of the cell where it breaks, when known.
 */
export class MalformedCsvError extends Error {
  override readonly name = 'MalformedCsvError';

  constructor(
    readonly line: number,
    readonly cell: number | null,
    reason: string,
    cause?: Error,
  ) {
    super(`The file cannot be read from line ${line} on: ${reason}`, { cause });
  }
}

/**
 * A record longer than this is no row of an export (a row of 16,384 columns — Excel's most — averages 64
 * characters a cell): reading stops there, so that a 20 MB line or a quote that never closes never fills memory.
 * A cell longer than `MAX_CELL_CHARS` in a shorter record only costs its row (row-cells.ts).
 */
export const MAX_RECORD_CHARS = 1_048_576;
/** Mixed line ends occur in files edited by hand or concatenated: every one ends a record, `\r\n` counting once. */
const RECORD_DELIMITERS = ['\r\n', '\n', '\r'];

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
    record_delimiter: RECORD_DELIMITERS,
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
  /** The text of the record being read: what the parser holds, so that its length can be bounded. */
  let pending = '';
  /** The records the parser holds, numbered; stops at a malformed record, returning those before it. */
  const take = (): CsvRecord[] => {
    const batch: CsvRecord[] = [];
    let consumed = 0;
    for (let next = parser.read() as RawRecord | null; next !== null; next = parser.read() as RawRecord | null) {
      if (isSkippedBefore(skipped, count)) break;
      const record: CsvRecord = { line, cells: next.record };
      consumed += next.raw.length;
      const last = next.raw.charCodeAt(next.raw.length - 1);
      // csv-parse leaves the `\n` of a `\r\n` out of the raw text.
      if (last === CARRIAGE_RETURN && pending.charCodeAt(consumed) === LINE_FEED) consumed += 1;
      else if (last !== LINE_FEED && last !== CARRIAGE_RETURN) record.unterminated = true;
      batch.push(record);
      line += lineBreaks(next.raw);
      count += 1;
    }
    pending = pending.slice(consumed);
    return batch;
  };
  try {
    // The parser is driven by hand, a chunk at a time, and emptied after each: no record waits in a stream buffer,
    // and no record costs an `await`.
    for await (const chunk of text) {
      pending += chunk;
      parser.write(chunk);
      const batch = take();
      if (batch.length > 0) yield batch;
      throwIfFailed(failure, skipped, count, line);
      if (pending.length > MAX_RECORD_CHARS) throw tooLong(line, pending, delimiter);
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
  if (first && isSkippedBefore(skipped, count)) {
    const cell = typeof first.error.index === 'number' ? first.error.index : null;
    throw new MalformedCsvError(line, cell, first.error.message, first.error);
  }
  if (failure) throw failure;
}

/** The record starting at `line` has passed the limit; `text` is what has been read of it. */
function tooLong(line: number, text: string, delimiter: Delimiter): MalformedCsvError {
  const reason = `the row is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters, which no export's rows are`;
  return new MalformedCsvError(line, cellReached(text, delimiter), reason);
}

/**
 * The cell a record's text has reached, counting the delimiters outside quotes (each `"` toggles, which reads
 * RFC 4180 quoting exactly; a stray quote inside an unquoted cell may shift it: it only names a column in a message).
 */
function cellReached(text: string, delimiter: Delimiter): number {
  const delimiterCode = delimiter.charCodeAt(0);
  let quoted = false;
  let cell = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) quoted = !quoted;
    else if (code === delimiterCode && !quoted) cell += 1;
  }
  return cell;
}

/** Line breaks in a record's raw text, `\r\n` counting once: a loop, since a regular expression match allocates. */
function lineBreaks(raw: string): number {
  // Most records are one line ending in `\n`: two native searches answer for them faster than the loop.
  if (raw.length > 0 && raw.indexOf('\n') === raw.length - 1 && !raw.includes('\r')) return 1;
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
const QUOTE = 34;
