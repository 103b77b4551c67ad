import { describe, expect, it } from 'vitest';
import { arrayLiteral } from './fact-writer.service.js';

const literalOf = (values: unknown[]) =>
  arrayLiteral(values, { value: (value) => value as string | number | boolean | null | undefined });

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
