import type { ImportHints, IsoDate, ParseEvent } from '../canonical.js';

/**
 * Pieces the Meta organic formats share (Business Suite series and content exports, legacy Page Insights).
 */

/** The `asOf` of a lifetime post snapshot: the upload's `exportedOn` (the API always sets it), else today (UTC). */
export function snapshotDay(hints: ImportHints): IsoDate {
  return hints.exportedOn ?? new Date().toISOString().slice(0, 10);
}

/**
 * Post times in Meta exports (`03/27/2025 06:08`, legacy `10/1/2015 21:00`). Their time zone is unverified
 * (docs/FORMATS.md §2.2, §2.3), so they are kept as a local timestamp without a zone, never shifted.
 */
export const META_POST_TIME_PATTERNS = ['MM/dd/yyyy HH:mm', 'M/d/yyyy H:mm'] as const;

/** A file-level failure pinned to a line, so that the import counts it as rejected and ends FAILED. */
export function fileError(line: number, message: string): ParseEvent {
  return { type: 'error', error: { row: line, column: null, message } };
}
