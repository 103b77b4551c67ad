import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collect } from '../../test/open-fixture.js';
import { MalformedCsvError, readCsvRecords } from './csv-records.js';

const text = 'sep=,\r\n\r\nname,spend\r\n"Spring\r\nSale",1\r\n"a\n\nb",2\r\nlast,3';

describe('readCsvRecords', () => {
  it('numbers each record by the file line it starts on, across quoted newlines and blank lines', async () => {
    const records = await collect(readCsvRecords(Readable.from([text]), ','));
    expect(records.map(({ line, cells }) => [line, cells])).toEqual([
      [1, ['sep=', '']],
      [2, ['']],
      [3, ['name', 'spend']],
      [4, ['Spring\r\nSale', '1']],
      [6, ['a\n\nb', '2']],
      [9, ['last', '3']],
    ]);
  });

  it('gives the same records and lines whatever the chunking', async () => {
    const whole = await collect(readCsvRecords(Readable.from([text]), ','));
    const byCharacter = await collect(readCsvRecords(Readable.from([...text]), ','));
    expect(byCharacter).toEqual(whole);
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
      message: expect.stringMatching(/^The file cannot be read from line 4 on: Quote Not Closed/),
    });
    expect(lines).toEqual([1, 2]);
  });

  it('stops reading its source when the reader stops early', async () => {
    const source = Readable.from(['a,b\n', 'c,d\n', 'e,f\n']);
    for await (const record of readCsvRecords(source, ',')) if (record.line === 1) break;
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.destroyed).toBe(true);
  });
});
