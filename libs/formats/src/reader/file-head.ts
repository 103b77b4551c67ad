import type { Readable } from 'node:stream';
import { sniffBytes, type TextEncodingName } from './byte-sniff.js';
import { isBlankRecord, MalformedCsvError, readCsvRecords, type CsvRecord } from './csv-records.js';
import { decodeText } from './decode-text.js';
import { readSepHint, sniffDelimiter, type Delimiter } from './delimiter.js';
import { findHeaderRow, HEADER_SEARCH_ROWS } from './header-row.js';
import { decideDecimalMark, type DecimalMark } from './numbers.js';
import { peekBytes } from './peek-bytes.js';

/** Opens the upload from its start; called once for the head and once more for the rows. */
export type OpenFile = () => Readable;

/** The rows around a table's header: what formats look at to recognise a file. */
export interface TableHead {
  /** Records above the header (title, date range, metric name, `sep=` line), blank lines left out. */
  preamble: CsvRecord[];
  header: CsvRecord;
  /** The first non-blank records below the header, footers included. */
  records: CsvRecord[];
  decimalMark: DecimalMark;
}

export interface TextFileHead {
  container: 'text';
  fileName: string;
  encoding: TextEncodingName;
  delimiter: Delimiter;
  /** Null for a file with no records. */
  table: TableHead | null;
}

/** A workbook or zip: classified by its bytes, not yet read (no format needs them yet). */
export interface BinaryFileHead {
  container: 'zip' | 'xls';
  fileName: string;
  table: null;
}

export type FileHead = TextFileHead | BinaryFileHead;

const SNIFF_BYTES = 64 * 1024;
const HEAD_RECORDS = 20;

/** Reads only as much of the file as it takes to find the header and the records below it. */
export async function readFileHead(
  open: OpenFile,
  fileName: string,
  knownHeaders: ReadonlySet<string>,
): Promise<FileHead> {
  const stream = open();
  try {
    const { sample, chunks } = await peekBytes(stream, SNIFF_BYTES);
    const sniffed = sniffBytes(sample);
    if (sniffed.kind !== 'text') return { container: sniffed.kind, fileName, table: null };
    const { encoding } = sniffed;
    const sampleText = new TextDecoder(encoding).decode(sample);
    const delimiter = readSepHint(sampleText) ?? sniffDelimiter(sampleText);
    const records = readCsvRecords(decodeText(chunks, encoding), delimiter);
    const leading = await takeNonBlank(records, HEADER_SEARCH_ROWS + HEAD_RECORDS);
    return { container: 'text', fileName, encoding, delimiter, table: tableHead(leading, knownHeaders, delimiter) };
  } finally {
    stream.destroy();
  }
}

/** The records below the table's header, blank lines left out, streamed from a fresh read of the file. */
export async function* readTableRecords(open: OpenFile, head: FileHead): AsyncGenerator<CsvRecord> {
  if (head.container !== 'text')
    throw new Error(`${head.fileName}: reading ${head.container} files is not supported yet`);
  const headerLine = head.table?.header.line ?? Infinity;
  const stream = open();
  try {
    for await (const record of readCsvRecords(decodeText(stream, head.encoding), head.delimiter)) {
      if (record.line > headerLine && !isBlankRecord(record.cells)) yield record;
    }
  } finally {
    stream.destroy();
  }
}

function tableHead(leading: CsvRecord[], knownHeaders: ReadonlySet<string>, delimiter: Delimiter): TableHead | null {
  const headerIndex = findHeaderRow(leading, knownHeaders);
  const header = leading[headerIndex];
  if (!header) return null;
  const records = leading.slice(headerIndex + 1, headerIndex + 1 + HEAD_RECORDS);
  // A `;` file is a European Excel save, so a file whose numbers read either way is taken to use `,`.
  const decimalMark = decideDecimalMark(
    records.flatMap((record) => record.cells),
    delimiter === ';' ? ',' : '.',
  );
  return { preamble: leading.slice(0, headerIndex), header, records, decimalMark };
}

/** A quoting error ends the head early; reading the rows reports it where it happens. */
async function takeNonBlank(records: AsyncIterable<CsvRecord>, count: number): Promise<CsvRecord[]> {
  const taken: CsvRecord[] = [];
  try {
    for await (const record of records) {
      if (!isBlankRecord(record.cells)) taken.push(record);
      if (taken.length === count) break;
    }
  } catch (error) {
    if (!(error instanceof MalformedCsvError)) throw error;
  }
  return taken;
}
