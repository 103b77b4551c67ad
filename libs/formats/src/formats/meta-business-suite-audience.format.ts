import type { ExportFormat } from '../format.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { cellValue } from '../reader/empty-cell.js';
import type { FileHead } from '../reader/file-head.js';
import { normalizeHeader } from '../reader/header-names.js';
import { fileError } from './meta-shared.js';

/**
 * Meta Business Suite audience snapshots (docs/FORMATS.md §2.1): `Audience.csv` (stacked blocks: Age & gender, Top
 * cities, Top countries, Top pages, a duplicate Follows series), `Gender.csv` and `FollowerTopTerritories.csv`.
 * Tandem stores no audience snapshots yet, so such a file is recognised only to fail with a plain message instead
 * of being misread as a daily series or reported as unknown.
 *
 * Its confidence stays below a real fit, so that a format that does read such a file (TikTok Studio's
 * `FollowerTopTerritories.csv` has the same header) wins over it.
 */
const CONFIDENCE = 0.6;

/** Block titles and first-column headers of the audience files, normalised. */
const AUDIENCE_LABELS = new Set([
  'age & gender',
  'age and gender',
  'gender',
  'age',
  'top cities',
  'top countries',
  'top pages',
  'top territories',
  'top territory',
  'cities',
  'countries',
]);

export const metaBusinessSuiteAudienceFormat: ExportFormat = {
  id: 'meta-business-suite-audience',
  label: 'Meta Business Suite audience snapshot (not imported yet)',
  grain: 'organic',
  headers: [],
  dimensionHeaders: [],
  detect: (head) =>
    looksLikeAudience(head)
      ? { confidence: CONFIDENCE, mismatch: null }
      : { confidence: 0, mismatch: 'no audience block (Age & gender, Top cities, Top territories…)' },
  // The records are not read: the file is refused as a whole.
  parse: async function* (_records, { table, fileName }) {
    yield fileError(
      table.header.line,
      `"${fileName}" is a Meta Business Suite audience snapshot (age, gender, cities, countries or territories): not imported yet: audience snapshots. Import the daily series files (one metric each, such as "Views" or "Facebook follows") instead.`,
    );
  },
};

function looksLikeAudience(head: FileHead): boolean {
  if (!head.table) return false;
  const { preamble, header, records } = head.table;
  return [...preamble, header, ...records].some(isAudienceRecord);
}

/** A block title or mini-header of an audience file: a short record (at most 4 values) led by an audience label. */
export function isAudienceRecord(record: CsvRecord): boolean {
  const values = record.cells.map(cellValue).filter((value) => value !== null);
  const [first] = values;
  return first !== undefined && values.length <= 4 && AUDIENCE_LABELS.has(normalizeHeader(first));
}
