import type { IsoDate, OrganicDailyRow, ParseEvent, PostRow, RowError } from '../canonical.js';
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
import { sumCounts } from './organic-parts.js';

/**
 * YouTube Studio Advanced-mode exports (docs/FORMATS.md §2.6): the downloaded zip (`Table data.csv`, `Chart data.csv`,
 * `Totals.csv`), or one of its files uploaded alone.
 * - `Table data.csv` of the Content tab → one post snapshot per video (the `Total` row, JA `合計`, is never read;
 *   video ids stay strings: they may start with `-`). Of the Date tab → organic daily rows with every column.
 * - `Totals.csv` (`Date` + the one charted metric, channel-wide) → organic daily rows, routed by the metric's
 *   header: Views → video views, Subscribers → net new followers, Impressions → impressions…; watch time has no
 *   canonical field and is skipped with a warning. A zip with both tables imports both.
 * - `Chart data.csv` (`Date`, one dimension — a video, a traffic source, a subscription status… — and the charted
 *   metric, one row per value per day, no Total row) → the channel's days: per day, the sum over the dimension's
 *   values, as organic daily rows under the key of `Totals.csv` rows (platform, channel, day), so that both files
 *   restate the same days and never add up. `Totals.csv` is complete, so a zip that has it never reads the chart;
 *   a Content-tab chart lists only the videos loaded in Studio, so its sums can fall short (the import says so).
 *   Never read as post snapshots, and averages or percentages are never summed: they are refused.
 *
 * Engagements = likes + comments added + shares. Days are YouTube's (Pacific time, `tzBasis: 'pacific'`). The files
 * name no channel: the upload's `account` field, else the channel name in the zip's name
 * (`<Tab> <start>_<end> <Channel>.zip`: `Content 2025-03-01_2025-03-31 Channel Name.zip`, and a tab name may have
 * a space, `Traffic source 2020-09-01_2020-09-04 …`), else the platform's unnamed account.
 */

const TABLE_DATA = 'table data.csv';
const TOTALS = 'totals.csv';
const CHART_DATA = 'chart data.csv';
/** `Chart data.csv`, also as users rename it (`Chart_data.csv`, `Chart data (1).csv`). */
const CHART_DATA_NAME = /chart[\s_-]*data/i;
/**
 * Dimensions of a chart other than the Content tab's, seen in real exports (`Date,Traffic source,Views`,
 * `Date,Subscription status,Views`); other tabs' charts count by their file name.
 */
const CHART_DIMENSIONS = ['Traffic source', 'Subscription status'] as const;
const CHART_DIMENSION_NAMES: ReadonlySet<string> = new Set(CHART_DIMENSIONS.map(normalizeHeader));
/** Averages and shares (`Average view duration`, `Stayed to watch (%)`, RPM): a day is not the sum of its parts. */
const NOT_ADDITIVE = /%|^average\b|\b(?:rpm|cpm)$/;
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
type DailyValues = Partial<Record<DailyField, number | null>>;

/** What a YouTube table holds: videos (Content-tab `Table data.csv`), days, or a chart split by a dimension. */
type TableKind = 'videos' | 'daily' | 'chart';

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

const DAY_PATTERNS = ['yyyy-MM-dd', 'MMM d, yyyy'] as const;
const CHANNEL_IN_ZIP_NAME = /^.+? \d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2} (.+)\.zip$/i;

export const youtubeStudioFormat: ExportFormat = {
  id: 'youtube-studio',
  label: 'YouTube Studio analytics (Advanced mode export)',
  grain: 'organic',
  headers: ['Date', ...CONTENT_REQUIRED, ...CONTENT_OPTIONAL, ...DAILY_METRICS.keys(), ...CHART_DIMENSIONS],
  dimensionHeaders: ['Content', 'Date'],
  detect,
  tableName: (head) => mainEntry(head)?.name ?? null,
  parse: (records, context) => readYouTube(records, context),
};

