/** Placeholders that mean "no value", which is not 0 (FORMATS.md §0 step 6); the last four are export bugs. */
const EMPTY_MARKERS = new Set(['', '--', '-', '—', 'n/a', 'undefined', 'nan', 'null']);

export function isEmptyCell(cell: string): boolean {
  return EMPTY_MARKERS.has(cell.trim().toLowerCase());
}

/** The trimmed cell, or null when it holds no value. */
export function cellValue(cell: string | undefined): string | null {
  return cell === undefined || isEmptyCell(cell) ? null : cell.trim();
}
