import { describe, expect, it } from 'vitest';
import { cellValue, isEmptyCell } from './empty-cell.js';

describe('isEmptyCell', () => {
  it.each(['', '  ', '--', '-', '—', 'N/A', 'n/a', 'undefined', 'NaN', 'NAN', 'null'])(
    'reads %j as no value',
    (cell) => {
      expect(isEmptyCell(cell)).toBe(true);
    },
  );

  it.each([' n/a ', '\u00a0--\u00a0', '\tNULL', 'Undefined', '—  '])(
    'reads %j, padded or cased, as no value',
    (cell) => {
      expect(isEmptyCell(cell)).toBe(true);
    },
  );

  it('keeps 0, which is a measured value', () => expect(isEmptyCell('0')).toBe(false));

  it.each(['0.00', '-3', '-0', 'none', 'nulls', 'n/a/b', 'undefined!', 'Campaign 12', 'USD', 'ß', '—x'])(
    'reads %j as a value',
    (cell) => {
      expect(isEmptyCell(cell)).toBe(false);
    },
  );
});

describe('cellValue', () => {
  it('trims a value and turns placeholders and absent cells into null', () => {
    expect(cellValue(' Spring Sale ')).toBe('Spring Sale');
    expect(cellValue('--')).toBeNull();
    expect(cellValue(undefined)).toBeNull();
  });
});
