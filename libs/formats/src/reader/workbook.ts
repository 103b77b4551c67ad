/**
 * Workbooks (`.xlsx`, legacy `.xls`) and zip archives, read into the same records as a CSV.
 *
 * What the reader does (`readFileHead`, decided by the first bytes, never by the file name):
 * - `D0 CF 11 E0`, or `50 4B 03 04` with a `[Content_Types].xml` entry → a `WorkbookFileHead`
 *   (`container: 'workbook'`): `sheets` lists every sheet as `{ name, table }`, where `table` is found exactly as
 *   in a CSV (the header is the first of the first 40 non-blank rows with two known header names, rows above it
 *   are the preamble). The workbook is read whole by SheetJS, so the file may be at most `MAX_WHOLE_FILE_BYTES`.
 * - any other `50 4B 03 04` → a `ZipFileHead` (`container: 'zip'`): `entries` lists the files with their
 *   uncompressed sizes and, for `.csv`/`.tsv`/`.txt` entries, the head of the entry read as a text upload
 *   (`text: TextFileHead`, with its `table`). See `reader/zip-archive.ts`.
 *
 * Cells become the text a CSV export would hold, so one set of parsers serves both: numbers are plain decimals
 * with `.` (`1234.5`, never `1,234.50` nor `1.2345E3`; whole numbers exactly as stored), percent-formatted numbers
 * `12.5%` (as in CSV, for `parsePercent`), Excel dates `YYYY-MM-DD` (`YYYY-MM-DD HH:mm:ss` with a time of day,
 * `HH:mm:ss` for a bare duration), booleans `TRUE`/`FALSE`, error cells (`#N/A`) and empty cells `''`.
 * A record's `line` is the 1-based row number of the sheet, so that errors point at the row Excel shows.
 *
 * How a format uses it:
 * - Recognise the file in `detect(head)`: `matchHeader(head, rule)` looks at `head.table`, which for a workbook
 *   is the table of its first sheet that has rows (enough for Meta Ads or TikTok Ads `.xlsx`, whose data is on the
 *   first sheet). A format that needs another sheet or a zip entry checks `head.container === 'workbook'` and
 *   `head.sheets` (names, and each sheet's `table.header.cells`), or `head.container === 'zip'` and `head.entries`.
 * - Say which sheet or entry `parse` reads with `tableName(head)` (e.g. `'Metrics'`, `'Table data.csv'`);
 *   `parse` then gets that table's records (total/summary rows removed, as for a CSV) and `context.table`.
 * - Read more sheets or entries of the same upload inside `parse` with
 *   `readOtherTable(context.file, 'All posts')` (file-head.ts): `{ table, records }`, or null when absent.
 *   Those records are not footer-filtered: apply `isFooterRow` if the sheet can hold a total row.
 * - A single zip entry can also be opened as a file of its own with `readZipEntry(open, name)`.
 * - A sheet's header is only found below its preamble rows when its names are in some format's `headers`.
 * - A `.xls` download that is really text (HTML or TSV) takes the text path: bytes decide, never the name.
 * - Tests: build workbooks with `XLSX.write` (a fixture generator script for committed fixtures), zip archives
 *   with `test/zip-bytes.ts`; a workbook or zip that cannot be read fails the import (`UnreadableFileError`).
 */
import * as zlib from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import type { CsvRecord } from './csv-records.js';
import { isBlankRecord } from './csv-records.js';
import type { OpenFile } from './file-head.js';
import { HEADER_SEARCH_ROWS } from './header-row.js';
import { HEAD_RECORDS, tableHead, type TableHead } from './table-head.js';
import { readWholeUpload, UnreadableFileError } from './whole-file.js';
import { readWorkbookOffThread, UndecodableWorkbookError } from './workbook-thread.js';

export type WorkbookType = 'xlsx' | 'xls';

export interface SheetHead {
  name: string;
  /** Null for an empty sheet or a chart sheet. */
  table: TableHead | null;
}

/** Node's inflate as SheetJS drives it: it reads `bytesRead`, which Node deprecates (DEP0108) for `bytesWritten`. */
class InflateRaw extends zlib.InflateRaw {
  override get bytesRead(): number {
    return this.bytesWritten;
  }
}

// SheetJS inflates `.xlsx` parts with its own JavaScript inflate, which loops forever on some damaged deflate data
// (found by read-export.fuzz.spec.ts); Node's zlib throws instead, and is faster.
XLSX.CFB.utils.use_zlib({ ...zlib, InflateRaw });

const workbooks = new WeakMap<OpenFile, Promise<XLSX.WorkBook>>();

/** The parsed workbook, read once per `open` (the head and the rows are read from the same parse). */
export function loadWorkbook(open: OpenFile, fileName: string): Promise<XLSX.WorkBook> {
  let workbook = workbooks.get(open);
  if (!workbook) {
    workbook = readWholeUpload(open, fileName).then((bytes) => parseWorkbook(bytes, fileName));
    workbooks.set(open, workbook);
  }
  return workbook;
}

