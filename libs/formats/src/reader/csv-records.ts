import Papa from 'papaparse';
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
  ) {
    super(`The file cannot be read from line ${line} on: ${reason}`);
  }
}

/**
 * A record longer than this is no row of an export (a row of 16,384 columns — Excel's most — averages 64
 * characters a cell): reading stops there, so that a 20 MB line or a quote that never closes never fills memory.
 * A cell longer than `MAX_CELL_CHARS` in a shorter record only costs its row (row-cells.ts).
 */
export const MAX_RECORD_CHARS = 1_048_576;

/** Why Papa Parse set a record aside, in the words of this module's errors. */
const QUOTE_ERRORS: Record<string, string> = {
  MissingQuotes: 'a quoted cell never closes its quote',
  InvalidQuotes: 'a quoted cell goes on after its closing quote',
};

/**
 * Every record of the text, blank lines included (as one empty cell), so that line numbers count every line
 * of the file. Records before a malformed one are all yielded before it throws.
 */
export async function* readCsvRecords(text: AsyncIterable<string>, delimiter: Delimiter): AsyncGenerator<CsvRecord> {
  for await (const batch of readCsvRecordBatches(text, delimiter)) for (const record of batch) yield record;
}

/**
 * `readCsvRecords` a text chunk at a time: the records each chunk completes, as one array. Readers pass records on
 * in these batches, because an `await` per record per layer costs more than the work done on most records.
 *
 * Papa Parse reads the records (README, "Dependencies": 4–5 times csv-parse's speed on exports, measured record by
 * record): its parser is given the text after the last complete record plus each new chunk, and holds nothing
 * itself. Mixed line ends occur in files edited by hand or concatenated: every `\r\n`, `\n` and `\r` ends a record
 * (`\r\n` once), so they are read as `\n` before parsing, inside quoted cells too.
 */
export async function* readCsvRecordBatches(
  text: AsyncIterable<string>,
  delimiter: Delimiter,
): AsyncGenerator<CsvRecord[]> {
  const parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' });
  const lineFeeds = lineFeedsOf();
  let line = 1;
  /** The text of the record being read, which no line end has completed yet. */
  let pending = '';
  /** Parses `input` (the pending text and what follows it), keeping the text of a last record not yet complete. */
  const take = (input: string, final: boolean): { batch: CsvRecord[]; failure?: MalformedCsvError } => {
    const { data, errors, meta } = parser.parse(input, 0, !final) as Papa.ParseResult<string[]>;
    // An error in the last, incomplete record is read again with the rest of it.
    const broken = errors.find((error) => error.row !== undefined && error.row < data.length);
    // A record can pass the limit only in a text longer than it.
    const long = input.length > MAX_RECORD_CHARS ? firstTooLong(data) : undefined;
    const end = Math.min(broken?.row ?? data.length, long?.row ?? data.length);
    const batch: CsvRecord[] = [];
    // Only a quoted cell holds a line end: without a quote, each record is one line.
    const quoted = input.includes('"');
    for (let index = 0; index < end; index++) {
      const cells = data[index]!;
      batch.push({ line, cells });
      line += quoted ? 1 + lineFeedsIn(cells) : 1;
    }
    pending = final ? '' : input.slice(meta.cursor);
    if (long?.row === end) return { batch, failure: tooLong(line, long.cell) };
    if (broken?.row !== end) return { batch };
    const cell = end === 0 ? cellReached(input, delimiter) : null;
    return { batch, failure: new MalformedCsvError(line, cell, QUOTE_ERRORS[broken.code] ?? broken.message) };
  };
  for await (const chunk of text) {
    const added = lineFeeds(chunk);
    // Without a line end the chunk completes no record: it waits with the pending text.
    if (!added.includes('\n')) pending += added;
    else yield* passOn(take(pending + added, false));
    if (pending.length > MAX_RECORD_CHARS) throw tooLong(line, cellReached(pending, delimiter));
  }
  // A `\r` the text ends with ends its last record.
  const lastLineEnd = lineFeeds('', true);
  if (lastLineEnd !== '') yield* passOn(take(pending + lastLineEnd, false));
  if (pending === '') return;
  // The file ends inside its last record (no line break after it): it may have been cut short there.
  const ending = take(pending, true);
  const last = ending.batch[ending.batch.length - 1];
  if (last) last.unterminated = true;
  yield* passOn(ending);
}

/** A parse's records, if any, then its failure. */
function* passOn({ batch, failure }: { batch: CsvRecord[]; failure?: MalformedCsvError }): Generator<CsvRecord[]> {
  if (batch.length > 0) yield batch;
  if (failure) throw failure;
}

/**
 * Turns each chunk's `\r\n` and `\r` into `\n`. A chunk ending in `\r` keeps it for the next, which may begin with
 * its `\n`; `end` gives it back as a line end.
 */
function lineFeedsOf(): (chunk: string, end?: boolean) => string {
  let carriageReturn = false;
  return (chunk, end = false) => {
    let text = carriageReturn ? `\r${chunk}` : chunk;
    carriageReturn = !end && text.endsWith('\r');
    if (carriageReturn) text = text.slice(0, -1);
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  };
}

/** Line ends inside a record's quoted cells. */
function lineFeedsIn(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) count += 1;
  return count;
}

export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** The record starting at `line` has passed the limit in its cell `cell`. */
function tooLong(line: number, cell: number): MalformedCsvError {
  const reason = `the row is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters, which no export's rows are`;
  return new MalformedCsvError(line, cell, reason);
}

/** The first record whose cells pass `MAX_RECORD_CHARS` (a delimiter counted after each), and the cell that does. */
function firstTooLong(records: readonly string[][]): { row: number; cell: number } | undefined {
  for (let row = 0; row < records.length; row++) {
    const cells = records[row]!;
    let length = 0;
    for (let cell = 0; cell < cells.length; cell++) {
      length += cells[cell]!.length + 1;
      if (length > MAX_RECORD_CHARS) return { row, cell };
    }
  }
  return undefined;
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

const QUOTE = 34;
