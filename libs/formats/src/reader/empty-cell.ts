/** Placeholders that mean "no value", which is not 0 (docs/FORMATS.md §0 step 6); the last four are export bugs. */
const EMPTY_MARKERS = new Set(['', '--', '-', '—', 'n/a', 'undefined', 'nan', 'null']);
/** `undefined`. */
const LONGEST_MARKER = 9;
/** `-`, `n`, `N`, `u`, `U`: the printable ASCII characters a marker can start with, whatever its case. */
const MARKER_STARTS = new Set([0x2d, 0x6e, 0x4e, 0x75, 0x55]);

export function isEmptyCell(cell: string): boolean {
  // Most cells hold values, and this runs for several cells of every row: a cell that starts and ends with a
  // printable ASCII character (so trimming leaves it as it is) and is too long for a marker, or starts with a
  // character no marker starts with, is a value without trimming or lower-casing it.
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  if (isPrintableAscii(first) && isPrintableAscii(last)) {
    if (cell.length > LONGEST_MARKER || !MARKER_STARTS.has(first)) return false;
  }
  return EMPTY_MARKERS.has(cell.trim().toLowerCase());
}

/** The trimmed cell, or null when it holds no value. */
export function cellValue(cell: string | undefined): string | null {
  return cell === undefined || isEmptyCell(cell) ? null : cell.trim();
}

/** `!` to `~`: not whitespace, so never trimmed. NaN (an empty cell's missing character) is not. */
function isPrintableAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}