export async function readSheetHeads(
  open: OpenFile,
  fileName: string,
  knownHeaders: ReadonlySet<string>,
): Promise<SheetHead[]> {
  const workbook = await loadWorkbook(open, fileName);
  return workbook.SheetNames.map((name) => {
    const leading: CsvRecord[] = [];
    for (const record of sheetRecords(workbook.Sheets[name])) {
      leading.push(record);
      if (leading.length === HEADER_SEARCH_ROWS + HEAD_RECORDS) break;
    }
    return { name, table: tableHead(leading, knownHeaders, '.') };
  });
}

/** The non-blank rows of a sheet below `afterLine`, as CSV records numbered by sheet row. */
export async function* readSheetRecords(
  open: OpenFile,
  fileName: string,
  sheetName: string,
  afterLine: number,
): AsyncGenerator<CsvRecord> {
  const workbook = await loadWorkbook(open, fileName);
  const sheet = workbook.Sheets[sheetName];
  if (!sheet) throw new UnreadableFileError(`The workbook "${fileName}" has no sheet named "${sheetName}".`);
  for (const record of sheetRecords(sheet, afterLine)) yield record;
}

/**
 * Workbooks from this size are decoded on a thread of their own (workbook-thread.ts). Sizes are compressed ones: even
 * a very repetitive sheet under it decodes in a few seconds on the caller's thread.
 */
export const OFF_THREAD_BYTES = 256 * 1024;

/**
 * `nodim`: the range comes from the cells, not from the stored `<dimension>`, which some writers leave at `A1:A1` on
 * a full sheet (TikTok Ads Manager); the range then starts at A1 (rows keep their sheet numbers).
 */
const READ_OPTIONS: XLSX.ParsingOptions = { type: 'buffer', cellDates: true, dense: true, nodim: true };

async function parseWorkbook(bytes: Buffer, fileName: string): Promise<XLSX.WorkBook> {
  const unreadable = (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    return new UnreadableFileError(`"${fileName}" cannot be read as a workbook: ${reason}.`, { cause: error });
  };
  const workbook = await decode(bytes).catch((error: unknown) => {
    // A thread that fails (out of memory, say) says nothing about the file: its error goes on as it is.
    throw error instanceof UndecodableWorkbookError ? unreadable(error) : error;
  });
  if (workbook.SheetNames.length === 0) throw unreadable(new Error('it has no sheets'));
  return workbook;
}

/** SheetJS's workbook of the bytes; `UndecodableWorkbookError` when it refuses them. */
async function decode(bytes: Buffer): Promise<XLSX.WorkBook> {
  if (bytes.length >= OFF_THREAD_BYTES) return readWorkbookOffThread(bytes, READ_OPTIONS);
  try {
    // SheetJS falls back to reading a damaged legacy workbook as text; its container is checked first instead.
    if (bytes[0] === 0xd0) XLSX.CFB.read(bytes, { type: 'buffer' });
    return XLSX.read(bytes, READ_OPTIONS);
  } catch (error) {
    throw new UndecodableWorkbookError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

function* sheetRecords(sheet: XLSX.WorkSheet | undefined, afterLine = 0): Generator<CsvRecord> {
  const ref = sheet?.['!ref'];
  const rows = sheet?.['!data'];
  if (!ref || !rows) return;
  const range = XLSX.utils.decode_range(ref);
  for (let row = Math.max(range.s.r, afterLine); row <= range.e.r; row += 1) {
    const cells: string[] = [];
    const rowCells = rows[row];
    for (let column = range.s.c; column <= range.e.c; column += 1) cells.push(cellText(rowCells?.[column]));
    if (!isBlankRecord(cells)) yield { line: row + 1, cells };
  }
}

/** A cell as a CSV export would write it (see the module comment). */
export function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell) return '';
  const { v: value } = cell;
  switch (cell.t) {
    case 'n':
      if (typeof value !== 'number') return '';
      return cell.w?.trim().endsWith('%') ? `${plainNumber(value * 100)}%` : plainNumber(value);
    case 'd':
      return value instanceof Date ? dateText(value) : String(value ?? '');
    case 'b':
      return value ? 'TRUE' : 'FALSE';
    case 's':
      return String(value ?? '');
    default:
      return '';
  }
}

/**
 * A number without exponent or grouping. Whole numbers are written exactly as stored (ids can have 16 digits);
 * fractions are rounded to Excel's 15 significant digits, so that 0.1 + 0.2 reads `0.3`.
 */
function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return BigInt(value).toString();
  const text = String(Number(value.toPrecision(15)));
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

const EXCEL_EPOCH_YEAR = 1900;

/** SheetJS (cellDates, UTC) gives a Date whose UTC fields are the cell's wall-clock fields. */
function dateText(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const pad = (number: number, width = 2) => String(number).padStart(width, '0');
  const day = `${pad(rounded.getUTCFullYear(), 4)}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  const time = `${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}:${pad(rounded.getUTCSeconds())}`;
  if (rounded.getUTCFullYear() < EXCEL_EPOCH_YEAR) return time;
  return time === '00:00:00' ? day : `${day} ${time}`;
}
