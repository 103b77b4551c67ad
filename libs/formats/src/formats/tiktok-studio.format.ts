import type { IsoDate, OrganicDailyRow, ParseEvent, PostRow, RowError } from '../canonical.js';
import { accountFromHints } from '../account-hint.js';
import { mapColumns, matchHeader, type ColumnMap } from '../columns.js';
import type { ExportFormat, ParseContext } from '../format.js';
import { parseHashtags } from '../hashtags.js';
import { mapRecords } from '../map-records.js';
import { CellValueError } from '../reader/cell-value-error.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { parseDay } from '../reader/dates.js';
import {
  latestDayNotAfter,
  parseMonthDay,
  placeDailySeries,
  referenceDay,
  type MonthDay,
} from '../reader/yearless-dates.js';
import { RowCells } from '../row-cells.js';
import { OnceWarnings, sumParts } from './organic-parts.js';

/**
 * TikTok Studio analytics downloads (docs/FORMATS.md §2.7): `Overview.csv` and `FollowerHistory.csv` (daily series) and
 * `Content.csv` (one row per video, lifetime totals). The files name no account (the upload's `account` field
 * does) and their dates have no year (`"August 31"`, `"31 de julho"`): years are placed against the upload's
 * `exportedOn` day (reader/yearless-dates.ts). Studio reports no impressions, so impressions stay null; engagements
 * are likes + comments + shares. Daily counts may be negative (comments deleted that day) and are kept so.
 *
 * A daily series is held in memory until its last row is read, because the last row decides every row's year;
 * such a file has one row per day (a few hundred rows), never an unbounded number.
 */

const OVERVIEW_REQUIRED = ['Date', 'Video Views', 'Profile Views'] as const;
const OVERVIEW_OPTIONAL = [
  'Likes',
  'Comments',
  'Shares',
  // The newer export (unverified; `YYYY/MM/DD` dates).
  'Reached audience',
  'Net growth',
  'New followers',
] as const;
const FOLLOWERS_REQUIRED = ['Date', 'Followers', 'Difference in followers from previous day'] as const;
const CONTENT_REQUIRED = ['Video link', 'Post time', 'Total views'] as const;
const CONTENT_OPTIONAL = ['Time', 'Video title', 'Total likes', 'Total comments', 'Total shares'] as const;

/** The newer export's full dates. */
const FULL_DATE = /^\d{4}[/-]\d{2}[/-]\d{2}$/;
const VIDEO_ID = /\/(?:video|photo)\/(\d+)/;
const MAX_DAILY_ROWS = 20_000;

export const tiktokStudioOverviewFormat: ExportFormat = {
  id: 'tiktok-studio-overview',
  label: 'TikTok Studio overview (Overview.csv)',
  grain: 'organic',
  headers: [...OVERVIEW_REQUIRED, ...OVERVIEW_OPTIONAL],
  dimensionHeaders: ['Date'],
  detect: (head) => matchHeader(head, { required: OVERVIEW_REQUIRED }),
  parse: (records, context) =>
    emitSeries(
      readDailySeries(records, context, OVERVIEW_REQUIRED, OVERVIEW_OPTIONAL, (cells, columns) => {
        const likes = cells.count(columns.Likes, 'likes');
        const comments = cells.count(columns.Comments, 'comments');
        const shares = cells.count(columns.Shares, 'shares');
        return {
          followers: null,
          newFollowers: cells.count(columns['Net growth'], 'newFollowers'),
          followersGained: cells.count(columns['New followers'], 'followersGained'),
          impressions: null,
          reach: cells.count(columns['Reached audience'], 'reach'),
          engagements: sumParts(cells, [
            [columns.Likes, likes],
            [columns.Comments, comments],
            [columns.Shares, shares],
          ]),
          posts: null,
          likes,
          comments,
          shares,
          videoViews: cells.count(columns['Video Views'], 'videoViews'),
          profileViews: cells.count(columns['Profile Views'], 'profileViews'),
        };
      }),
      'as-read',
    ),
};

