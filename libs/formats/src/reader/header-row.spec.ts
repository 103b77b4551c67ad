import { describe, expect, it } from 'vitest';
import type { CsvRecord } from './csv-records.js';
import { findHeaderRow } from './header-row.js';

const known = new Set(['day', 'campaign', 'cost']);
const records = (...rows: string[][]): CsvRecord[] => rows.map((cells, index) => ({ line: index + 1, cells }));

describe('findHeaderRow', () => {
  it('finds the header below a preamble', () => {
    const googleAds = records(
      ['Campaign report'],
      ['March 1, 2025 - March 2, 2025', '', ''],
      ['Day', 'Campaign', 'Cost'],
    );
    expect(findHeaderRow(googleAds, known)).toBe(2);
  });

  it('needs two known names, so a preamble line holding one is not the header', () => {
    expect(findHeaderRow(records(['Cost'], ['Day', 'Cost']), known)).toBe(1);
  });

  it('falls back to the first non-blank record when no row has known names', () => {
    expect(findHeaderRow(records([''], ['Foo', 'Bar'], ['1', '2']), known)).toBe(1);
  });

  it('looks no further than the first 40 records', () => {
    const late = records(...Array.from({ length: 40 }, () => ['x']), ['Day', 'Cost']);
    expect(findHeaderRow(late, known)).toBe(0);
  });
});
