import { describe, expect, it } from 'vitest';
import { CellValueError } from './cell-value-error.js';
import { assertNotNegative, decideDecimalMark, parseDecimal, parsePercent, parseWholeNumber } from './numbers.js';

describe('parseDecimal', () => {
  it.each([
    ['164.4', '164.4'],
    ['1,234.56', '1234.56'],
    ['$1,020.50', '1020.50'],
    ['-3.10', '-3.10'],
    ['+2', '2'],
    ['.5', '0.5'],
    ['-0.00', '0.00'],
    ['12021000000000.01', '12021000000000.01'],
    ['(12.00)', '-12.00'],
    ['($1,020.50)', '-1020.50'],
    ['€12', '12'],
  ])('reads %j with a decimal point as %j', (raw, decimal) => expect(parseDecimal(raw, '.')).toBe(decimal));

  it.each([
    ['0,5', '0.5'],
    ['1.234,56', '1234.56'],
    ['1 234,56', '1234.56'],
    ['1\u00a0234,56 €', '1234.56'],
    ['1\u202f020,10', '1020.10'],
    ['12 218', '12218'],
  ])('reads %j with a decimal comma as %j', (raw, decimal) => expect(parseDecimal(raw, ',')).toBe(decimal));

  it('rejects what is not a number, never reading it as 0', () => {
    expect(() => parseDecimal('abc', '.')).toThrow(new CellValueError('"abc" is not a number'));
    expect(() => parseDecimal('1.2.3', '.')).toThrow(CellValueError);
    expect(() => parseDecimal('12 218', '.')).toThrow(CellValueError);
    expect(() => parseDecimal('1e999', '.')).toThrow(new CellValueError('"1e999" is not a number'));
    expect(() => parseDecimal('(-12)', '.')).toThrow(CellValueError);
  });

  it('refuses a percentage as an amount', () => {
    expect(() => parseDecimal('12%', '.')).toThrow(new CellValueError('"12%" is not a number'));
  });

  it('refuses more whole digits than a stored amount holds, rather than fail the import at the database', () => {
    expect(parseDecimal('00099999999999999.5', '.')).toBe('00099999999999999.5');
    expect(() => parseDecimal('120210000000000001', '.')).toThrow(
      new CellValueError('"120210000000000001" is too large (at most 14 digits before the decimal point)'),
    );
  });

  it("names the file's decimal mark when a value uses the other one", () => {
    expect(() => parseDecimal('0,5', '.')).toThrow('"0,5" is not a number (this file\'s decimal mark is ".")');
  });
});

describe('parseWholeNumber', () => {
  it('reads counts, grouped or written as floats', () => {
    expect(parseWholeNumber('10,500', '.')).toBe(10500);
    expect(parseWholeNumber('424.0', '.')).toBe(424);
    expect(parseWholeNumber('-7', '.')).toBe(-7);
  });

  it('reads plain digits the same with either decimal mark, leading zeros and all', () => {
    for (const mark of ['.', ','] as const) {
      expect(parseWholeNumber('007', mark)).toBe(7);
      expect(parseWholeNumber('999999999999999', mark)).toBe(999_999_999_999_999);
      expect(parseWholeNumber('1234567890123456', mark)).toBe(1_234_567_890_123_456);
    }
  });

  it('rejects fractions and unsafe sizes', () => {
    expect(() => parseWholeNumber('12.5', '.')).toThrow('"12.5" is not a whole number');
    expect(() => parseWholeNumber('99999999999999999', '.')).toThrow('"99999999999999999" is too large');
  });
});

describe('parsePercent', () => {
  it('turns a percentage into a fraction without floats', () => {
    expect(parsePercent('5.23%', '.')).toEqual({ fraction: '0.0523', censored: false });
    expect(parsePercent('9,38%', ',')).toEqual({ fraction: '0.0938', censored: false });
    expect(parsePercent('100%', '.')).toEqual({ fraction: '1', censored: false });
    expect(parsePercent('-1.5%', '.')).toEqual({ fraction: '-0.015', censored: false });
  });

  it('reads a bound such as < 10% as unknown and flags it', () => {
    expect(parsePercent('< 10%', '.')).toEqual({ fraction: null, censored: true });
    expect(parsePercent('> 90%', '.')).toEqual({ fraction: null, censored: true });
  });
});

describe('decideDecimalMark', () => {
  it('takes the later mark when both appear', () => {
    expect(decideDecimalMark(['1.234,56'], '.')).toBe(',');
    expect(decideDecimalMark(['1,234.56'], ',')).toBe('.');
  });

  it('reads a comma not followed by exactly three digits as decimal', () => {
    expect(decideDecimalMark(['1,234', '0,5'], '.')).toBe(',');
  });

  it('reads 1,234 as thousands, unless the locale says otherwise', () => {
    expect(decideDecimalMark(['1,234', '2025-03-01', 'Spring'], '.')).toBe('.');
    expect(decideDecimalMark(['1,234'], ',')).toBe(',');
  });
});

describe('assertNotNegative', () => {
  it('passes zero and positives, rejects negatives', () => {
    expect(assertNotNegative('0.00', '0.00')).toBe('0.00');
    expect(() => assertNotNegative('-3.10', '-3.10')).toThrow('"-3.10" must not be negative');
  });
});