export const tiktokStudioFollowersFormat: ExportFormat = {
  id: 'tiktok-studio-followers',
  label: 'TikTok Studio follower history (FollowerHistory.csv)',
  grain: 'organic',
  headers: FOLLOWERS_REQUIRED,
  dimensionHeaders: ['Date'],
  detect: (head) => matchHeader(head, { required: FOLLOWERS_REQUIRED }),
  parse: (records, context) =>
    emitSeries(
      readDailySeries(records, context, FOLLOWERS_REQUIRED, [], (cells, columns) => ({
        followers: cells.count(columns.Followers, 'followers'),
        // Derived from the gauge once every day is placed (growth); the file's own difference is a cross-check.
        newFollowers: cells.count(columns['Difference in followers from previous day'], 'newFollowers'),
        impressions: null,
        reach: null,
        engagements: null,
        posts: null,
      })),
      'derive-growth',
    ),
};

export const tiktokStudioContentFormat: ExportFormat = {
  id: 'tiktok-studio-content',
  label: 'TikTok Studio content (Content.csv)',
  grain: 'organic',
  headers: [...CONTENT_REQUIRED, ...CONTENT_OPTIONAL],
  dimensionHeaders: ['Video link', 'Video title'],
  detect: (head) => matchHeader(head, { required: CONTENT_REQUIRED }),
  parse: (records, context) => readContent(records, context),
};

type DailyMetrics = Omit<OrganicDailyRow, 'kind' | 'line' | 'date' | 'platform' | 'accountId' | 'accountName'>;

interface DailySeries {
  rows: OrganicDailyRow[];
  /** Row errors in file order, and the file-level ones (missing columns) first. */
  errors: RowError[];
  warnings: string[];
}

interface PendingDay {
  line: number;
  /** A full date (newer export) or a day of a month still waiting for its year. */
  when: IsoDate | MonthDay;
  metrics: DailyMetrics;
}

/**
 * Reads a whole daily series, then places the yearless days in years (docs/FORMATS.md §2.7: the last row decides).
 * Rows whose day is missing or wrong are reported and left out; they take no part in the year placement.
 */
async function readDailySeries<Required extends string, Optional extends string>(
  records: AsyncIterable<CsvRecord>,
  context: ParseContext,
  required: readonly Required[],
  optional: readonly Optional[],
  readMetrics: (cells: RowCells, columns: ColumnMap<Required, Optional>) => DailyMetrics,
): Promise<DailySeries> {
  const reference = referenceDay(context.hints);
  const series: DailySeries = { rows: [], errors: [], warnings: [] };
  const { header } = context.table;
  const mapping = mapColumns(header.cells, required, optional);
  if (!mapping.ok) {
    series.errors.push({ row: header.line, column: null, message: `missing columns: ${mapping.missing.join(', ')}` });
    return series;
  }
  const { columns } = mapping;
  const dateColumn = (columns as Record<string, { index: number; header: string }>)['Date'];
  const pending: PendingDay[] = [];
  for await (const record of records) {
    const cells = new RowCells(record, context.table.decimalMark);
    const when = dateColumn ? cells.require(dateColumn, readStudioDate) : null;
    const metrics = readMetrics(cells, columns);
    series.errors.push(...cells.errors);
    if (when !== null && !cells.rejected) pending.push({ line: record.line, when, metrics });
    if (pending.length > MAX_DAILY_ROWS) {
      series.errors.push({
        row: record.line,
        column: null,
        message: `a daily series has at most ${MAX_DAILY_ROWS} rows (one a day); the rest of the file is not read`,
      });
      break;
    }
  }
  const account = accountFromHints(context.hints, 'TIKTOK');
  if (account.warning) series.warnings.push(account.warning);
  const yearless = pending.filter((day) => typeof day.when !== 'string');
  const placed = placeDailySeries(
    yearless.map((day) => day.when as MonthDay),
    reference,
  );
  const dayOf = new Map(yearless.map((day, index) => [day, placed[index]]));
  for (const day of pending) {
    const place = typeof day.when === 'string' ? { day: day.when } : dayOf.get(day);
    if (!place || 'problem' in place) {
      series.errors.push({ row: day.line, column: dateColumn?.header ?? 'Date', message: place?.problem ?? 'no day' });
      continue;
    }
    series.rows.push({
      kind: 'organic',
      line: day.line,
      date: place.day,
      platform: 'TIKTOK',
      accountId: account.accountId,
      accountName: account.accountName,
      ...day.metrics,
    });
  }
  series.errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return series;
}

