import { describe, expect, it } from 'vitest';
import { parseDayIn, parseLocalDateTime } from './local-date-times.js';

describe('parseLocalDateTime', () => {
  it('keeps the wall-clock time as written, without a zone', () => {
    expect(parseLocalDateTime('10/1/2015 21:00', ['M/d/yyyy H:mm'])).toBe('2015-10-01T21:00:00');
    expect(parseLocalDateTime('03/27/2025 06:08', ['MM/dd/yyyy HH:mm'])).toBe('2025-03-27T06:08:00');
  });

  it('tries each pattern in order', () => {
    const patterns = ['M/d/yyyy H:mm', 'MM/dd/yyyy HH:mm'];
    expect(parseLocalDateTime('03/07/2025 06:08', patterns)).toBe('2025-03-07T06:08:00');
    expect(parseLocalDateTime('3/7/2025 6:08', patterns)).toBe('2025-03-07T06:08:00');
  });

  it('rejects impossible dates and other layouts instead of guessing', () => {
    expect(() => parseLocalDateTime('2/30/2025 09:00', ['M/d/yyyy HH:mm'])).toThrow(
      '"2/30/2025 09:00" is not a real date and time (expected M/D/YYYY HH:MM)',
    );
    expect(() => parseLocalDateTime('2025-03-27 06:08', ['MM/dd/yyyy HH:mm'])).toThrow(/not a real date and time/);
  });
});

describe('parseDayIn', () => {
  it('reads a day in any of the patterns, and names them all when none fits', () => {
    expect(parseDayIn('3/1/2025', ['M/d/yyyy', 'MM/dd/yyyy'])).toBe('2025-03-01');
    expect(parseDayIn('03/01/2025', ['M/d/yyyy', 'MM/dd/yyyy'])).toBe('2025-03-01');
    expect(() => parseDayIn('31/01/2025', ['M/d/yyyy', 'MM/dd/yyyy'])).toThrow(
      '"31/01/2025" is not a real day (expected M/D/YYYY or MM/DD/YYYY)',
    );
  });
});
