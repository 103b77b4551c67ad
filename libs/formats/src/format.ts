import type { ImportHints, ParseEvent } from './canonical.js';
import type { CsvRecord } from './reader/csv-records.js';
import type { ContainerFileHead, FileHead, TableHead, UploadFile } from './reader/file-head.js';

/** How well a file's head fits a format. */
export interface Detection {
  /** 0..1; the registry picks a format from 0.5 up. */
  confidence: number;
  /** Why the file is not this format (`missing columns: spend`), shown when no format fits; null on a fit. */
  mismatch: string | null;
}

export interface ParseContext {
  fileName: string;
  hints: ImportHints;
  /** The table whose records `parse` gets (for a workbook or zip: the sheet or entry named by `tableName`). */
  table: TableHead;
  /** The whole upload, for a format that reads more sheets or zip entries (`readOtherTable`, reader/file-head.ts). */
  file: UploadFile;
}

/** One platform export (or Tandem template): how to recognise it and how to turn its records into canonical rows. */
export interface ExportFormat {
  /** Stable id, stored on imports and accepted as the upload's `format` field. */
  id: string;
  label: string;
  grain: 'paid' | 'organic';
  /** The format's column headers: the reader looks for them to find a header row below a preamble. */
  headers: readonly string[];
  /** Headers of the columns naming a row's day and entity: a row with all of them empty is a summary, never imported. */
  dimensionHeaders: readonly string[];
  detect(head: FileHead): Detection;
  /**
   * Workbooks and zip archives: the sheet (`Metrics`) or entry (`Table data.csv`) whose records `parse` gets.
   * Without it, a workbook's first sheet with rows; a zip archive has no default. See reader/workbook.ts.
   */
  tableName?(head: ContainerFileHead): string | null;
  /** `records` are the rows below the header, without blank lines and total/summary rows. */
  parse(records: AsyncIterable<CsvRecord>, context: ParseContext): AsyncIterable<ParseEvent>;
}
