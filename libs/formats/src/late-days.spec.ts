import { describe, expect, it } from 'vitest';
import type { CanonicalRow } from './canonical.js';
import { lateDayCheck } from './late-days.js';

const paid = (date: string) => ({ kind: 'paid', line: 7, date }) as CanonicalRow;

describe('lateDayCheck', () => {
  it('rejects a day more than one day after the export day, naming both', () => {
    expect(lateDayCheck('2026-05-01')(paid('2026-05-03'))).toEqual({
      row: 7,
      column: null,
      message:
        "The row's day 2026-05-03 is after 2026-05-01, the day the file was exported: no platform reports days to come, so the row is not imported",
    });
  });

  it('keeps the export day and the next (time zones ahead of UTC), and any day without an export day', () => {
    expect(lateDayCheck('2026-05-01')(paid('2026-05-02'))).toBeNull();
    expect(lateDayCheck('2026-12-31')(paid('2026-12-31'))).toBeNull();
    expect(lateDayCheck(undefined)(paid('2099-01-01'))).toBeNull();
  });

  it('looks at where a period starts and when a post was published', () => {
    const period = { kind: 'paid-period', line: 2, periodStart: '2026-05-01', periodEnd: '2026-05-31' } as CanonicalRow;
    expect(lateDayCheck('2026-05-10')(period)).toBeNull();
    const post = { kind: 'post', line: 3, publishedAt: '2027-01-01 10:00' } as CanonicalRow;
    expect(lateDayCheck('2026-05-10')(post)?.row).toBe(3);
  });
});
