import { createHash } from 'node:crypto';
import type { IsoDate, OrganicDailyRow, ParseEvent, PostRow } from '../canonical.js';
import { accountFromHints, type HintedAccount } from '../account-hint.js';
import { mapColumns, type ColumnMap } from '../columns.js';
import type { Detection, ExportFormat, ParseContext } from '../format.js';
import { parseHashtags } from '../hashtags.js';
import { mapRecords } from '../map-records.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { parseDayIn } from '../reader/local-date-times.js';
import { readOtherTable, type FileHead, type SheetHead } from '../reader/file-head.js';
import { isFooterRow } from '../reader/footer-rows.js';
import { normalizeHeader } from '../reader/header-names.js';
import { referenceDay } from '../reader/yearless-dates.js';
import { RowCells } from '../row-cells.js';
import { OnceWarnings, sumParts, withWarnings } from './organic-parts.js';

/**
 * LinkedIn Page analytics exports (docs/FORMATS.md §2.4): three workbooks (`.xls`, which may hold a legacy BIFF8 or an
 * XLSX workbook: the reader decides by the bytes), each recognised by its sheets.
 * - content (`<page>_content_<ts>.xls`, older `_updates_`): sheet `Metrics` (older `Update metrics (aggregated)`),
 *   a note on row 1 and the header on row 2 → organic daily rows; sheet `All posts` (older `Update engagement`) →
 *   post snapshots. Only the organic columns are read: sponsored impressions are paid results, which come from
 *   Campaign Manager exports; sponsored posts are left out of the post snapshots for the same reason.
 * - followers: sheet `New followers`, whose `Total followers` is the new followers of that day (not cumulative).
 * - visitors: sheet `Visitor metrics`, whose `Total page views (total)` is the page views of the day.
 *
 * Engagements follow Tandem's cross-platform definition, reactions + comments + reposts, without clicks (LinkedIn's
 * own engagement rate adds clicks, which other platforms do not count as engagement). Rates are ignored.
 * Dates are `MM/DD/YYYY` text or Excel date cells. The files name no account: the upload's `account` field, else
 * the page name in the file name, else the platform's unnamed account.
 */

const CONTENT_METRICS_SHEETS = ['Metrics', 'Update metrics (aggregated)'];
const CONTENT_POSTS_SHEETS = ['All posts', 'Update engagement'];
const FOLLOWERS_SHEETS = ['New followers'];
const VISITORS_SHEETS = ['Visitor metrics'];

const METRICS_REQUIRED = ['Date', 'Impressions (organic)'] as const;
const METRICS_OPTIONAL = [
  'Unique impressions (organic)',
  'Reactions (organic)',
  'Comments (organic)',
  'Reposts (organic)',
  'Shares (organic)',
] as const;
const POSTS_REQUIRED = ['Impressions'] as const;
const POSTS_OPTIONAL = [
  'Post link',
  'Update link',
  'Post title',
  'Update title',
  'Post type',
  'Update type',
  'Created date',
  'Clicks',
  'Likes',
  'Reactions',
  'Comments',
  'Reposts',
  'Shares',
  'Views (excluding off-site video views)',
  'Content Type',
] as const;
const FOLLOWERS_REQUIRED = ['Date', 'Total followers'] as const;
const VISITORS_REQUIRED = ['Date', 'Total page views (total)'] as const;

const DAY_PATTERNS = ['MM/dd/yyyy', 'M/d/yyyy', 'yyyy-MM-dd'] as const;
const PAGE_IN_FILE_NAME = /^(.+?)_(?:content|updates|followers|visitors)_\d+/i;
const POST_URN = /urn:li:(?:activity|share|ugcPost):\d+/;

export const linkedinPageContentFormat: ExportFormat = {
  id: 'linkedin-page-content',
  label: 'LinkedIn Page content analytics',
  grain: 'organic',
  headers: [...METRICS_REQUIRED, ...METRICS_OPTIONAL, ...POSTS_REQUIRED, ...POSTS_OPTIONAL],
  dimensionHeaders: ['Date'],
  detect: (head) =>
    detectSheet(head, CONTENT_METRICS_SHEETS, METRICS_REQUIRED) ??
    detectSheet(head, CONTENT_POSTS_SHEETS, POSTS_REQUIRED) ??
    mismatch(head, 'Metrics and All posts'),
  tableName: (head) =>
    findSheet(head, CONTENT_METRICS_SHEETS, METRICS_REQUIRED)?.name ??
    findSheet(head, CONTENT_POSTS_SHEETS, POSTS_REQUIRED)?.name ??
    null,
  parse: (records, context) => readContent(records, context),
};

