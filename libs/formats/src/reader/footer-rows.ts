import { isEmptyCell } from './empty-cell.js';

/**
 * `Total`, `Totals: Account`, `Total : compte`, `Total: 12 resultados` (TikTok in Spanish), `Gesamt`, `合計`
 * (docs/FORMATS.md §0 step 5). The whole first cell must be the word, or the word and a colon, so that a campaign
 * called "Total Recall" is not taken for a total.
 */
const TOTAL_LABEL = /^(?:totals?|gesamt|合計)\s*(?::|$)/i;
/** TikTok in Korean: `총 285개 결과` ("285 results in total") in the first column, the whole cell. */
const RESULT_COUNT = /^총\s*[\d,]+\s*개\s*결과$/;

/** A total or summary row: never imported, only counted. */
export function isFooterRow(cells: readonly string[], dimensionIndexes: readonly number[]): boolean {
  return isTotalRow(cells) || hasNoDimension(cells, dimensionIndexes);
}

export function isTotalRow(cells: readonly string[]): boolean {
  const first = cells.find((cell) => !isEmptyCell(cell));
  if (first === undefined) return false;
  const label = first.trim();
  return TOTAL_LABEL.test(label) || RESULT_COUNT.test(label);
}

/** A row whose entity cells (date, ids, names) are all empty or `--` describes no entity: a summary. */
function hasNoDimension(cells: readonly string[], dimensionIndexes: readonly number[]): boolean {
  return dimensionIndexes.length > 0 && dimensionIndexes.every((index) => isEmptyCell(cells[index] ?? ''));
}
