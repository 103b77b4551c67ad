import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collect, openChunks, utf16le } from '../../test/open-fixture.js';
import { readFileHead, readTableRecords, type OpenFile } from './file-head.js';

const known = new Set(['day', 'campaign', 'cost', 'start date (in utc)', 'total spent', 'date', 'spend']);

const googleAds = [
  'Campaign report',
  '"March 1, 2025 - March 2, 2025",,,',
  'Day,Campaign,Cost,Impr.',
  '2025-03-01,Brand,"1,020.50","10,500"',
  '2025-03-02,Brand,12.34,"1,234"',
  'Total: Account,--,"1,032.84","11,734"',
].join('\n');

/** A CSV that never ends: reading it whole would never finish. */
function openEndless(): { open: OpenFile; destroyed: () => boolean } {
  let stream: Readable | undefined;
  async function* rows() {
    yield Buffer.from('date,spend\n');
    for (let day = 0; ; day += 1) yield Buffer.from(`2025-01-01,${day}.5\n`);
  }
  return { open: () => (stream = Readable.from(rows())), destroyed: () => stream?.destroyed ?? false };
}

describe('readFileHead', () => {
  it('keeps the preamble and finds the header and first records below it', async () => {
    const head = await readFileHead(openChunks(googleAds), 'Campaign report.csv', known);
    expect(head).toMatchObject({ container: 'text', encoding: 'utf-8', delimiter: ',' });
    expect(head.table?.preamble.map((record) => [record.line, record.cells[0]])).toEqual([
      [1, 'Campaign report'],
      [2, 'March 1, 2025 - March 2, 2025'],
    ]);
    expect(head.table?.header).toEqual({ line: 3, cells: ['Day', 'Campaign', 'Cost', 'Impr.'] });
    expect(head.table?.records.map((record) => record.line)).toEqual([4, 5, 6]);
    expect(head.table?.decimalMark).toBe('.');
  });

  it('reads a UTF-16LE tab-separated file with a preamble and a blank line', async () => {
    const linkedIn =
      'Campaign Performance Report (in UTC)\r\nReport Start: 3/1/2025, 12:00 AM\r\n\r\nStart Date (in UTC)\tCampaign Name\tTotal Spent\r\n3/1/2025\tDACH\t212.40\r\n';
    const bytes = utf16le(linkedIn);
    const head = await readFileHead(openChunks(bytes.subarray(0, 7), bytes.subarray(7)), 'report.csv', known);
    expect(head).toMatchObject({ container: 'text', encoding: 'utf-16le', delimiter: '\t' });
    expect(head.table?.header.line).toBe(4);
    expect(head.table?.records[0]).toEqual({ line: 5, cells: ['3/1/2025', 'DACH', '212.40'] });
  });

  it("uses the sep= line's delimiter and decides the decimal mark of a ; file", async () => {
    const head = await readFileHead(openChunks('sep=;\ndate;spend\n2025-03-01;1 234,50\n'), 'x.csv', known);
    expect(head).toMatchObject({ delimiter: ';', table: { header: { line: 2 }, decimalMark: ',' } });
  });

  it('reads a workbook or zip by its bytes, whatever the name (more in workbook.spec.ts, zip-archive.spec.ts)', async () => {
    const head = readFileHead(openChunks(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])), 'report.csv', known);
    await expect(head).rejects.toThrow(/^"report.csv" is not a readable zip archive/);
  });

  it('has no table for an empty file', async () => {
    expect((await readFileHead(openChunks(''), 'empty.csv', known)).table).toBeNull();
  });

  it('reads only the head of the file, then closes it', async () => {
    const endless = openEndless();
    const head = await readFileHead(endless.open, 'endless.csv', known);
    expect(head.table?.records).toHaveLength(20);
    expect(endless.destroyed()).toBe(true);
  });
});

describe('readTableRecords', () => {
  it('streams the records below the header from a fresh read, blank lines left out', async () => {
    const open = openChunks(`${googleAds}\n\n`);
    const head = await readFileHead(open, 'Campaign report.csv', known);
    const records = await collect(readTableRecords(open, head));
    expect(records.map((record) => record.line)).toEqual([4, 5, 6]);
  });

  it('streams a file of any length record by record', async () => {
    const endless = openEndless();
    const head = await readFileHead(endless.open, 'endless.csv', known);
    let lastLine = 0;
    for await (const record of readTableRecords(endless.open, head)) {
      lastLine = record.line;
      if (lastLine === 10_001) break;
    }
    expect(lastLine).toBe(10_001);
    expect(endless.destroyed()).toBe(true);
  });
});
