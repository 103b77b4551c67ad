import { describe, expect, it } from 'vitest';
import { collect, openChunks, utf16le } from '../../test/open-fixture.js';
import { zipBytes } from '../../test/zip-bytes.js';
import { readFileHead, readOtherTable, readTableRecords, withTable, type FileHead } from './file-head.js';
import { readZipEntry } from './zip-archive.js';

const known = new Set(['content', 'video title', 'views', 'date']);

const youtube = zipBytes([
  { name: 'Chart data.csv', content: 'Date,Views\n2025-03-01,120\n2025-03-02,98\n' },
  {
    name: 'Table data.csv',
    content: 'Content,Video title,Views\nTotal,,218\ndQw4w9WgXcQ,"Spring\ntutorial",120\n-aB3xYz9Q0k,Behind,98\n',
  },
  { name: 'Totals.csv', content: utf16le('Date\tViews\r\n2025-03-01\t120\r\n') },
  { name: 'thumbnail.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
]);

describe('zip heads', () => {
  it('lists the entries, with the head of each text entry', async () => {
    const head = await readFileHead(openChunks(youtube), 'Content 2025-03-01_2025-03-02.zip', known);
    if (head.container !== 'zip') throw new Error(`not a zip: ${head.container}`);
    expect(head.tableName).toBeNull();
    expect(head.entries.map((entry) => [entry.name, entry.size, entry.text?.table?.header.cells])).toEqual([
      ['Chart data.csv', 40, ['Date', 'Views']],
      ['Table data.csv', 93, ['Content', 'Video title', 'Views']],
      ['Totals.csv', 58, ['Date', 'Views']],
      ['thumbnail.png', 4, undefined],
    ]);
    expect(head.entries[2]?.text).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
  });

  it("reads a chosen entry's records through the text pipeline", async () => {
    const open = openChunks(youtube);
    const head = withTable(await readFileHead(open, 'export.zip', known), 'Table data.csv') as FileHead;
    expect(head.table?.header.line).toBe(1);
    expect(await collect(readTableRecords(open, head))).toEqual([
      { line: 2, cells: ['Total', '', '218'] },
      { line: 3, cells: ['dQw4w9WgXcQ', 'Spring\ntutorial', '120'] },
      { line: 5, cells: ['-aB3xYz9Q0k', 'Behind', '98'] },
    ]);
    const totals = readOtherTable({ open, head }, 'Totals.csv');
    expect(await collect(totals!.records)).toEqual([{ line: 2, cells: ['2025-03-01', '120'] }]);
  });

  it('opens one entry as a file of its own', async () => {
    const chunks = await collect(readZipEntry(openChunks(youtube), 'Chart data.csv')());
    expect(Buffer.concat(chunks).toString()).toBe('Date,Views\n2025-03-01,120\n2025-03-02,98\n');
    await expect(collect(readZipEntry(openChunks(youtube), 'nope.csv', 'export.zip')())).rejects.toThrow(
      '"export.zip" has no file named "nope.csv".',
    );
  });

  it('refuses an entry with an unsafe path', async () => {
    const bytes = zipBytes([{ name: '../../etc/cron.d/x.csv', content: 'a,b\n' }]);
    await expect(readFileHead(openChunks(bytes), 'evil.zip', known)).rejects.toThrow(
      /^"evil.zip" (holds a file with an unsafe path|is not a readable zip archive: invalid relative path)/,
    );
  });

  it('refuses an archive that would unpack beyond the limits, before unpacking it', async () => {
    const bomb = zipBytes([{ name: 'a.csv', content: 'a,b\n', claimedSize: 300 * 1024 * 1024 }]);
    await expect(readFileHead(openChunks(bomb), 'bomb.zip', known)).rejects.toThrow(
      '"a.csv" in "bomb.zip" is larger than 200 MB once unpacked.',
    );
    const many = zipBytes(Array.from({ length: 1001 }, (_, index) => ({ name: `${index}.txt`, content: '' })));
    await expect(readFileHead(openChunks(many), 'many.zip', known)).rejects.toThrow(
      '"many.zip" holds 1001 files; Tandem reads zip archives of at most 1000.',
    );
  });

  it('stops an entry that unpacks to more than its directory says', async () => {
    const liar = zipBytes([{ name: 'a.csv', content: 'date,views\n'.repeat(100), claimedSize: 20 }]);
    const open = openChunks(liar);
    await expect(collect(readZipEntry(open, 'a.csv', 'liar.zip')())).rejects.toThrow(
      /^"liar.zip" is not a readable zip archive: too many bytes in the stream/,
    );
  });

  it('says that a damaged archive cannot be read', async () => {
    await expect(
      readFileHead(openChunks(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])), 'report.csv', known),
    ).rejects.toThrow(/^"report.csv" is not a readable zip archive: /);
  });
});
