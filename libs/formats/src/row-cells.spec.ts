import { describe, expect, it } from 'vitest';
import { RowCells } from './row-cells.js';

const spend = { index: 0, header: 'Spend' };
const change = { index: 1, header: 'New followers' };

describe('RowCells', () => {
  it('reads typed values and null for empty or absent cells', () => {
    const cells = new RowCells({ line: 7, cells: ['1 020,50', '-4'] }, ',');
    expect(cells.decimal(spend)).toBe('1020.50');
    expect(cells.count(change, 'any')).toBe(-4);
    expect(cells.count(undefined)).toBeNull();
    expect(cells.errors).toEqual([]);
  });

  it('records every bad cell with its line and column as written', () => {
    const cells = new RowCells({ line: 7, cells: ['abc', '-4'] }, '.');
    expect(cells.decimal(spend)).toBeNull();
    expect(cells.count(change)).toBeNull();
    expect(cells.errors).toEqual([
      { row: 7, column: 'Spend', message: 'Spend "abc" is not a number' },
      { row: 7, column: 'New followers', message: 'New followers "-4" must not be negative' },
    ]);
  });

  it('reports an empty required cell', () => {
    const cells = new RowCells({ line: 2, cells: ['--'] }, '.');
    expect(cells.require(spend, (value) => value)).toBeNull();
    expect(cells.errors).toEqual([{ row: 2, column: 'Spend', message: 'Spend is required' }]);
  });
});
