import type { CanonicalRow, IsoDate, RowError } from './canonical.js';

const DAY_MS = 86_400_000;

/**
 * A row dated after the day its file was exported (`exportedOn`, the upload day by default) reports what cannot
 * have happened yet: it is rejected. One day of slack, because the export day is a UTC day and a platform's
 * reporting day runs up to 14 hours ahead of it. A period may end after it (a "this month" report), but not start.
 */
export function lateDayCheck(exportedOn: IsoDate | undefined): (row: CanonicalRow) => RowError | null {
  if (exportedOn === undefined) return () => null;
  // Worked out once per file: a Date per row costs more than the rest of the check.
  const latest = new Date(Date.parse(`${exportedOn}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return (row) => {
    const day = firstDay(row);
    if (day === null || day <= latest) return null;
    return {
      row: row.line,
      column: null,
      message: `The row's day ${day} is after ${exportedOn}, the day the file was exported: no platform reports days to come, so the row is not imported`,
    };
  };
}

function firstDay(row: CanonicalRow): IsoDate | null {
  switch (row.kind) {
    case 'paid':
    case 'organic':
      return row.date;
    case 'paid-period':
    case 'paid-audience':
      return row.periodStart;
    case 'post':
      return row.publishedAt?.slice(0, 10) ?? null;
  }
}
