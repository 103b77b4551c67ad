import { describe, expect, it } from 'vitest';
import { latestDayNotAfter, parseMonthDay, placeDailySeries, referenceDay } from './yearless-dates.js';

const days = (...texts: string[]) => texts.map(parseMonthDay);

describe('parseMonthDay', () => {
  it('reads English, Spanish and Portuguese month names, full or abbreviated, any case and accents', () => {
    expect(parseMonthDay('August 31')).toEqual({ month: 8, day: 31 });
    expect(parseMonthDay('Aug. 1')).toEqual({ month: 8, day: 1 });
    expect(parseMonthDay('31 de julho')).toEqual({ month: 7, day: 31 });
    expect(parseMonthDay('5 de Março')).toEqual({ month: 3, day: 5 });
    expect(parseMonthDay('12 de diciembre')).toEqual({ month: 12, day: 12 });
    expect(parseMonthDay('1 setembro')).toEqual({ month: 9, day: 1 });
    expect(parseMonthDay('February 29')).toEqual({ month: 2, day: 29 });
  });

  it('rejects unknown months and days a month never has', () => {
    expect(() => parseMonthDay('Octember 5')).toThrow('is not a day of a month');
    expect(() => parseMonthDay('April 31')).toThrow('is not a day of a month');
    expect(() => parseMonthDay('2025-08-31')).toThrow('is not a day of a month');
  });
});

describe('placeDailySeries', () => {
  it('gives the last row the latest year not after the reference day', () => {
    expect(placeDailySeries(days('August 30', 'August 31'), '2026-11-28')).toEqual([
      { day: '2026-08-30' },
      { day: '2026-08-31' },
    ]);
    expect(placeDailySeries(days('November 28'), '2026-11-28')).toEqual([{ day: '2026-11-28' }]);
    expect(placeDailySeries(days('November 29'), '2026-11-28')).toEqual([{ day: '2025-11-29' }]);
  });

  it('steps back a year at each January-to-December jump, read from the last row up', () => {
    expect(placeDailySeries(days('December 31', 'January 1', 'December 31', 'January 1'), '2026-02-01')).toEqual([
      { day: '2024-12-31' },
      { day: '2025-01-01' },
      { day: '2025-12-31' },
      { day: '2026-01-01' },
    ]);
  });

  it('also steps back over a gap of missing days across New Year', () => {
    expect(placeDailySeries(days('November 30', 'February 1'), '2026-03-01')).toEqual([
      { day: '2025-11-30' },
      { day: '2026-02-01' },
    ]);
  });

  it('says why February 29 has no day in a common year', () => {
    expect(placeDailySeries(days('February 28', 'February 29'), '2025-03-01')).toEqual([
      { day: '2025-02-28' },
      { problem: 'February 29 does not exist in 2025' },
    ]);
  });
});

describe('latestDayNotAfter', () => {
  it('places each post on its own: the latest year that is not after the reference day', () => {
    expect(latestDayNotAfter({ month: 10, day: 3 }, '2026-11-28')).toBe('2026-10-03');
    expect(latestDayNotAfter({ month: 12, day: 24 }, '2026-11-28')).toBe('2025-12-24');
    expect(latestDayNotAfter({ month: 2, day: 29 }, '2026-11-28')).toBe('2024-02-29');
  });
});

describe('referenceDay', () => {
  it('is the upload exportedOn day, else today in UTC', () => {
    expect(referenceDay({ exportedOn: '2026-11-28' })).toBe('2026-11-28');
    expect(referenceDay({}, new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-01');
    expect(() => referenceDay({ exportedOn: '28/11/2026' })).toThrow('is not a real day');
  });
});
