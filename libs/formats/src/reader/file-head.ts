import type { Readable } from 'node:stream';
import { sniffBytes, type TextEncodingName } from './byte-sniff.js';
import {
  isBlankRecord,
  MalformedCsvError,
  readCsvRecordBatches,
  readCsvRecords,
  type CsvRecord,
} from './csv-records.js';
import { decodeText } from './decode-text.js';
import { readSepHint, sniffDelimiter, type Delimiter } from './delimiter.js';
import { HEADER_SEARCH_ROWS } from './header-row.js';
import { peekBytes } from './peek-bytes.js';
import { HEAD_RECORDS, tableHead, type TableHead } from './table-head.js';
import { loadWorkbook, readSheetHeads, readSheetRecords, type SheetHead, type WorkbookType } from './workbook.js';
import { readWholeUpload, UnreadableFileError } from './whole-file.js';
import { listZipEntries, readZipEntry, type ZipEntryInfo } from './zip-archive.js';

export type { TableHead } from './table-head.js';
export type { SheetHead, WorkbookType } from './workbook.js';

/** Opens the upload from its start; called once for the head and once more for the rows. */
export type OpenFile = () => Readable;

export interface TextFileHead {
  container: 'text';
  fileName: string;
  encoding: TextEncodingName;
  delimiter: Delimiter;
  /** Null for a file with no records. */
  table: TableHead | null;
}

/** An `.xlsx` or `.xls` workbook: every sheet's table (how formats use them: `reader/workbook.ts`). */
export interface WorkbookFileHead {
  container: 'workbook';
  fileName: string;
  workbookType: WorkbookType;
  sheets: SheetHead[];
  /** The sheet whose rows a format reads: the first with rows, until the format names another (`tableName`). */
  tableName: string | null;
  table: TableHead | null;
}

export interface ZipEntryHead extends ZipEntryInfo {
  /** The entry read as a text upload, for `.csv`, `.tsv` and `.txt` entries; null for the others. */
  text: TextFileHead | null;
}

/** A zip archive that is not a workbook (YouTube Studio): its files (how formats use them: `reader/workbook.ts`). */
export interface ZipFileHead {
  container: 'zip';
  fileName: string;
  entries: ZipEntryHead[];
  /** The entry whose rows a format reads: none until the format names one (`tableName`). */
  tableName: string | null;
  table: TableHead | null;
}

export type FileHead = TextFileHead | WorkbookFileHead | ZipFileHead;
export type ContainerFileHead = WorkbookFileHead | ZipFileHead;

/** The upload as a format's `parse` may read it again: for more sheets or zip entries (`readOtherTable`). */
export interface UploadFile {
  open: OpenFile;
  head: FileHead;
}

const SNIFF_BYTES = 64 * 1024;
/** Excel's most columns (XFD): no export, CSV or workbook, has more. */
export const MAX_COLUMNS = 16_384;
const TEXT_ENTRY = /\.(?:csv|tsv|txt)$/i;
/** Entries whose heads a zip head reads; the others are listed only. */
const MAX_TEXT_ENTRY_HEADS = 20;

/**
 * Reads only as much of the file as it takes to find the header and the records below it; a workbook or zip
 * archive is read whole (within its size limit). Throws `UnreadableFileError` for a file that cannot be read.
 */
export async function readFileHead(
  open: OpenFile,
  fileName: string,
  knownHeaders: ReadonlySet<string>,
): Promise<FileHead> {
  const stream = open();
  let sniffed;
  try {
    const { sample, chunks } = await peekBytes(stream, SNIFF_BYTES);
    sniffed = sniffBytes(sample);
    if (sniffed.kind === 'text') return await readTextHead(sample, chunks, sniffed.encoding, fileName, knownHeaders);
  } finally {
    stream.destroy();
  }
  if (sniffed.kind === 'binary') {
    throw new UnreadableFileError(
      `"${fileName}" is not a text file (CSV or TSV), a workbook or a zip archive: its first bytes are binary.`,
    );
  }
  if (sniffed.kind === 'xls') return readWorkbookHead(open, fileName, 'xls', knownHeaders);
  const entries = await listZipEntries(await readWholeUpload(open, fileName), fileName);
  if (entries.some((entry) => entry.name === '[Content_Types].xml')) {
    return readWorkbookHead(open, fileName, 'xlsx', knownHeaders);
  }
  return readZipHead(open, fileName, entries, knownHeaders);
}

/**
 * The records below the table's header, blank lines left out, streamed from a fresh read of the file. For a
 * workbook or zip, the records of the sheet or entry named by `head.tableName`.
 */
export async function* readTableRecords(open: OpenFile, head: FileHead): AsyncGenerator<CsvRecord> {
  for await (const batch of readTableRecordBatches(open, head)) for (const record of batch) yield record;
}

/** `readTableRecords` in batches of records (one per chunk of the file), never empty: fewer `await`s per record. */
export async function* readTableRecordBatches(open: OpenFile, head: FileHead): AsyncGenerator<CsvRecord[]> {
  const headerLine = head.table?.header.line ?? Infinity;
  if (head.container === 'workbook') {
    if (head.tableName === null) return;
    yield* inBatches(readSheetRecords(open, head.fileName, head.tableName, headerLine));
    return;
  }
  if (head.container === 'zip') {
    const entry = head.entries.find((candidate) => candidate.name === head.tableName);
    if (entry?.text) yield* readTableRecordBatches(readZipEntry(open, entry.name, head.fileName), entry.text);
    return;
  }
  const stream = open();
  try {
    for await (const batch of readCsvRecordBatches(decodeText(stream, head.encoding), head.delimiter)) {
      const below = batch.filter((record) => record.line > headerLine && !isBlankRecord(record.cells));
      if (below.length > 0) yield below;
    }
  } finally {
    stream.destroy();
  }
}

