import type { OrganicDailyRow, ParseEvent } from '../canonical.js';
import { accountFromHints } from '../account-hint.js';
import { matchHeader } from '../columns.js';
import type { ExportFormat, ParseContext } from '../format.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { parseDayIn } from '../reader/local-date-times.js';
import { RowCells } from '../row-cells.js';
import { descriptionRow, legacyColumns } from './facebook-insights-legacy.js';
import { fileError } from './meta-shared.js';

/**
 * Legacy Facebook Page Insights, page-level file (docs/FORMATS.md §2.2): one row per day, row 2 a description row,
 * a few hundred columns of which Tandem reads seven (the pivoted `Daily City: …` columns and the weekly and
 * 28-day rollups are ignored). The file names no page: the account comes from the upload's `account` field.
 */

const COLUMNS = {
  date: { header: 'Date', unit: 'Total Count' },
  /** Cumulative fans: the follower gauge. */
  totalLikes: { header: 'Lifetime Total Likes', unit: 'Unique Users' },
  newLikes: { header: 'Daily New Likes', unit: 'Unique Users' },
  unlikes: { header: 'Daily Unlikes', unit: 'Unique Users' },
  impressions: { header: 'Daily Total Impressions', unit: 'Total Count' },
  reach: { header: 'Daily Total Reach', unit: 'Unique Users' },
  engagedUsers: { header: 'Daily Page Engaged Users', unit: 'Unique Users' },
} as const;

const METRIC_HEADERS = Object.values(COLUMNS)
  .map((column) => column.header)
  .filter((header) => header !== 'Date');

/** ISO in re-saved files, `M/D/YYYY` (padded or not) in the US-locale downloads: both read, nothing guessed. */
const DAY_PATTERNS = ['yyyy-MM-dd', 'M/d/yyyy', 'MM/dd/yyyy'] as const;

export const facebookPageInsightsFormat: ExportFormat = {
  id: 'facebook-page-insights',
  label: 'Facebook Page Insights (legacy page export)',
  grain: 'organic',
  headers: ['Date', ...METRIC_HEADERS],
  // Not `Date`: the description row has no date, and it is dropped here rather than counted as a summary row.
  dimensionHeaders: [],
  detect: (head) => {
    const detection = matchHeader(head, { required: ['Date'], anyOf: METRIC_HEADERS });
    // Only `Date` in common is no resemblance: not worth naming as the closest format.
    return detection.confidence < 1 ? { ...detection, confidence: 0 } : detection;
  },
  parse: parsePageInsights,
};

async function* parsePageInsights(
  records: AsyncIterable<CsvRecord>,
  context: ParseContext,
): AsyncGenerator<ParseEvent> {
  const { table, hints } = context;
  const description = descriptionRow(table);
  const columns = legacyColumns(table, description, COLUMNS);
  if (!columns.date) {
    yield fileError(table.header.line, 'missing columns: Date');
    return;
  }
  const account = accountFromHints(hints, 'FACEBOOK');
  if (account.warning) yield { type: 'warning', message: account.warning };
  for await (const record of records) {
    if (record.line === description?.line) continue;
    const cells = new RowCells(record, table.decimalMark);
    const date = cells.require(columns.date, (value) => parseDayIn(value, DAY_PATTERNS));
    const newLikes = cells.count(columns.newLikes, 'followersGained');
    const unlikes = cells.count(columns.unlikes, 'followersGained');
    const row: OrganicDailyRow = {
      kind: 'organic',
      line: record.line,
      date: date ?? '',
      platform: 'FACEBOOK',
      accountId: account.accountId,
      accountName: account.accountName,
      followers: cells.count(columns.totalLikes, 'followers'),
      // Net growth: new likes minus unlikes, only when the file gives both.
      newFollowers: newLikes !== null && unlikes !== null ? newLikes - unlikes : null,
      followersGained: newLikes,
      impressions: cells.count(columns.impressions, 'impressions'),
      reach: cells.count(columns.reach, 'reach'),
      // Engaged *users* (people who clicked anywhere, unique), the closest the legacy page file has to engagements.
      engagements: cells.count(columns.engagedUsers, 'engagements'),
      posts: null,
    };
    for (const error of cells.errors) yield { type: 'error', error };
    if (date !== null && !cells.rejected) yield { type: 'row', row };
  }
}
