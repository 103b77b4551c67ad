import type { IsoDate, OrganicDailyRow, ParseEvent, PostRow } from '../canonical.js';
import { accountFromHints, type HintedAccount } from '../account-hint.js';
import { mapColumns, type Column } from '../columns.js';
import type { Detection, ExportFormat, ParseContext } from '../format.js';
import { parseHashtags } from '../hashtags.js';
import { mapRecords } from '../map-records.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { parseDayIn } from '../reader/local-date-times.js';
import { readOtherTable, type FileHead, type TableHead } from '../reader/file-head.js';
import { isFooterRow } from '../reader/footer-rows.js';
import { normalizeHeader } from '../reader/header-names.js';
import { referenceDay } from '../reader/yearless-dates.js';
import { RowCells } from '../row-cells.js';
import { OnceWarnings, sumCounts } from './organic-parts.js';

/**
 * YouTube Studio Advanced-mode exports (FORMATS.md §2.6): the downloaded zip (`Table data.csv`, `Chart data.csv`,
 * `Totals.csv`), or one of its files uploaded alone.
 * - `Table data.csv` of the Content tab → one post snapshot per video (the `Total` row, JA `合計`, is never read;
 *   video ids stay strings: they may start with `-`). Of the Date tab → organic daily rows with every column.
 * - `Totals.csv` (`Date` + the one charted metric, channel-wide) → organic daily rows, routed by the metric's
 *   header: Views → video views, Subscribers → net new followers, Impressions → impressions…; watch time has no
 *   canonical field and is skipped with a warning. A zip with both tables imports both.
 * - `Chart data.csv` (the charted metric per video per day) is not read: `Totals.csv` carries the channel's days.
 *
 * Engagements = likes + comments added + shares. Days are YouTube's (Pacific time, `tzBasis: 'pacific'`). The files
 * name no channel: the upload's `account` field, else the channel name in the zip's name
 * (`Content 2025-03-01_2025-03-31 Channel Name.zip`), else the platform's unnamed account.
 */

const TABLE_DATA = 'table data.csv';
const TOTALS = 'totals.csv';
const CONTENT_REQUIRED = ['Content', 'Video title'] as const;
const CONTENT_OPTIONAL = [
  'Video publish time',
  'Views',
  'Likes',
  'Comments added',
  'Shares',
  'Impressions',
  'Thumbnail impressions',
] as const;

type DailyField = 'videoViews' | 'newFollowers' | 'followersGained' | 'impressions' | 'likes' | 'comments' | 'shares';

/** Which canonical field a daily metric column fills; `null`: known, but with no canonical field (skipped). */
const DAILY_METRICS: ReadonlyMap<string, DailyField | null> = new Map(
  Object.entries({
    Views: 'videoViews',
    Subscribers: 'newFollowers',
    'Subscribers gained': 'followersGained',
    Impressions: 'impressions',
    'Thumbnail impressions': 'impressions',
    Likes: 'likes',
    'Comments added': 'comments',
    Shares: 'shares',
    'Watch time (hours)': null,
  } as const satisfies Record<string, DailyField | null>).map(([header, field]) => [normalizeHeader(header), field]),
);
/** Fields that go below zero on days with more losses than gains (net subscribers, unliked videos). */
const SIGNED_FIELDS: ReadonlySet<DailyField> = new Set(['newFollowers', 'likes', 'comments', 'shares']);

const DAY_PATTERNS = ['yyyy-MM-dd', 'MMM d, yyyy'] as const;
const CHANNEL_IN_ZIP_NAME = /^\S+ \d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2} (.+)\.zip$/i;

export const youtubeStudioFormat: ExportFormat = {
  id: 'youtube-studio',
  label: 'YouTube Studio analytics (Advanced mode export)',
  grain: 'organic',
  headers: ['Date', ...CONTENT_REQUIRED, ...CONTENT_OPTIONAL, ...DAILY_METRICS.keys()],
  dimensionHeaders: ['Content', 'Date'],
  detect,
  tableName: (head) => (entryNamed(head, TABLE_DATA) ?? entryNamed(head, TOTALS))?.name ?? null,
  parse: (records, context) => readYouTube(records, context),
};

function detect(head: FileHead): Detection {
  if (head.container === 'zip') {
    const table = entryNamed(head, TABLE_DATA) ?? entryNamed(head, TOTALS);
    return table
      ? { confidence: 1, mismatch: null }
      : { confidence: 0, mismatch: 'a zip archive without Table data.csv or Totals.csv' };
  }
  if (head.container !== 'text' || !head.table)
    return { confidence: 0, mismatch: `not a CSV file (${head.container})` };
  const table = head.table;
  if (isContentTable(table) || isDailyTable(table, head.fileName)) return { confidence: 1, mismatch: null };
  return { confidence: 0, mismatch: 'needs Content + Video title, or Date + YouTube metrics' };
}

function entryNamed(head: FileHead, name: string): { name: string; table: TableHead } | null {
  if (head.container !== 'zip') return null;
  for (const entry of head.entries) {
    const baseName = entry.name.split('/').at(-1)?.toLowerCase();
    const table = entry.text?.table;
    if (baseName === name && table && (isContentTable(table) || isDailyTable(table, name))) {
      return { name: entry.name, table };
    }
  }
  return null;
}

function isContentTable(table: TableHead): boolean {
  return mapColumns(table.header.cells, CONTENT_REQUIRED, []).ok;
}

/**
 * `Date` + YouTube metrics: a Date-tab `Table data.csv` has several (`Watch time (hours)` among them); `Totals.csv`
 * has exactly one, and so only counts with its own file name, lest any `Date,Views` file be taken for it.
 */
