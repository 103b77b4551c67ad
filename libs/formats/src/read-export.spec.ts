import { describe, expect, it } from 'vitest';
import { collect, openChunks, openFixture, utf16le } from '../test/open-fixture.js';
import { identifyExport, readExport, UnsupportedExportError } from './read-export.js';

describe('readExport', () => {
  it('fails an unrecognised file with a message naming the supported formats', async () => {
    const reading = readExport(openFixture('unrecognised-meta-ads.csv'), 'meta.csv');
    await expect(reading).rejects.toThrow(UnsupportedExportError);
    await expect(reading).rejects.toThrow(
      /Supported formats: Tandem paid template \(tandem-paid\), Tandem organic template/,
    );
  });

  it('uses the format the upload names instead of detecting one', async () => {
    const { format } = await readExport(openFixture('tandem-organic.csv'), 'x.csv', { format: 'tandem-organic' });
    expect(format.id).toBe('tandem-organic');
    await expect(readExport(openFixture('tandem-organic.csv'), 'x.csv', { format: 'nope' })).rejects.toThrow(
      'Unknown format "nope". Valid formats: tandem-paid, tandem-organic.',
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

  it('reports a file whose quoting breaks instead of failing silently', async () => {
    const file = 'date,platform,account_id,spend\n2025-03-01,X,a,1.00\n2025-03-02,X,"a,2.00\n';
    const events = await collect((await readExport(openChunks(file), 'x.csv')).events);
    expect(events[0]).toMatchObject({ type: 'row' });
    expect(events[1]).toMatchObject({
      type: 'error',
      error: {
        row: 3,
        column: null,
        message: expect.stringMatching(/^The file cannot be read from line 3 on: Quote Not Closed/),
      },
    });
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
