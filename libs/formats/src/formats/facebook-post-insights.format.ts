import type { ParseEvent, PostRow } from '../canonical.js';
import { accountFromHints } from '../account-hint.js';
import { matchHeader } from '../columns.js';
import type { ExportFormat, ParseContext } from '../format.js';
import { parseHashtags } from '../hashtags.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { parseLocalDateTime } from '../reader/local-date-times.js';
import { RowCells } from '../row-cells.js';
import { descriptionRow, LEGACY_POST_TIME_PATTERNS, legacyColumns } from './facebook-insights-legacy.js';
import { fileError, snapshotDay } from './meta-shared.js';

/**
 * Legacy Facebook Page Insights, post-level file (docs/FORMATS.md §2.2): one row per post with lifetime totals as of
 * the export (`post` snapshots, never daily figures), row 2 a description row.
 *
 * `Posted` (`"01/19/2017 09:03:47 AM"` as downloaded, `10/1/2015 21:00` once re-saved by Excel) is in an unverified
 * time zone, so it is stored as written, a local timestamp without zone (`2017-01-19T09:03:47`), never shifted.
 */

const COLUMNS = {
  postId: { header: 'Post ID', unit: 'Total Count' },
  permalink: { header: 'Permalink', unit: 'Total Count' },
  message: { header: 'Post Message', unit: 'Total Count' },
  type: { header: 'Type', unit: 'Total Count' },
  posted: { header: 'Posted', unit: 'Total Count' },
  reach: { header: 'Lifetime Post Total Reach', unit: 'Unique Users' },
  impressions: { header: 'Lifetime Post Total Impressions', unit: 'Total Count' },
  engagedUsers: { header: 'Lifetime Engaged Users', unit: 'Unique Users' },
} as const;

const METRIC_HEADERS = ['Lifetime Post Total Reach', 'Lifetime Post Total Impressions', 'Lifetime Engaged Users'];

export const facebookPostInsightsFormat: ExportFormat = {
  id: 'facebook-post-insights',
  label: 'Facebook Page Insights (legacy post export)',
  grain: 'organic',
  headers: Object.values(COLUMNS).map((column) => column.header),
  // Not `Post ID`: the description row has none, and it is dropped here rather than counted as a summary row.
  dimensionHeaders: [],
  detect: (head) => matchHeader(head, { required: ['Post ID', 'Posted'], anyOf: METRIC_HEADERS }),
  parse: parsePostInsights,
};

async function* parsePostInsights(
  records: AsyncIterable<CsvRecord>,
  context: ParseContext,
): AsyncGenerator<ParseEvent> {
  const { table, hints } = context;
  const description = descriptionRow(table);
  const columns = legacyColumns(table, description, COLUMNS);
  if (!columns.postId) {
    yield fileError(table.header.line, 'missing columns: Post ID');
    return;
  }
  const asOf = snapshotDay(hints);
  const hinted = hints.account?.trim() || null;
  let unnamedWarned = false;
  for await (const record of records) {
    if (record.line === description?.line) continue;
    const cells = new RowCells(record, table.decimalMark);
    const postId = cells.require(columns.postId, (value) => value);
    // `<pageid>_<postid>`: the page is the account, unless the upload names one.
    const pageId = postId?.includes('_') ? (postId.split('_')[0] ?? '') : '';
    let account = { accountId: hinted ?? pageId, accountName: hinted };
    if (!account.accountId) {
      const fallback = accountFromHints(hints, 'FACEBOOK');
      if (fallback.warning && !unnamedWarned) yield { type: 'warning', message: fallback.warning };
      unnamedWarned = true;
      account = fallback;
    }
    const text = cells.text(columns.message);
    const row: PostRow = {
      kind: 'post',
      line: record.line,
      platform: 'FACEBOOK',
      accountId: account.accountId,
      accountName: account.accountName,
      postId: postId ?? '',
      publishedAt: cells.read(columns.posted, (value) => parseLocalDateTime(value, LEGACY_POST_TIME_PATTERNS)),
      asOf,
      type: cells.text(columns.type),
      text,
      permalink: cells.text(columns.permalink),
      hashtags: parseHashtags(text),
      impressions: cells.count(columns.impressions, 'impressions'),
      reach: cells.count(columns.reach, 'reach'),
      // Engaged *users* (unique people who clicked anywhere in the post), the closest the legacy file has.
      engagements: cells.count(columns.engagedUsers, 'engagements'),
      likes: null,
      comments: null,
      shares: null,
      saves: null,
      videoViews: null,
      clicks: null,
    };
    for (const error of cells.errors) yield { type: 'error', error };
    if (postId !== null && !cells.rejected) yield { type: 'row', row };
  }
}