function isDailyTable(table: TableHead, fileName: string): boolean {
  const [first, ...metrics] = table.header.cells.map(normalizeHeader);
  if (first !== 'date' || metrics.length === 0 || !metrics.every((metric) => metric !== '')) return false;
  const known = metrics.filter((metric) => DAILY_METRICS.has(metric));
  if (metrics.length === 1) return known.length === 1 && /totals/i.test(fileName);
  return known.length >= 2 && metrics.includes(normalizeHeader('Watch time (hours)'));
}

async function* readYouTube(records: AsyncIterable<CsvRecord>, context: ParseContext): AsyncGenerator<ParseEvent> {
  const account = channelAccount(context);
  const warnings = new OnceWarnings();
  warnings.add(account.warning);
  yield* warnings.drain();
  if (!isContentTable(context.table)) {
    yield* readDaily(records, context, account);
    return;
  }
  yield* readVideos(records, context, account);
  const totals = entryNamed(context.file.head, TOTALS);
  const other = totals ? readOtherTable(context.file, totals.name) : null;
  if (other) yield* readDaily(withoutTotals(other.records), { ...context, table: other.table }, account);
}

function readVideos(
  records: AsyncIterable<CsvRecord>,
  context: ParseContext,
  account: HintedAccount,
): AsyncIterable<ParseEvent> {
  const asOf = referenceDay(context.hints);
  return mapRecords(
    records,
    context,
    { required: CONTENT_REQUIRED, optional: CONTENT_OPTIONAL },
    (cells, columns): PostRow | null => {
      const postId = cells.require(columns.Content, (value) => value);
      const text = cells.text(columns['Video title']);
      const publishedAt = cells.read(columns['Video publish time'], parseYouTubeDay);
      const likes = cells.count(columns.Likes, 'any');
      const comments = cells.count(columns['Comments added']);
      const shares = cells.count(columns.Shares);
      if (postId === null) return null;
      return {
        kind: 'post',
        line: cells.line,
        platform: 'YOUTUBE',
        accountId: account.accountId,
        accountName: account.accountName,
        postId,
        publishedAt,
        asOf,
        type: 'video',
        text,
        permalink: `https://www.youtube.com/watch?v=${postId}`,
        hashtags: parseHashtags(text),
        impressions: cells.count(columns.Impressions ?? columns['Thumbnail impressions']),
        reach: null,
        engagements: sumCounts(likes, comments, shares),
        likes,
        comments,
        shares,
        saves: null,
        videoViews: cells.count(columns.Views),
        clicks: null,
      };
    },
  );
}

async function* readDaily(
  records: AsyncIterable<CsvRecord>,
  context: ParseContext,
  account: HintedAccount,
): AsyncGenerator<ParseEvent> {
  const header = context.table.header.cells;
  const date: Column = { index: 0, header: header[0]?.trim() ?? 'Date' };
  const metrics: Array<{ column: Column; field: DailyField }> = [];
  const skipped: string[] = [];
  header.forEach((cell, index) => {
    if (index === 0) return;
    const field = DAILY_METRICS.get(normalizeHeader(cell));
    if (field) metrics.push({ column: { index, header: cell.trim() }, field });
    else skipped.push(`"${cell.trim()}"`);
  });
  if (skipped.length > 0) {
    const plural = skipped.length === 1 ? 'has' : 'have';
    yield {
      type: 'warning',
      message: `YouTube Studio ${skipped.join(', ')} ${plural} no place in Tandem's daily figures: not imported.`,
    };
  }
  if (metrics.length === 0) return;
  yield* mapRecords(records, context, { required: [], optional: [] }, (cells): OrganicDailyRow | null => {
    const day = cells.require(date, parseYouTubeDay);
    const values = readDailyFields(cells, metrics);
    if (day === null) return null;
    const engaged = values.likes !== undefined || values.comments !== undefined || values.shares !== undefined;
    return {
      kind: 'organic',
      line: cells.line,
      date: day,
      platform: 'YOUTUBE',
      accountId: account.accountId,
      accountName: account.accountName,
      followers: null,
      newFollowers: null,
      impressions: null,
      reach: null,
      engagements: engaged ? sumCounts(values.likes, values.comments, values.shares) : null,
      posts: null,
      ...values,
      tzBasis: 'pacific',
    };
  });
}

function readDailyFields(
  cells: RowCells,
  metrics: ReadonlyArray<{ column: Column; field: DailyField }>,
): Partial<Record<DailyField, number | null>> {
  const values: Partial<Record<DailyField, number | null>> = {};
  for (const { column, field } of metrics) {
    values[field] ??= cells.count(column, SIGNED_FIELDS.has(field) ? 'any' : 'non-negative');
  }
  return values;
}

async function* withoutTotals(records: AsyncIterable<CsvRecord>): AsyncGenerator<CsvRecord> {
  for await (const record of records) if (!isFooterRow(record.cells, [0])) yield record;
}

function channelAccount(context: ParseContext): HintedAccount {
  const channel = CHANNEL_IN_ZIP_NAME.exec(context.fileName)?.[1]?.trim();
  if (!context.hints.account?.trim() && channel) return { accountId: channel, accountName: channel, warning: null };
  return accountFromHints(context.hints, 'YOUTUBE');
}

/** `2025-03-01` (Totals.csv) or `Mar 3, 2025` (Video publish time). */
export function parseYouTubeDay(raw: string): IsoDate {
  return parseDayIn(raw, DAY_PATTERNS, 'YYYY-MM-DD or e.g. "Jan 6, 2024"');
}
