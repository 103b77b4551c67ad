import { describe, expect, it } from 'vitest';
import { cellValue, isEmptyCell } from './empty-cell.js';

describe('isEmptyCell', () => {
  it.each(['', '  ', '--', '-', '—', 'N/A', 'n/a', 'undefined', 'NaN', 'NAN', 'null'])(
    'reads %j as no value',
    (cell) => {
      expect(isEmptyCell(cell)).toBe(true);
    },
  );

  it('keeps 0, which is a measured value', () => expect(isEmptyCell('0')).toBe(false));
});

describe('cellValue', () => {
  it('trims a value and turns placeholders and absent cells into null', () => {
    expect(cellValue(' Spring Sale ')).toBe('Spring Sale');
    expect(cellValue('--')).toBeNull();
    expect(cellValue(undefined)).toBeNull();
  });
});
