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

  it('reads a 12-hour clock with seconds: 12 AM is midnight, 12 PM noon', () => {
    const twelveHour = ['MM/dd/yyyy hh:mm:ss a'];
    expect(parseLocalDateTime('01/19/2017 09:03:47 AM', twelveHour)).toBe('2017-01-19T09:03:47');
    expect(parseLocalDateTime('07/17/2017 03:00:13 PM', twelveHour)).toBe('2017-07-17T15:00:13');
    expect(parseLocalDateTime('02/14/2016 12:40:16 AM', twelveHour)).toBe('2016-02-14T00:40:16');
    expect(parseLocalDateTime('02/14/2016 12:40:16 PM', twelveHour)).toBe('2016-02-14T12:40:16');
  });

  it('holds a 12-hour clock to its exact form, and names it apart from a 24-hour one', () => {
    const patterns = ['MM/dd/yyyy hh:mm:ss a', 'MM/dd/yyyy HH:mm'];
    for (const raw of [
      '01/19/2017 13:03:47 PM',
      '01/19/2017 00:03:47 AM',
      '01/19/2017 9:03:47 AM',
      '01/19/2017 09:03:47',
      '01/19/2017 09:03:47 am',
    ]) {
      expect(() => parseLocalDateTime(raw, patterns)).toThrow(
        `"${raw}" is not a real date and time (expected MM/DD/YYYY hh:MM:SS AM/PM or MM/DD/YYYY HH:MM)`,
      );
    }
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