function detect(head: FileHead): Detection {
  if (head.container === 'zip') {
    return mainEntry(head)
      ? { confidence: 1, mismatch: null }
      : { confidence: 0, mismatch: 'a zip archive without Table data.csv, Totals.csv or Chart data.csv' };
  }
  if (head.container !== 'text' || !head.table)
    return { confidence: 0, mismatch: `not a CSV file (${head.container})` };
  if (tableKind(head.table, head.fileName)) return { confidence: 1, mismatch: null };
  return {
    confidence: 0,
    mismatch: 'needs Content + Video title, Date + YouTube metrics, or a Chart data.csv (Date, a dimension, a metric)',
  };
}

/** The zip entry `parse` gets: the videos or days of `Table data.csv`, else `Totals.csv`, else `Chart data.csv`. */
function mainEntry(head: FileHead): { name: string; table: TableHead } | null {
  return (
    entryNamed(head, TABLE_DATA, ['videos', 'daily']) ??
    entryNamed(head, TOTALS, ['daily']) ??
    entryNamed(head, CHART_DATA, ['chart'])
  );
}

function entryNamed(
  head: FileHead,
  name: string,
  kinds: readonly TableKind[],
): { name: string; table: TableHead } | null {
  if (head.container !== 'zip') return null;
  for (const entry of head.entries) {
    const table = entry.text?.table;
    if (baseName(entry.name) !== name || !table) continue;
    const kind = tableKind(table, name);
    if (kind && kinds.includes(kind)) return { name: entry.name, table };
  }
  return null;
}

/** A chart first: the Content tab's chart has the Content table's columns, and must never be read as videos. */
function tableKind(table: TableHead, fileName: string): TableKind | null {
  if (isChartData(table, fileName)) return 'chart';
  if (isContentTable(table)) return 'videos';
  if (isDailyTable(table, fileName)) return 'daily';
  return null;
}

/**
 * How `parse` reads a table, also one that the upload's `format` field sent here without it fitting: `Date`
 * followed by anything but known metrics is taken for a chart, so that its rows are summed per day rather than
 * written over one another.
 */
function parseKind(table: TableHead, fileName: string): TableKind {
  const kind = tableKind(table, fileName);
  if (kind) return kind;
  const [first, ...rest] = table.header.cells.map(normalizeHeader);
  const chartLike = first === 'date' && rest.length >= 2 && !rest.every((cell) => DAILY_METRICS.has(cell));
  return chartLike ? 'chart' : 'daily';
}

function isContentTable(table: TableHead): boolean {
  return mapColumns(table.header.cells, CONTENT_REQUIRED, []).ok;
}

/**
 * `Date`, the chart's dimension and its one metric, last. The Content tab's `Date,Content,Video title,Video publish
 * time,Duration,Views` (older exports: without `Duration`) is unmistakable; another tab's chart counts by its known
 * dimension (`Date,Traffic source,Views`) or by its own file name (the Date tab's is `Date,Views`).
 */
function isChartData(table: TableHead, fileName: string): boolean {
  const [first, ...rest] = table.header.cells.map(normalizeHeader);
  if (first !== 'date' || rest.length === 0 || rest.some((cell) => cell === '')) return false;
  if (rest.includes('content') && rest.includes('video title')) return true;
  if (rest.length >= 2 && CHART_DIMENSION_NAMES.has(rest[0] ?? '')) return true;
  return CHART_DATA_NAME.test(baseName(fileName));
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
  if (account.warning) yield { type: 'warning', message: account.warning };
  const head = context.file.head;
  const kind = parseKind(context.table, head.container === 'zip' ? (head.tableName ?? '') : context.fileName);
  if (kind === 'chart') {
    yield* readChart(records, context, account, 'alone');
    return;
  }
  if (kind === 'daily') {
    yield* readDaily(records, context, account);
    return;
  }
  yield* readVideos(records, context, account);
  yield* readChannelDays(context, account);
}