/**
 * FollowerHistory: growth is `Followers[d] − Followers[d−1]` (null on the first day and after a gap); the file's
 * `Difference in followers from previous day` only cross-checks it (an offset by one day has been reported).
 */
async function* emitSeries(
  reading: Promise<DailySeries>,
  growth: 'derive-growth' | 'as-read',
): AsyncGenerator<ParseEvent> {
  const series = await reading;
  for (const error of series.errors) yield { type: 'error', error };
  for (const message of series.warnings) yield { type: 'warning', message };
  let disagreements = 0;
  let previous: OrganicDailyRow | null = null;
  for (const row of series.rows) {
    if (growth === 'derive-growth') {
      const stated = row.newFollowers;
      const derived =
        previous !== null &&
        previous.followers !== null &&
        row.followers !== null &&
        isDayAfter(previous.date, row.date)
          ? row.followers - previous.followers
          : null;
      if (derived !== null && stated !== null && derived !== stated) disagreements += 1;
      row.newFollowers = derived;
    }
    previous = row;
    yield { type: 'row', row };
  }
  if (disagreements > 0) {
    const days = disagreements === 1 ? '1 day' : `${disagreements} days`;
    yield {
      type: 'warning',
      message: `On ${days} the file's "Difference in followers from previous day" disagrees with the change in "Followers"; follower growth was taken from "Followers".`,
    };
  }
}

async function* readContent(records: AsyncIterable<CsvRecord>, context: ParseContext): AsyncGenerator<ParseEvent> {
  const reference = referenceDay(context.hints);
  const account = accountFromHints(context.hints, 'TIKTOK');
  const warnings = new OnceWarnings();
  warnings.add(account.warning);
  yield* warnings.drain();
  yield* mapRecords(
    records,
    context,
    { required: CONTENT_REQUIRED, optional: CONTENT_OPTIONAL },
    (cells, columns): PostRow | null => {
      const permalink = cells.require(columns['Video link'], (value) => value);
      const postId = permalink === null ? null : cells.key(columns['Video link'], videoIdOf);
      // `Time` is the export's first day on every row, not a post date: `Post time` is.
      const publishedAt = cells.require(columns['Post time'], (value) => {
        const when = readStudioDate(value);
        return typeof when === 'string' ? when : latestDayNotAfter(when, reference);
      });
      const likes = cells.count(columns['Total likes'], 'likes');
      const comments = cells.count(columns['Total comments'], 'comments');
      const shares = cells.count(columns['Total shares'], 'shares');
      const videoViews = cells.count(columns['Total views'], 'videoViews');
      const text = cells.text(columns['Video title']);
      if (postId === null || publishedAt === null) return null;
      return {
        kind: 'post',
        line: cells.line,
        platform: 'TIKTOK',
        accountId: account.accountId,
        accountName: account.accountName,
        postId,
        publishedAt,
        asOf: reference,
        type: 'video',
        text,
        permalink,
        hashtags: parseHashtags(text),
        impressions: null,
        reach: null,
        engagements: sumParts(cells, [
          [columns['Total likes'], likes],
          [columns['Total comments'], comments],
          [columns['Total shares'], shares],
        ]),
        likes,
        comments,
        shares,
        saves: null,
        videoViews,
        clicks: null,
      };
    },
  );
}

/** `August 31`, `31 de julho` (no year), or the newer export's `2025/08/31`. */
export function readStudioDate(value: string): IsoDate | MonthDay {
  if (FULL_DATE.test(value.trim())) return parseDay(value.trim().replaceAll('-', '/'), 'yyyy/MM/dd');
  return parseMonthDay(value);
}

function videoIdOf(link: string): string {
  const id = VIDEO_ID.exec(link)?.[1];
  if (id === undefined) throw new CellValueError(`"${link}" is not a TikTok video link (…/video/<id>)`);
  return id;
}

function isDayAfter(day: IsoDate, next: IsoDate): boolean {
  return Date.parse(`${next}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`) === 86_400_000;
}
