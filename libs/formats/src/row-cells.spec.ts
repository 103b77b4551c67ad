import { describe, expect, it } from 'vitest';
import { parseCurrency } from './formats/tandem-template.js';
import { MAX_CELL_CHARS, RowCells } from './row-cells.js';

const spend = { index: 0, header: 'Spend' };
const change = { index: 1, header: 'New followers' };
const day = { index: 2, header: 'Date' };

describe('RowCells', () => {
  it('reads typed values and null for empty or absent cells', () => {
    const cells = new RowCells({ line: 7, cells: ['1 020,50', '-4'] }, ',');
    expect(cells.decimal(spend, 'spend')).toBe('1020.50');
    expect(cells.count(change, 'newFollowers')).toBe(-4);
    expect(cells.count(undefined, 'impressions')).toBeNull();
    expect(cells.errors).toEqual([]);
  });

  it('leaves a bad measure out and keeps the row, saying so on the error', () => {
    const cells = new RowCells({ line: 7, cells: ['abc', '-4', '2026-03-01'] }, '.');
    expect(cells.decimal(spend, 'spend')).toBeNull();
    expect(cells.count(change, 'newFollowers')).toBe(-4);
    expect(cells.require(day, (value) => value)).toBe('2026-03-01');
    expect(cells.rejected).toBe(false);
    expect(cells.errors).toEqual([
      { row: 7, column: 'Spend', message: 'Spend "abc" is not a number', rowImported: true },
    ]);
  });

  it.each([
    ['spend', false],
    ['impressions', false],
    ['reach', false],
    ['followers', false],
    ['engagements', true],
    ['comments', true],
    ['likes', true],
    ['newFollowers', true],
    ['conversions', true],
    ['revenue', true],
  ] as const)('applies the one sign rule: %s may be negative: %s', (measure, allowed) => {
    const cells = new RowCells({ line: 3, cells: ['-3'] }, '.');
    expect(cells.count(spend, measure)).toBe(allowed ? -3 : null);
    expect(cells.errors).toEqual(
      allowed ? [] : [{ row: 3, column: 'Spend', message: 'Spend "-3" must not be negative', rowImported: true }],
    );
  });

  it('rejects the row when a value that places it is empty or wrong', () => {
    const empty = new RowCells({ line: 2, cells: ['--'] }, '.');
    expect(empty.require(spend, (value) => value)).toBeNull();
    expect(empty.rejected).toBe(true);
    expect(empty.errors).toEqual([{ row: 2, column: 'Spend', message: 'Spend is required' }]);

    const wrong = new RowCells({ line: 4, cells: ['12', 'XYZ'] }, '.');
    expect(wrong.count(spend, 'impressions')).toBe(12);
    expect(wrong.key(change, parseCurrency)).toBeNull();
    expect(wrong.rejected).toBe(true);
    expect(wrong.errors).toEqual([
      { row: 4, column: 'New followers', message: expect.stringContaining('not an ISO 4217 currency code') as string },
    ]);
  });

  it('rejects the row of a cell longer than any real name, naming its column once', () => {
    const huge = 'x'.repeat(MAX_CELL_CHARS + 1);
    const cells = new RowCells({ line: 9, cells: ['1', huge] }, '.');
    expect(cells.text(change)).toBeNull();
    expect(cells.text(change)).toBeNull();
    expect(cells.rejected).toBe(true);
    expect(cells.errors).toEqual([
      { row: 9, column: 'New followers', message: expect.stringContaining('65,537 characters') as string },
    ]);
  });
});
