import type { CsvError } from 'csv-parse';
import { CsvScanner } from './csv-scanner.js';
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

/**
 * Every record of the text, blank lines included (as one empty cell), so that line numbers count every line
 * of the file, `\r\n` as one. Records before a malformed one are all yielded before it throws.
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
  const scanner = new CsvScanner(delimiter);
  for await (const chunk of text) {
    const records = scanner.write(chunk);
    if (records.length > 0) yield records;
  }
  const { records, malformed } = scanner.end();
  if (records.length > 0) yield records;
  if (malformed) throw new MalformedCsvError(malformed.line, malformed.error);
}

export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
