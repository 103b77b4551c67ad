import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect } from '../../test/open-fixture.js';
import { MalformedCsvError, MAX_RECORD_CHARS, readCsvRecords } from './csv-records.js';
import type { Delimiter } from './delimiter.js';

const text = 'sep=,\r\n\r\nname,spend\r\n"Spring\r\nSale",1\r\n"a\n\nb",2\r\nlast,3';

describe('readCsvRecords', () => {
  it('numbers each record by the file line it starts on, across quoted newlines (read as \\n) and blank lines', async () => {
    const records = await collect(readCsvRecords(Readable.from([text]), ','));
    expect(records.map(({ line, cells }) => [line, cells])).toEqual([
      [1, ['sep=', '']],
      [2, ['']],
      [3, ['name', 'spend']],
      [4, ['Spring\nSale', '1']],
      [6, ['a\n\nb', '2']],
      [9, ['last', '3']],
    ]);
  });

  it('gives the same records and lines whatever the chunking', async () => {
    const whole = await collect(readCsvRecords(Readable.from([text]), ','));
    const byCharacter = await collect(readCsvRecords(Readable.from([...text]), ','));
    expect(byCharacter).toEqual(whole);
  });

  it('reads back any records written as RFC 4180 CSV, whatever the line ends, delimiter and chunking', async () => {
    const cellText = fc.string({
      unit: fc.constantFrom('a', 'Z', '9', ' ', '"', ',', ';', '\t', '\n', '\r\n', '\r', 'é'),
    });
    const written = fc.record({
      records: fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
      delimiter: fc.constantFrom<Delimiter>(',', ';', '\t'),
      lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
      cuts: fc.array(fc.nat(), { maxLength: 6 }),
    });
    await fc.assert(
      fc.asyncProperty(written, async ({ records, delimiter, lineEnd, cuts }) => {
        // A cell is quoted when it must be; a record of one empty cell is a blank line, read back as such.
        const quoteIfNeeded = (cell: string) => (/["\r\n,;\t]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
        const text = records.map((cells) => cells.map(quoteIfNeeded).join(delimiter) + lineEnd).join('');
        const at = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((start, index) => text.slice(start, [...at, text.length][index])).filter(Boolean);
        const read = await collect(readCsvRecords(Readable.from(chunks), delimiter));
        const expectedCells = records.map((cells) => cells.map((cell) => cell.replace(/\r\n?/g, '\n')));
        expect(read.map((record) => record.cells)).toEqual(expectedCells);
        let line = 1;
        const lines = expectedCells.map((cells) => {
          const start = line;
          line += 1 + cells.join('').split('\n').length - 1;
          return start;
        });
        expect(read.map((record) => record.line)).toEqual(lines);
      }),
      { numRuns: 300 },
    );
  });

  it('stops at a quoted cell that goes on after its closing quote, after the records before it', async () => {
    const lines: number[] = [];
    const reading = (async () => {
      for await (const record of readCsvRecords(Readable.from(['a,b\n1,2\n"x"y,3\n4,5\n']), ','))
        lines.push(record.line);
    })();
    await expect(reading).rejects.toMatchObject({
      line: 3,
      message: 'The file cannot be read from line 3 on: a quoted cell goes on after its closing quote',
    });
    expect(lines).toEqual([1, 2]);
  });

  it('keeps a stray quote inside an unquoted cell', async () => {
    const records = await collect(readCsvRecords(Readable.from(['size,spend\n12" pizza,1\n']), ','));
    expect(records[1]?.cells).toEqual(['12" pizza', '1']);
  });

  it('yields the records before a malformed one, then throws with its line', async () => {
    const lines: number[] = [];
    const reading = (async () => {
      for await (const record of readCsvRecords(Readable.from(['a,b\n"x\ny",1\nc,"d\ne,f\n']), ','))
        lines.push(record.line);
    })();
    await expect(reading).rejects.toThrow(MalformedCsvError);
    await expect(reading).rejects.toMatchObject({
      line: 4,
      message: 'The file cannot be read from line 4 on: a quoted cell never closes its quote',
    });
    expect(lines).toEqual([1, 2]);
  });

  it('ends a record at every line end of a file that mixes them, `\\r\\n` counting once', async () => {
    const mixed = 'a,b\r\n1,2\n3,4\r5,6\r\n\n7,8';
    for (const chunks of [[mixed], [...mixed]]) {
      const records = await collect(readCsvRecords(Readable.from(chunks), ','));
      expect(records.map(({ line, cells }) => [line, cells])).toEqual([
        [1, ['a', 'b']],
        [2, ['1', '2']],
        [3, ['3', '4']],
        [4, ['5', '6']],
        [5, ['']],
        [6, ['7', '8']],
      ]);
    }
  });

  it('marks the last record when no line break ends the file', async () => {
    const cut = await collect(readCsvRecords(Readable.from(['a,b\r\n1,2\r\n3']), ','));
    expect(cut.map((record) => record.unterminated)).toEqual([undefined, undefined, true]);
    const whole = await collect(readCsvRecords(Readable.from(['a,b\r\n1,2\r\n']), ','));
    expect(whole.every((record) => record.unterminated === undefined)).toBe(true);
  });

  it('names the cell whose quote never closes', async () => {
    const reading = collect(readCsvRecords(Readable.from(['a,b,c\n1,"x\n2,3,4\n']), ','));
    await expect(reading).rejects.toMatchObject({ line: 2, cell: 1 });
  });

  it('stops at a record longer than any export row, naming its cell, without holding the rest', async () => {
    const chunk = 'x'.repeat(65_536);
    async function* hugeCell() {
      yield 'a,b,c\n1,2,3\n4,';
      // Far more than the limit: reading must stop long before the source ends.
      for (let index = 0; index < 1_000; index++) yield chunk;
    }
    const lines: number[] = [];
    const reading = (async () => {
      for await (const record of readCsvRecords(hugeCell(), ',')) lines.push(record.line);
    })();
    await expect(reading).rejects.toMatchObject({
      line: 3,
      cell: 1,
      message: expect.stringContaining(`longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters`),
    });
    expect(lines).toEqual([1, 2]);
  });

  it('stops at a record of more empty cells than any export row has', async () => {
    const commas = ','.repeat(65_536);
    async function* manyCells() {
      yield 'a,b\n';
      for (let index = 0; index < 100; index++) yield commas;
    }
    await expect(collect(readCsvRecords(manyCells(), ','))).rejects.toMatchObject({ line: 2 });
  });

  it('stops reading its source when the reader stops early', async () => {
    const source = Readable.from(['a,b\n', 'c,d\n', 'e,f\n']);
    for await (const record of readCsvRecords(source, ',')) if (record.line === 1) break;
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.destroyed).toBe(true);
  });
});