const SHEET_BATCH_RECORDS = 1_000;

/** A sheet's records (already in memory) in batches. */
async function* inBatches(records: AsyncIterable<CsvRecord>): AsyncGenerator<CsvRecord[]> {
  let batch: CsvRecord[] = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length === SHEET_BATCH_RECORDS) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The head with `table` set to the named sheet (workbook) or entry (zip); null when there is no such sheet or
 * entry, or it holds no table. A text file has one table and no names.
 */
export function withTable(head: FileHead, name: string): FileHead | null {
  if (head.container === 'text') return null;
  const table =
    head.container === 'workbook'
      ? head.sheets.find((sheet) => sheet.name === name)?.table
      : head.entries.find((entry) => entry.name === name)?.text?.table;
  return table ? { ...head, tableName: name, table } : null;
}

/** Another sheet or zip entry of the upload than the one `parse` was given: its table and records, or null. */
export function readOtherTable(
  file: UploadFile,
  name: string,
): { table: TableHead; records: AsyncGenerator<CsvRecord> } | null {
  const head = withTable(file.head, name);
  if (!head?.table) return null;
  return { table: head.table, records: readTableRecords(file.open, head) };
}

async function readTextHead(
  sample: Uint8Array,
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncodingName,
  fileName: string,
  knownHeaders: ReadonlySet<string>,
): Promise<TextFileHead> {
  const sampleText = new TextDecoder(encoding).decode(sample);
  const delimiter = readSepHint(sampleText) ?? sniffDelimiter(sampleText);
  const records = readCsvRecords(decodeText(chunks, encoding), delimiter);
  const leading = await takeNonBlank(records, HEADER_SEARCH_ROWS + HEAD_RECORDS, fileName);
  // A `;` file is a European Excel save, so a file whose numbers read either way is taken to use `,`.
  const table = tableHead(leading, knownHeaders, delimiter === ';' ? ',' : '.');
  const width = table?.header.cells.length ?? 0;
  if (table && width > MAX_COLUMNS) {
    throw new UnreadableFileError(
      `Line ${table.header.line} of "${fileName}" has ${width.toLocaleString('en')} columns; no export has more than ${MAX_COLUMNS.toLocaleString('en')} (Excel's most), so the file is not read.`,
    );
  }
  return { container: 'text', fileName, encoding, delimiter, table };
}

async function readWorkbookHead(
  open: OpenFile,
  fileName: string,
  workbookType: WorkbookType,
  knownHeaders: ReadonlySet<string>,
): Promise<WorkbookFileHead> {
  await loadWorkbook(open, fileName);
  const sheets = await readSheetHeads(open, fileName, knownHeaders);
  const first = sheets.find((sheet) => sheet.table !== null);
  return {
    container: 'workbook',
    fileName,
    workbookType,
    sheets,
    tableName: first?.name ?? null,
    table: first?.table ?? null,
  };
}

async function readZipHead(
  open: OpenFile,
  fileName: string,
  entries: ZipEntryInfo[],
  knownHeaders: ReadonlySet<string>,
): Promise<ZipFileHead> {
  const heads: ZipEntryHead[] = [];
  for (const entry of entries) {
    const readable = TEXT_ENTRY.test(entry.name) && heads.filter((head) => head.text).length < MAX_TEXT_ENTRY_HEADS;
    heads.push({ ...entry, text: readable ? await readEntryHead(open, fileName, entry.name, knownHeaders) : null });
  }
  return { container: 'zip', fileName, entries: heads, tableName: null, table: null };
}

/** An entry that is not text after all (a zip in the zip) has no head. */
async function readEntryHead(
  open: OpenFile,
  archiveName: string,
  name: string,
  knownHeaders: ReadonlySet<string>,
): Promise<TextFileHead | null> {
  const stream = readZipEntry(open, name, archiveName)();
  try {
    const { sample, chunks } = await peekBytes(stream, SNIFF_BYTES);
    const sniffed = sniffBytes(sample);
    if (sniffed.kind !== 'text') return null;
    return await readTextHead(sample, chunks, sniffed.encoding, name, knownHeaders);
  } finally {
    stream.destroy();
  }
}

/**
 * A malformed record ends the head early; reading the rows reports it where it happens. When it comes before any
 * record (a first line of megabytes), there is no head to read: the file is refused with its reason.
 */
async function takeNonBlank(records: AsyncIterable<CsvRecord>, count: number, fileName: string): Promise<CsvRecord[]> {
  const taken: CsvRecord[] = [];
  try {
    for await (const record of records) {
      if (!isBlankRecord(record.cells)) taken.push(record);
      if (taken.length === count) break;
    }
  } catch (error) {
    if (!(error instanceof MalformedCsvError)) throw error;
    if (taken.length === 0) throw new UnreadableFileError(error.message.replace(/^The file/, `"${fileName}"`));
  }
  return taken;
}
