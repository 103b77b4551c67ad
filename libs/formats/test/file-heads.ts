import type { FileHead } from '../src/reader/file-head.js';

/** The head of a plain UTF-8 CSV whose first line is this header. */
export function headWithHeader(...header: string[]): FileHead {
  return {
    container: 'text',
    fileName: 'upload.csv',
    encoding: 'utf-8',
    delimiter: ',',
    table: { preamble: [], header: { line: 1, cells: header }, records: [], decimalMark: '.' },
  };
}
