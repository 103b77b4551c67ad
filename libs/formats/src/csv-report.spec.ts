import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvReportWriter, type CsvCell } from './csv-report.js';

async function csvOf(header: string[], rows: CsvCell[][]): Promise<string> {
  return text(Readable.from(rows).pipe(csvReportWriter(header)));
}

/** What the contract says a text cell reads as once written: `'` before a formula's first character. */
function neutralised(value: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
}

describe('csvReportWriter', () => {
  it('writes one header row of field names, then each row, with CRLF line ends', async () => {
    expect(
      await csvOf(
        ['campaign_id', 'campaign', 'paid_spend'],
        [
          ['c1', 'Spring Sale', 150],
          ['c2', 'Brand', 30.5],
        ],
      ),
    ).toBe('campaign_id,campaign,paid_spend\r\nc1,Spring Sale,150\r\nc2,Brand,30.5\r\n');
  });

  it('writes the header even when no row follows', async () => {
    expect(await csvOf(['period', 'paid_spend'], [])).toBe('period,paid_spend\r\n');
  });

  it('writes null (not reported) as an empty cell, and a measured 0 as 0', async () => {
    expect(await csvOf(['a', 'b', 'c', 'd'], [[null, 0, null, 'x']])).toBe('a,b,c,d\r\n,0,,x\r\n');
  });

  it('writes numbers unformatted: `.` decimal, no grouping, JavaScript’s shortest exact text', async () => {
    expect(await csvOf(['n'], [[1234567.25], [0.0125], [1e-7], [-0], [Number.NaN], [Infinity]])).toBe(
      'n\r\n1234567.25\r\n0.0125\r\n1e-7\r\n0\r\n\r\n\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['=1+1', "'=1+1"],
    ['+33 6 12', "'+33 6 12"],
    ['-3', "'-3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['＝1+1', "'＝1+1"],
    ['a=b', 'a=b'],
    [' =1+1', ' =1+1'],
    ['2026-03-01', '2026-03-01'],
  ])('neutralises a text cell that a spreadsheet would run as a formula: %j', async (cell, written) => {
    expect(await csvOf(['label'], [[cell]])).toBe(`label\r\n${written}\r\n`);
  });

  it('leaves numbers alone, negative ones included: a number is never a formula', async () => {
    expect(await csvOf(['label', 'growth'], [['-3', -3]])).toBe("label,growth\r\n'-3,-3\r\n");
  });

  it.each([
    ['Sale, spring', '"Sale, spring"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['lone\rreturn', '"lone\rreturn"'],
    ['', ''],
  ])('quotes what would break the row: %j', async (cell, written) => {
    expect(await csvOf(['label', 'n'], [[cell, 1]])).toBe(`label,n\r\n${written},1\r\n`);
  });

  it('round-trips any text through csv-parse to its neutralised value, and any number to itself', async () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', "'", 'a', ' ') }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 5 }), async (rows) => {
        const written = await csvOf(['a', 'b', 'c'], rows);
        const read = parse(written, { columns: true, relax_column_count: false }) as Record<string, string>[];
        expect(read).toEqual(
          rows.map((row) => {
            const [a, b, c] = row.map((value) =>
              value === null ? '' : typeof value === 'number' ? String(value) : neutralised(value),
            );
            return { a, b, c };
          }),
        );
      }),
      { numRuns: 500 },
    );
  });
});
