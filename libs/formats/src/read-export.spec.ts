import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { collect, openChunks, openFixture, utf16le } from '../test/open-fixture.js';
import { identifyExport, readExport, UnsupportedExportError } from './read-export.js';

describe('readExport', () => {
  it('fails an unrecognised file with a message naming the supported formats', async () => {
    const reading = readExport(openChunks('Week,Store,Footfall\n2025-W09,Paris,1200\n'), 'stores.csv');
    await expect(reading).rejects.toThrow(UnsupportedExportError);
    await expect(reading).rejects.toThrow(
      /Supported formats: Tandem paid template \(tandem-paid\), Tandem organic template/,
    );
  });

  it('recognises a Meta Ads Manager export (once unsupported)', async () => {
    const { format } = await readExport(openFixture('unrecognised-meta-ads.csv'), 'meta.csv');
    expect(format.id).toBe('meta-ads-manager');
  });

  it('uses the format the upload names instead of detecting one', async () => {
    const { format } = await readExport(openFixture('tandem-organic.csv'), 'x.csv', { format: 'tandem-organic' });
    expect(format.id).toBe('tandem-organic');
    await expect(readExport(openFixture('tandem-organic.csv'), 'x.csv', { format: 'nope' })).rejects.toThrow(
      /^Unknown format "nope"\. Valid formats: tandem-paid, tandem-organic, /,
    );
  });

  it('fails the file at its header when the named format lacks required columns', async () => {
    const { events } = await readExport(openFixture('tandem-organic.csv'), 'x.csv', { format: 'tandem-paid' });
    expect(await collect(events)).toEqual([
      { type: 'error', error: { row: 1, column: null, message: 'missing columns: spend' } },
    ]);
  });

  it('reads a UTF-16LE tab-separated file named .csv', async () => {
    const file = utf16le('date\tplatform\taccount_id\tfollowers\r\n2025-03-01\tLinkedIn\tacme\t1,204\r\n');
    const { format, events } = await readExport(openChunks(file.subarray(0, 9), file.subarray(9)), 'page.csv');
    expect(format.id).toBe('tandem-organic');
    expect(await collect(events)).toEqual([
      { type: 'row', row: expect.objectContaining({ line: 2, platform: 'LINKEDIN', followers: 1204 }) },
    ]);
  });

  it('skips total and summary rows, and says so', async () => {
    const file = 'date,platform,account_id,spend\n2025-03-01,X,a,1.00\nTotal: Account,--,--,1.00\n,,,9.00\n';
    const events = await collect((await readExport(openChunks(file), 'x.csv')).events);
    expect(events).toEqual([
      { type: 'row', row: expect.objectContaining({ line: 2 }) },
      { type: 'warning', message: 'Skipped 2 total or summary rows (lines 3, 4); they are never imported.' },
    ]);
  });

  it('reports a file whose quoting breaks instead of failing silently, naming the cell whose quote opens', async () => {
    const file = 'date,platform,account_id,spend\n2025-03-01,X,a,1.00\n2025-03-02,X,"a,2.00\n';
    const events = await collect((await readExport(openChunks(file), 'x.csv')).events);
    expect(events[0]).toMatchObject({ type: 'row' });
    expect(events[1]).toMatchObject({
      type: 'error',
      error: {
        row: 3,
        column: 'account_id',
        message: expect.stringMatching(/^The file cannot be read from line 3 on: a quoted cell never closes its quote/),
      },
    });
  });

  it('rejects a last row the file ends inside, and keeps a complete last row without a line break', async () => {
    const header = 'date,platform,account_id,spend,impressions\n';
    const cut = await collect(
      (await readExport(openChunks(`${header}2025-03-01,X,a,1.00,10\n2025-03-02,X,a`), 'x.csv')).events,
    );
    expect(cut).toEqual([
      { type: 'row', row: expect.objectContaining({ line: 2 }) as unknown },
      {
        type: 'error',
        error: {
          row: 3,
          column: 'spend',
          message:
            'The file ends inside this row, after 3 of its 5 columns: it looks cut short, so the row is not imported',
        },
      },
    ]);
    const whole = await collect((await readExport(openChunks(`${header}2025-03-02,X,a,2.00,20`), 'x.csv')).events);
    expect(whole).toEqual([{ type: 'row', row: expect.objectContaining({ line: 2, impressions: 20 }) as unknown }]);
  });

  it('lists at most 30 columns, each cut at 60 characters, when no format reads a file', async () => {
    const header = [`${'y'.repeat(100)}`, ...Array.from({ length: 99 }, (_, index) => `x${index}`)].join(',');
    const failure = readExport(openChunks(`${header}\n1,2\n`), 'wide.csv');
    await expect(failure).rejects.toThrow(UnsupportedExportError);
    await expect(failure).rejects.toThrow(`its columns are ${'y'.repeat(60)}…, x0, x1,`);
    await expect(failure).rejects.toThrow('x28 and 70 more).');
  });

  it('refuses a header of more columns than Excel allows, naming its line', async () => {
    const header = Array.from({ length: 100_000 }, (_, index) => `c${index}`).join(',');
    await expect(readExport(openChunks(`date,platform,account_id,spend,${header}\n`), 'wide.csv')).rejects.toThrow(
      'Line 1 of "wide.csv" has 100,004 columns; no export has more than 16,384',
    );
  });

  it('refuses a file whose first line is longer than any export row, saying so rather than calling it empty', async () => {
    await expect(readExport(openChunks(`${'x'.repeat(1_100_000)}\n`), 'long.csv')).rejects.toThrow(
      '"long.csv" cannot be read from line 1 on: the row is longer than 1,048,576 characters',
    );
  });

  it('refuses binary bytes named .csv as no text', async () => {
    const binary = Buffer.from(Array.from({ length: 2048 }, (_, index) => (index * 131 + (index >> 3)) % 256));
    await expect(readExport(openChunks(binary), 'photo.csv')).rejects.toThrow(
      '"photo.csv" is not a text file (CSV or TSV), a workbook or a zip archive: its first bytes are binary.',
    );
  });
});