export const linkedinPageFollowersFormat: ExportFormat = {
  id: 'linkedin-page-followers',
  label: 'LinkedIn Page follower analytics',
  grain: 'organic',
  headers: [...FOLLOWERS_REQUIRED, 'Sponsored followers', 'Organic followers', 'Auto-invited followers'],
  dimensionHeaders: ['Date'],
  detect: (head) =>
    detectSheet(head, FOLLOWERS_SHEETS, FOLLOWERS_REQUIRED) ?? mismatch(head, FOLLOWERS_SHEETS.join(', ')),
  tableName: (head) => findSheet(head, FOLLOWERS_SHEETS, FOLLOWERS_REQUIRED)?.name ?? null,
  parse: (records, context) =>
    readDays(records, context, { required: FOLLOWERS_REQUIRED, optional: [] }, (cells, columns) => ({
      // New followers that day (not the audience size): the gauge is not in this file.
      followers: null,
      newFollowers: cells.count(columns['Total followers'], 'newFollowers'),
    })),
};

export const linkedinPageVisitorsFormat: ExportFormat = {
  id: 'linkedin-page-visitors',
  label: 'LinkedIn Page visitor analytics',
  grain: 'organic',
  headers: [...VISITORS_REQUIRED, 'Total unique visitors (total)'],
  dimensionHeaders: ['Date'],
  detect: (head) => detectSheet(head, VISITORS_SHEETS, VISITORS_REQUIRED) ?? mismatch(head, VISITORS_SHEETS.join(', ')),
  tableName: (head) => findSheet(head, VISITORS_SHEETS, VISITORS_REQUIRED)?.name ?? null,
  parse: (records, context) =>
    readDays(records, context, { required: VISITORS_REQUIRED, optional: [] }, (cells, columns) => ({
      profileViews: cells.count(columns['Total page views (total)'], 'profileViews'),
    })),
};

function findSheet(head: FileHead, names: readonly string[], required: readonly string[]): SheetHead | undefined {
  if (head.container !== 'workbook') return undefined;
  const wanted = new Set(names.map(normalizeHeader));
  return head.sheets.find(
    (sheet) =>
      wanted.has(normalizeHeader(sheet.name)) &&
      sheet.table !== null &&
      mapColumns(sheet.table.header.cells, required, []).ok,
  );
}

function detectSheet(head: FileHead, names: readonly string[], required: readonly string[]): Detection | null {
  return findSheet(head, names, required) ? { confidence: 1, mismatch: null } : null;
}

function mismatch(head: FileHead, sheets: string): Detection {
  return { confidence: 0, mismatch: `not a workbook with the sheets ${sheets} (${head.container})` };
}

function pageAccount(context: ParseContext): HintedAccount {
  const page = PAGE_IN_FILE_NAME.exec(context.fileName)?.[1]?.trim();
  const inFileName = page ? { accountId: page, accountName: page, fileName: context.fileName } : null;
  return accountFromHints(context.hints, 'LINKEDIN', inFileName);
}

type DayMetrics = Partial<Omit<OrganicDailyRow, 'kind' | 'line' | 'date' | 'platform' | 'accountId' | 'accountName'>>;

function readDays<Required extends string, Optional extends string = never>(
  records: AsyncIterable<CsvRecord>,
  context: ParseContext,
  columnNames: { required: readonly (Required | 'Date')[]; optional: readonly Optional[] },
  readMetrics: (cells: RowCells, columns: ColumnMap<Required | 'Date', Optional>) => DayMetrics,
): AsyncIterable<ParseEvent> {
  const account = pageAccount(context);
  const warnings = new OnceWarnings();
  const events = mapRecords(records, context, columnNames, (cells, columns): OrganicDailyRow | null => {
    const date = cells.require(columns.Date, parseLinkedInDay);
    const metrics = readMetrics(cells, columns);
    if (date === null) return null;
    warnings.add(account.warning);
    return {
      kind: 'organic',
      line: cells.line,
      date,
      platform: 'LINKEDIN',
      accountId: account.accountId,
      accountName: account.accountName,
      followers: null,
      newFollowers: null,
      impressions: null,
      reach: null,
      engagements: null,
      posts: null,
      ...metrics,
    };
  });
  return withWarnings(events, warnings);
}

