import type { ImportHints, IsoDate, ParseEvent } from './canonical.js';

export interface NamedPeriod {
  start: IsoDate;
  end: IsoDate;
}

/** The period an upload names for an export that carries no dates (`periodStart`, `periodEnd`), or null. */
export function periodFromHints(hints: ImportHints): NamedPeriod | null {
  if (!hints.periodStart || !hints.periodEnd) return null;
  return { start: hints.periodStart, end: hints.periodEnd };
}

/**
 * The one error of an export with no dates whose upload did not name its period: it says exactly which upload
 * fields to add, so that the file is stored as one whole-period fact instead of being refused.
 */
export function undatedExportError(headerLine: number, what: string): ParseEvent {
  return {
    type: 'error',
    error: {
      row: headerLine,
      column: null,
      message: `${what} has no dates, so the period its figures cover is unknown. Upload it again with the fields periodStart and periodEnd (YYYY-MM-DD, the first and last day of the range you chose when exporting): it is then stored as one whole-period total, never spread over days.`,
    },
  };
}
