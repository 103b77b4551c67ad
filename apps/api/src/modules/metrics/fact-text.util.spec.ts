import { describe, expect, it } from 'vitest';
import type { FactValue } from './fact-tables.js';
import { arrayLiteral, copyData } from './fact-text.util.js';

const same = { value: (value: unknown) => value as FactValue };
const literalOf = (values: unknown[]) => arrayLiteral(values, same);

describe('arrayLiteral', () => {
  it('quotes every string and escapes only quotes and backslashes, as pg and PGlite do', () => {
    expect(literalOf(['plain', '', 'NULL', 'a,b', '{x}', ' spaced ', 'say "hi"', 'C:\\ads', 'Île-de-France 🎯'])).toBe(
      '{"plain","","NULL","a,b","{x}"," spaced ","say \\"hi\\"","C:\\\\ads","Île-de-France 🎯"}',
    );
  });

  it('writes null and undefined as NULL, numbers and booleans bare', () => {
    expect(literalOf([null, undefined, 0, 1234567, -5, true, false])).toBe('{NULL,NULL,0,1234567,-5,true,false}');
  });

  it('writes an empty column as an empty array', () => {
    expect(literalOf([])).toBe('{}');
  });
});

describe('copyData', () => {
  const second = { value: (row: unknown[]) => row[1] as FactValue };
  const first = { value: (row: unknown[]) => row[0] as FactValue };

  it('writes a line a row, fields by tab, escaping only backslash, tab, newline and carriage return', () => {
    const rows = [
      ['a\tb', 'line\nbreak\r\n'],
      ['C:\\ads \\N', 'say "hi", {x} Île-de-France 🎯'],
    ];
    expect(copyData(rows, [first, second]).toString()).toBe(
      'a\\tb\tline\\nbreak\\r\\n\n' + 'C:\\\\ads \\\\N\tsay "hi", {x} Île-de-France 🎯\n',
    );
  });

  it('writes null and undefined as \\N, numbers and booleans as their text, an empty string as nothing', () => {
    expect(
      copyData(
        [
          [null, undefined],
          [12.5, true],
          ['', false],
        ],
        [first, second],
      ).toString(),
    ).toBe('\\N\t\\N\n12.5\ttrue\n\tfalse\n');
  });

  it('writes values longer than the room it first takes, ASCII or not, whole', () => {
    const long = ['é'.repeat(5_000), 'x'.repeat(20_000), '🎯'.repeat(3_000)];
    expect(copyData([long], [{ value: (row: string[]) => row.join('\t') }]).toString()).toBe(`${long.join('\\t')}\n`);
  });
});