/** The channel's days beside a zip's videos: from `Totals.csv`, which is complete, else from `Chart data.csv`. */
async function* readChannelDays(context: ParseContext, account: HintedAccount): AsyncGenerator<ParseEvent> {
  const totals = entryNamed(context.file.head, TOTALS, ['daily']);
  const chart = totals ? null : entryNamed(context.file.head, CHART_DATA, ['chart']);
  const entry = totals ?? chart;
  const other = entry ? readOtherTable(context.file, entry.name) : null;
  if (!other) return;
  const records = withoutTotals(other.records);
  if (totals) yield* readDaily(records, { ...context, table: other.table }, account);
  else yield* readChart(records, { ...context, table: other.table }, account, 'beside videos');
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
      const likes = cells.count(columns.Likes, 'likes');
      const comments = cells.count(columns['Comments added'], 'comments');
      const shares = cells.count(columns.Shares, 'shares');
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
        impressions: cells.count(columns.Impressions ?? columns['Thumbnail impressions'], 'impressions'),
        reach: null,
        engagements: sumCounts(likes, comments, shares),
        likes,
        comments,
        shares,
        saves: null,
        videoViews: cells.count(columns.Views, 'videoViews'),
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
    else skipped.push(cell.trim());
  });
  if (skipped.length > 0) yield noPlaceWarning(skipped);
  if (metrics.length === 0) return;
  yield* mapRecords(records, context, { required: [], optional: [] }, (cells): OrganicDailyRow | null => {
    const day = cells.require(date, parseYouTubeDay);
    const values = readDailyFields(cells, metrics);
    return day === null ? null : channelDay(cells.line, day, account, values);
  });
}

/**
 * A `Chart data.csv`: the charted metric per value of its dimension (a video, a traffic source…) per day. The
 * values split the channel's day, so their sum is the day `Totals.csv` gives, and it is written under the same key
 * (platform, channel, day). Rows come grouped by value, so the whole file is summed before any day is written,
 * in date order, each at the line of its first row. A day with an unreadable value is left out rather than
 * written short; an average or a percentage is refused, since a day of it is no sum.
 */
async function* readChart(
  records: AsyncIterable<CsvRecord>,
  context: ParseContext,
  account: HintedAccount,
  place: 'alone' | 'beside videos',
): AsyncGenerator<ParseEvent> {
  const { header, decimalMark } = context.table;
  const cells = header.cells.map((cell) => cell.trim());
  const last = cells.length - 1;
  const date: Column = { index: 0, header: cells[0] ?? 'Date' };
  const metric: Column = { index: last, header: cells[last] ?? '' };
  const dimensions = cells.slice(1, last);
  const contentIndex = dimensions.findIndex((cell) => normalizeHeader(cell) === 'content');
  const content: Column | undefined =
    contentIndex < 0 ? undefined : { index: contentIndex + 1, header: dimensions[contentIndex] ?? 'Content' };
  const field = DAILY_METRICS.get(normalizeHeader(metric.header));
  if (dimensions.length > 0 && NOT_ADDITIVE.test(normalizeHeader(metric.header))) {
    const per = content ? 'video' : (dimensions[0] ?? '').toLowerCase();
    const message = `YouTube Studio Chart data.csv charts "${metric.header}", an average or a percentage: a day of the channel is not the sum of its values per ${per}, so the chart was not imported. Chart a count instead (Views, Subscribers, Likes…).`;
    // Alone it is the whole upload, which fails; beside a zip's videos it only costs the days.
    if (place === 'alone') yield { type: 'error', error: { row: header.line, column: metric.header, message } };
    else yield { type: 'warning', message };
    return;
  }
  if (!field) {
    yield noPlaceWarning([metric.header]);
    return;
  }

  const days = new Map<IsoDate, { line: number; sum: number | null; unreadable: boolean }>();
  const videos = new Set<string>();
  let unplaced = 0;
  for await (const record of records) {
    const row = new RowCells(record, decimalMark);
    const day = row.require(date, parseYouTubeDay);
    const value = row.count(metric, field);
    const video = row.text(content);
    // The row's value is not imported alone but in its day's sum: a bad one costs the whole day (below).
    for (const error of row.errors) yield { type: 'error', error: notImported(error) };
    if (day === null) {
      unplaced += 1;
      continue;
    }
    if (video !== null) videos.add(video);
    const total = days.get(day) ?? { line: record.line, sum: null, unreadable: false };
    if (row.errors.length > 0 || row.rejected) total.unreadable = true;
    else if (value !== null) total.sum = (total.sum ?? 0) + value;
    days.set(day, total);
  }

  if (content && days.size > 0) {
    yield {
      type: 'warning',
      message: `YouTube Studio's Content-tab Chart data.csv lists only the videos loaded in Studio (${videos.size} here), so its daily sums can fall short of the channel's; they were imported as the channel's days. Upload the same export's Totals.csv for complete figures: it restates those days.`,
    };
  }
  const leftOut: IsoDate[] = [];
  for (const [day, total] of [...days].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (total.unreadable) leftOut.push(day);
    else if (total.sum !== null)
      yield { type: 'row', row: channelDay(total.line, day, account, { [field]: total.sum }) };
  }
  if (leftOut.length > 0) {
    yield {
      type: 'warning',
      message: `YouTube Studio Chart data.csv: ${describeDays(leftOut)} not imported, since a value of the day could not be read and the day's sum would be short.`,
    };
  }
  if (unplaced > 0) {
    yield {
      type: 'warning',
      message:
        unplaced === 1
          ? 'YouTube Studio Chart data.csv: 1 row has no readable day, so the day it belongs to may be short by its value.'
          : `YouTube Studio Chart data.csv: ${unplaced} rows have no readable day, so the days they belong to may be short by their values.`,
    };
  }
}

