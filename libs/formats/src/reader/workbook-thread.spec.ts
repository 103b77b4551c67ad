import { randomBytes } from 'node:crypto';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { collect, openChunks } from '../../test/open-fixture.js';
import { readFileHead, readTableRecords } from './file-head.js';
import { OFF_THREAD_BYTES } from './workbook.js';
import { readWorkbookOffThread, UndecodableWorkbookError } from './workbook-thread.js';
import { UnreadableFileError } from './whole-file.js';

const OPTIONS: XLSX.ParsingOptions = { type: 'buffer', cellDates: true, dense: true, nodim: true };

/** A one-sheet `.xlsx` of `rows` paid rows with random ids: random enough not to compress to nothing. */
function paidWorkbook(rows: number): Buffer {
  const table: unknown[][] = [['Date', 'Campaign ID', 'Spend', 'Impressions']];
  for (let row = 0; row < rows; row++)
    table.push([new Date(Date.UTC(2026, 0, 1 + (row % 28))), randomBytes(8).toString('hex'), row / 100, row]);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(table, { cellDates: true, UTC: true }), 'Data');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('decoding a workbook on a thread of its own', () => {
  it('gives the workbook SheetJS gives on the calling thread', async () => {
    const bytes = paidWorkbook(50);
    const offThread = await readWorkbookOffThread(bytes, OPTIONS);
    const here = XLSX.read(bytes, OPTIONS);
    expect(offThread.SheetNames).toEqual(['Data']);
    expect(offThread.Sheets.Data!['!data']).toEqual(here.Sheets.Data!['!data']);
    expect(offThread.Sheets.Data!['!ref']).toBe(here.Sheets.Data!['!ref']);
  });

  it("rejects with SheetJS's reason when the bytes are no workbook", async () => {
    const damaged = Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(2_000)]);
    const reason = (() => {
      try {
        XLSX.read(damaged, OPTIONS);
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(reason).not.toBeNull();
    await expect(readWorkbookOffThread(damaged, OPTIONS)).rejects.toThrow(reason!);
  });

  it('stops a thread still decoding after the limit, and says so', async () => {
    const decoding = readWorkbookOffThread(paidWorkbook(5_000), OPTIONS, 1);
    await expect(decoding).rejects.toThrow(UndecodableWorkbookError);
    await expect(decoding).rejects.toThrow(/still being decoded after/);
  });

  it('reads every row of a workbook large enough to be decoded off the thread, and refuses a damaged one', async () => {
    const bytes = paidWorkbook(10_000);
    expect(bytes.length).toBeGreaterThan(OFF_THREAD_BYTES);
    const open = openChunks(bytes);
    const head = await readFileHead(open, 'large.xlsx', new Set(['date', 'campaign id', 'spend']));
    const records = await collect(readTableRecords(open, head));
    expect(records).toHaveLength(10_000);
    expect(records.at(-1)).toMatchObject({
      line: 10_001,
      cells: ['2026-01-04', expect.any(String), '99.99', '9999'],
    });

    const truncated = bytes.subarray(0, bytes.length - 20_000);
    expect(truncated.length).toBeGreaterThan(OFF_THREAD_BYTES);
    await expect(readFileHead(openChunks(truncated), 'cut.xlsx', new Set(['date']))).rejects.toThrow(
      UnreadableFileError,
    );
  }, 60_000);
});