describe('readExport of workbooks', () => {
  it("reads a workbook's first sheet like a CSV: header below a preamble, totals skipped, sheet row numbers", async () => {
    const workbook = XLSX.utils.book_new();
    const rows = [
      ['Paid results'],
      ['date', 'platform', 'account_id', 'spend', 'impressions'],
      ['2025-03-01', 'TikTok', 'adv_1', 12.5, 1000],
      ['Total', null, null, 12.5, 1000],
    ];
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), 'Report');
    const bytes = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const { format, head, events } = await readExport(openChunks(bytes), 'report.xlsx');
    expect(format.id).toBe('tandem-paid');
    expect(head).toMatchObject({ container: 'workbook', tableName: 'Report', table: { header: { line: 2 } } });
    expect(await collect(events)).toEqual([
      { type: 'row', row: expect.objectContaining({ line: 3, platform: 'TIKTOK', spend: '12.5', impressions: 1000 }) },
      { type: 'warning', message: 'Skipped 1 total or summary row (line 4); they are never imported.' },
    ]);
  });

  it('fails a damaged archive as an unsupported file, with the reason', async () => {
    const reading = readExport(openChunks(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])), 'report.xlsx');
    await expect(reading).rejects.toThrow(UnsupportedExportError);
    await expect(reading).rejects.toThrow(/^"report.xlsx" is not a readable zip archive/);
  });
});

describe('identifyExport', () => {
  it('gives the format and head without reading the rows', async () => {
    const { format, head } = await identifyExport(openFixture('tandem-paid-sep-semicolon.csv'), 'x.csv');
    expect(format.id).toBe('tandem-paid');
    expect(head).toMatchObject({
      delimiter: ';',
      table: { preamble: [{ line: 1 }], header: { line: 2 }, decimalMark: ',' },
    });
  });
});