/** One day of the channel, the same whichever file gives it (Date-tab table, Totals.csv, Chart data.csv). */
function channelDay(line: number, date: IsoDate, account: HintedAccount, values: DailyValues): OrganicDailyRow {
  const engaged = values.likes !== undefined || values.comments !== undefined || values.shares !== undefined;
  return {
    kind: 'organic',
    line,
    date,
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
}

function noPlaceWarning(headers: readonly string[]): ParseEvent {
  const plural = headers.length === 1 ? 'has' : 'have';
  const names = headers.map((header) => `"${header}"`).join(', ');
  return {
    type: 'warning',
    message: `YouTube Studio ${names} ${plural} no place in Tandem's daily figures: not imported.`,
  };
}

/** The error without `rowImported`: a chart row's value counts only within its day's sum. */
function notImported({ row, column, message }: RowError): RowError {
  return { row, column, message };
}

function describeDays(days: readonly IsoDate[]): string {
  const shown = days.slice(0, 5).join(', ');
  const more = days.length > 5 ? `, … (${days.length} days)` : '';
  return days.length === 1 ? `day ${shown} was` : `days ${shown}${more} were`;
}

function readDailyFields(cells: RowCells, metrics: ReadonlyArray<{ column: Column; field: DailyField }>): DailyValues {
  const values: DailyValues = {};
  for (const { column, field } of metrics) {
    values[field] ??= cells.count(column, field);
  }
  return values;
}

async function* withoutTotals(records: AsyncIterable<CsvRecord>): AsyncGenerator<CsvRecord> {
  for await (const record of records) if (!isFooterRow(record.cells, [0])) yield record;
}

function baseName(path: string): string {
  return path.split('/').at(-1)?.toLowerCase() ?? '';
}

function channelAccount(context: ParseContext): HintedAccount {
  const channel = CHANNEL_IN_ZIP_NAME.exec(context.fileName)?.[1]?.trim();
  const inFileName = channel ? { accountId: channel, accountName: channel, fileName: context.fileName } : null;
  return accountFromHints(context.hints, 'YOUTUBE', inFileName);
}

/** `2025-03-01` (Totals.csv) or `Mar 3, 2025` (Video publish time). */
export function parseYouTubeDay(raw: string): IsoDate {
  return parseDayIn(raw, DAY_PATTERNS, 'YYYY-MM-DD or e.g. "Jan 6, 2024"');
}
