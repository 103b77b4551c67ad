import { describe, expect, it } from 'vitest';
import { CellValueError } from './cell-value-error.js';
import { parseDay } from './dates.js';

describe('parseDay', () => {
  it('reads a day in the given pattern', () => {
    expect(parseDay('2025-03-01', 'yyyy-MM-dd')).toBe('2025-03-01');
    expect(parseDay('3/1/2025', 'M/d/yyyy')).toBe('2025-03-01');
  });

  it('rejects a day that does not exist', () => {
    expect(() => parseDay('2025-02-30', 'yyyy-MM-dd')).toThrow('"2025-02-30" is not a real day (expected YYYY-MM-DD)');
    expect(() => parseDay('2025-02-29', 'yyyy-MM-dd')).toThrow();
  });

  it('rejects a day before 2000 as a misread, never a day to store', () => {
    expect(parseDay('2000-01-01', 'yyyy-MM-dd')).toBe('2000-01-01');
    expect(() => parseDay('1999-12-31', 'yyyy-MM-dd')).toThrow(
      new CellValueError('"1999-12-31" is before 2000-01-01, earlier than any platform reports'),
    );
    expect(() => parseDay('12/30/1899', 'MM/dd/yyyy')).toThrow(CellValueError);
  });

  it('rejects other layouts instead of guessing', () => {
    for (const raw of ['2025-3-1', '03/01/2025', '2025-03-01T00:00:00', '20250301']) {
      expect(() => parseDay(raw, 'yyyy-MM-dd')).toThrow('(expected YYYY-MM-DD)');
    }
  });
});