async function* readContent(records: AsyncIterable<CsvRecord>, context: ParseContext): AsyncGenerator<ParseEvent> {
  const isMetrics = mapColumns(context.table.header.cells, METRICS_REQUIRED, []).ok;
  if (!isMetrics) {
    yield* readPosts(records, context);
    return;
  }
  const columnNames = { required: METRICS_REQUIRED, optional: METRICS_OPTIONAL };
  yield* readDays(records, context, columnNames, (cells, all) => {
    const likes = cells.count(all['Reactions (organic)'], 'likes');
    const comments = cells.count(all['Comments (organic)'], 'comments');
    const shares = cells.count(all['Reposts (organic)'] ?? all['Shares (organic)'], 'shares');
    return {
      impressions: cells.count(all['Impressions (organic)'], 'impressions'),
      reach: cells.count(all['Unique impressions (organic)'], 'reach'),
      engagements: sumParts(cells, [
        [all['Reactions (organic)'], likes],
        [all['Comments (organic)'], comments],
        [all['Reposts (organic)'] ?? all['Shares (organic)'], shares],
      ]),
      likes,
      comments,
      shares,
    };
  });
  const head = context.file.head;
  const postsSheet = findSheet(head, CONTENT_POSTS_SHEETS, POSTS_REQUIRED);
  const posts = postsSheet ? readOtherTable(context.file, postsSheet.name) : null;
  if (posts) {
    const postContext = { ...context, table: posts.table };
    yield* readPosts(withoutTotals(posts.records), postContext);
  }
}

async function* withoutTotals(records: AsyncIterable<CsvRecord>): AsyncGenerator<CsvRecord> {
  for await (const record of records) if (!isFooterRow(record.cells, [])) yield record;
}

function readPosts(records: AsyncIterable<CsvRecord>, context: ParseContext): AsyncIterable<ParseEvent> {
  const account = pageAccount(context);
  const asOf = referenceDay(context.hints);
  const warnings = new OnceWarnings();
  let sponsored = 0;
  const events = mapRecords(
    records,
    context,
    { required: POSTS_REQUIRED, optional: POSTS_OPTIONAL },
    (cells, all): PostRow | null => {
      const type = cells.text(all['Post type'] ?? all['Update type']);
      if (type !== null && normalizeHeader(type) === 'sponsored') {
        sponsored += 1;
        return null;
      }
      const permalink = cells.text(all['Post link'] ?? all['Update link']);
      const text = cells.text(all['Post title'] ?? all['Update title']);
      // Without a link, the post is keyed by its title and day: then the day places the row.
      const publishedAt = permalink
        ? cells.read(all['Created date'], parseLinkedInDay)
        : cells.key(all['Created date'], parseLinkedInDay);
      const likes = cells.count(all.Likes ?? all.Reactions, 'likes');
      const comments = cells.count(all.Comments, 'comments');
      const shares = cells.count(all.Reposts ?? all.Shares, 'shares');
      const postId = permalink?.match(POST_URN)?.[0] ?? permalink ?? syntheticPostId(text, publishedAt);
      if (!permalink) warnings.add('Some LinkedIn posts have no link: they were keyed by their title and date.');
      warnings.add(account.warning);
      return {
        kind: 'post',
        line: cells.line,
        platform: 'LINKEDIN',
        accountId: account.accountId,
        accountName: account.accountName,
        postId,
        publishedAt,
        asOf,
        type: cells.text(all['Content Type']),
        text,
        permalink,
        hashtags: parseHashtags(text),
        impressions: cells.count(all.Impressions, 'impressions'),
        reach: null,
        engagements: sumParts(cells, [
          [all.Likes ?? all.Reactions, likes],
          [all.Comments, comments],
          [all.Reposts ?? all.Shares, shares],
        ]),
        likes,
        comments,
        shares,
        saves: null,
        videoViews: cells.count(all['Views (excluding off-site video views)'], 'videoViews'),
        clicks: cells.count(all.Clicks, 'clicks'),
      };
    },
  );
  return withWarnings(
    (async function* () {
      yield* events;
      if (sponsored > 0) {
        warnings.add(
          `Left out ${sponsored} sponsored post${sponsored === 1 ? '' : 's'}: paid results come from Campaign Manager exports.`,
        );
      }
    })(),
    warnings,
  );
}

function syntheticPostId(text: string | null, day: IsoDate | null): string {
  const key = `${normalizeHeader(text ?? '')}\n${day ?? ''}`;
  return `name:${createHash('sha1').update(key).digest('hex')}`;
}

/** `03/01/2025` as text, or an Excel date cell (read as `2025-03-01`). */
export function parseLinkedInDay(raw: string): IsoDate {
  return parseDayIn(raw, DAY_PATTERNS, 'MM/DD/YYYY');
}
