import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { collect, openChunks } from '../../test/open-fixture.js';
import { withStoredDimension } from '../../test/xlsx-dimension.js';
import { readFileHead, readOtherTable, readTableRecords, withTable, type FileHead } from './file-head.js';
import { UnreadableFileError } from './whole-file.js';

const known = new Set(['date', 'spend', 'impressions', 'campaign id', 'new followers']);

function workbookBytes(sheets: Record<string, unknown[][]>, bookType: 'xlsx' | 'biff8' = 'xlsx'): Buffer {
  const workbook = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, UTC: true });
    XLSX.utils.book_append_sheet(workbook, sheet, name);
  }
  return XLSX.write(workbook, { type: 'buffer', bookType }) as Buffer;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const sheets = {
  Notes: [['Exported from Ads Manager']],
  Metrics: [
    ['Aggregated metrics, 1 Mar – 2 Mar 2025'],
    ['Date', 'Campaign ID', 'Spend', 'Impressions', 'CTR'],
    [day('2025-03-01'), 1790000000000001, 41.2, 5120, 0.0523],
    [],
    [day('2025-03-02'), '120210000000000003', 0.1 + 0.2, 0, 1],
    ['Total', null, 41.5, 5120, null],
  ],
};

function withPercent(bytes: Buffer): Buffer {
  // aoa_to_sheet writes plain numbers: give the CTR column a percent format, as the platforms do.
  const workbook = XLSX.read(bytes, { type: 'buffer', dense: false, cellDates: true });
  const sheet = workbook.Sheets.Metrics!;
  for (const address of ['E3', 'E5']) sheet[address]!.z = '0.00%';
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('workbook heads', () => {
  it.each(['xlsx', 'biff8'] as const)('lists the sheets of a %s workbook and finds each header', async (bookType) => {
    const open = openChunks(workbookBytes(sheets, bookType));
    const head = await readFileHead(open, 'report.xls', known);
    expect(head).toMatchObject({
      container: 'workbook',
      workbookType: bookType === 'xlsx' ? 'xlsx' : 'xls',
      tableName: 'Notes',
    });
    if (head.container !== 'workbook') throw new Error('not a workbook');
    expect(head.sheets.map((sheet) => [sheet.name, sheet.table?.header.line])).toEqual([
      ['Notes', 1],
      ['Metrics', 2],
    ]);
    const metrics = head.sheets[1]?.table;
    expect(metrics?.preamble).toEqual([{ line: 1, cells: ['Aggregated metrics, 1 Mar – 2 Mar 2025', '', '', '', ''] }]);
    expect(metrics?.records.map((record) => record.line)).toEqual([3, 5, 6]);
  });

  it('turns cells into the text a CSV would hold, numbered by sheet row', async () => {
    const open = openChunks(withPercent(workbookBytes(sheets)));
    const head = withTable(await readFileHead(open, 'report.xlsx', known), 'Metrics');
    expect(head?.table?.header.cells).toEqual(['Date', 'Campaign ID', 'Spend', 'Impressions', 'CTR']);
    expect(await collect(readTableRecords(open, head as FileHead))).toEqual([
      { line: 3, cells: ['2025-03-01', '1790000000000001', '41.2', '5120', '5.23%'] },
      { line: 5, cells: ['2025-03-02', '120210000000000003', '0.3', '0', '100%'] },
      { line: 6, cells: ['Total', '', '41.5', '5120', ''] },
    ]);
    expect(head?.table?.decimalMark).toBe('.');
  });

  it('writes times of day, durations and booleans like a CSV export', async () => {
    const bytes = workbookBytes({
      Posts: [
        ['Date', 'Spend', 'Live'],
        [new Date('2025-03-01T13:05:09Z'), 1, true],
      ],
    });
    const workbook = XLSX.read(bytes, { type: 'buffer', cellDates: true });
    workbook.Sheets.Posts!.B2 = { t: 'n', v: 233 / 86400, z: 'h:mm:ss' };
    const open = openChunks(XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const head = await readFileHead(open, 'posts.xlsx', known);
    expect(await collect(readTableRecords(open, head))).toEqual([
      { line: 2, cells: ['2025-03-01 13:05:09', '00:03:53', 'TRUE'] },
    ]);
  });

  it('reads every cell of a full sheet whose stored dimension says A1:A1', async () => {
    const bytes = withStoredDimension(workbookBytes({ Metrics: sheets.Metrics }), 'A1:A1');
    expect(XLSX.read(bytes, { type: 'buffer', dense: true }).Sheets.Metrics?.['!ref']).toBe('A1');
    const open = openChunks(bytes);
    const head = await readFileHead(open, 'report.xlsx', known);
    expect(head.table?.header).toEqual({ line: 2, cells: ['Date', 'Campaign ID', 'Spend', 'Impressions', 'CTR'] });
    expect(await collect(readTableRecords(open, head))).toEqual([
      { line: 3, cells: ['2025-03-01', '1790000000000001', '41.2', '5120', '0.0523'] },
      { line: 5, cells: ['2025-03-02', '120210000000000003', '0.3', '0', '1'] },
      { line: 6, cells: ['Total', '', '41.5', '5120', ''] },
    ]);
  });

  it('gives a format the other sheets of the upload', async () => {
    const open = openChunks(workbookBytes(sheets));
    const head = await readFileHead(open, 'report.xlsx', known);
    expect(readOtherTable({ open, head }, 'Nope')).toBeNull();
    const other = readOtherTable({ open, head }, 'Metrics');
    expect(other?.table.header.line).toBe(2);
    expect((await collect(other!.records)).map((record) => record.line)).toEqual([3, 5, 6]);
  });

  it('reads the workbook once for the head and the rows', async () => {
    let opened = 0;
    const bytes = workbookBytes(sheets);
    const open = () => ((opened += 1), Readable.from([bytes]));
    const head = await readFileHead(open, 'report.xlsx', known);
    await collect(readTableRecords(open, head));
    // Once to sniff the bytes, once to read the workbook whole.
    expect(opened).toBe(2);
  });

  it('refuses a workbook over 50 MB before parsing it', async () => {
    const chunk = Buffer.alloc(1024 * 1024);
    chunk.set([0xd0, 0xcf, 0x11, 0xe0]);
    const open = () => Readable.from(Array.from({ length: 51 }, () => chunk));
    await expect(readFileHead(open, 'huge.xls', known)).rejects.toThrow(
      new UnreadableFileError(
        '"huge.xls" is larger than 50 MB, the most Tandem reads of a workbook or zip archive; export a shorter date range or fewer columns, or save it as CSV.',
      ),
    );
  });

  it('says that a damaged workbook cannot be read', async () => {
    const bytes = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(600)]);
    await expect(readFileHead(openChunks(bytes), 'broken.xls', known)).rejects.toThrow(
      /^"broken.xls" cannot be read as a workbook: /,
    );
  });

  it('refuses damaged deflate data inside an .xlsx instead of inflating it forever', async () => {
    const bytes = readFileSync(new URL('../../test/fixtures/tiktok-ads/ad-group-by-day.xlsx', import.meta.url));
    // One byte the fuzz test flipped: SheetJS's own inflate looped on it; Node's zlib stops.
    bytes[7356] = 0xb3;
    await expect(readFileHead(openChunks(bytes), 'damaged.xlsx', known)).rejects.toThrow(
      /^"damaged.xlsx" cannot be read as a workbook: unexpected end of file/,
    );
  });
});
