import type { ParseEvent, Platform, PostRow } from '../canonical.js';
import { accountFromHints } from '../account-hint.js';
import { matchHeader, type ColumnMap } from '../columns.js';
import type { ExportFormat, ParseContext } from '../format.js';
import { parseHashtags } from '../hashtags.js';
import { mapRecords } from '../map-records.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { parseLocalDateTime } from '../reader/local-date-times.js';
import type { RowCells } from '../row-cells.js';
import { META_POST_TIME_PATTERNS, snapshotDay } from './meta-shared.js';
import { sumParts } from './organic-parts.js';

/**
 * Meta Business Suite content exports (docs/FORMATS.md §2.3): one row per Facebook or Instagram post with its lifetime
 * totals as of the export (`Date` says `Lifetime`; the post's day is `Publish time`). They become `post`
 * snapshots dated by the upload's `exportedOn`, never daily organic rows. Columns vary between exports
 * (32–34), so every column but `Post ID` is optional.
 *
 * `Publish time` (`03/27/2025 06:08`) is in an unverified time zone: it is stored as written, a local timestamp
 * without zone (`2025-03-27T06:08:00`), never shifted. `Views` is Meta's 2025 replacement for impressions.
 */

const FACEBOOK_OPTIONAL = [
  'Page ID',
  'Page name',
  'Title',
  'Description',
  'Publish time',
  'Permalink',
  'Post type',
  'Views',
  'Reach',
  'Reactions, Comments and Shares',
  'Reactions',
  'Comments',
  'Shares',
  'Total clicks',
  'Link Clicks',
] as const;

const INSTAGRAM_OPTIONAL = [
  'Account ID',
  'Account username',
  'Account name',
  'Description',
  'Publish time',
  'Permalink',
  'Post type',
  'Views',
  'Reach',
  'Likes',
  'Shares',
  'Comments',
  'Saves',
] as const;

const REQUIRED = ['Post ID'] as const;

export const facebookPostsFormat: ExportFormat = {
  id: 'facebook-posts',
  label: 'Meta Business Suite Facebook posts',
  grain: 'organic',
  headers: [...REQUIRED, ...FACEBOOK_OPTIONAL],
  dimensionHeaders: REQUIRED,
  detect: (head) => matchHeader(head, { required: ['Post ID', 'Reactions, Comments and Shares'] }),
  parse: (records, context) => parsePosts(records, context, FACEBOOK_OPTIONAL, readFacebookPost),
};

export const instagramPostsFormat: ExportFormat = {
  id: 'instagram-posts',
  label: 'Meta Business Suite Instagram posts',
  grain: 'organic',
  headers: [...REQUIRED, ...INSTAGRAM_OPTIONAL],
  dimensionHeaders: REQUIRED,
  detect: (head) => matchHeader(head, { required: ['Post ID', 'Account username', 'Saves', 'Publish time'] }),
  parse: (records, context) => parsePosts(records, context, INSTAGRAM_OPTIONAL, readInstagramPost),
};

/** Fallback accounts met while mapping (an export without its account id): each warning said once. */
type AccountFallback = (platform: Platform) => { accountId: string; accountName: string | null };

type PostMapper<Optional extends string> = (
  cells: RowCells,
  columns: ColumnMap<(typeof REQUIRED)[number], Optional>,
  context: ParseContext,
  fallback: AccountFallback,
) => PostRow | null;

async function* parsePosts<Optional extends string>(
  records: AsyncIterable<CsvRecord>,
  context: ParseContext,
  optional: readonly Optional[],
  toRow: PostMapper<Optional>,
): AsyncGenerator<ParseEvent> {
  const warnings = new Set<string>();
  const pending: string[] = [];
  const fallback: AccountFallback = (platform) => {
    const account = accountFromHints(context.hints, platform);
    if (account.warning && !warnings.has(account.warning)) {
      warnings.add(account.warning);
      pending.push(account.warning);
    }
    return account;
  };
  const events = mapRecords(records, context, { required: REQUIRED, optional }, (cells, columns) =>
    toRow(cells, columns, context, fallback),
  );
  for await (const event of events) {
    for (const message of pending.splice(0)) yield { type: 'warning', message };
    yield event;
  }
}

type FacebookColumns = ColumnMap<(typeof REQUIRED)[number], (typeof FACEBOOK_OPTIONAL)[number]>;
type InstagramColumns = ColumnMap<(typeof REQUIRED)[number], (typeof INSTAGRAM_OPTIONAL)[number]>;

function readFacebookPost(
  cells: RowCells,
  columns: FacebookColumns,
  context: ParseContext,
  fallback: AccountFallback,
): PostRow | null {
  // The caption is in `Description` for most posts and in `Title` for some (videos, links); tags may be in either.
  const title = cells.text(columns.Title);
  const description = cells.text(columns.Description);
  const reactions = cells.count(columns.Reactions, 'likes');
  const comments = cells.count(columns.Comments, 'comments');
  const shares = cells.count(columns.Shares, 'shares');
  const total = cells.count(columns['Reactions, Comments and Shares'], 'engagements');
  return postRow(cells, context, fallback, 'FACEBOOK', {
    postId: cells.require(columns['Post ID'], (value) => value),
    accountId: cells.text(columns['Page ID']),
    accountName: cells.text(columns['Page name']),
    publishedAt: cells.read(columns['Publish time'], readPostTime),
    type: cells.text(columns['Post type']),
    text: description ?? title,
    permalink: cells.text(columns.Permalink),
    hashtags: parseHashtags([title, description].filter((part) => part !== null).join('\n')),
    impressions: cells.count(columns.Views, 'impressions'),
    reach: cells.count(columns.Reach, 'reach'),
    // Meta's own total (reactions + comments + shares); the sum of the three when the total is empty.
    engagements:
      total ??
      sumParts(cells, [
        [columns.Reactions, reactions],
        [columns.Comments, comments],
        [columns.Shares, shares],
      ]),
    likes: reactions,
    comments,
    shares,
    saves: null,
    videoViews: null,
    // Clicks anywhere on the post; `Link Clicks` only when the export has no total.
    clicks: cells.count(columns['Total clicks'], 'clicks') ?? cells.count(columns['Link Clicks'], 'clicks'),
  });
}

function readInstagramPost(
  cells: RowCells,
  columns: InstagramColumns,
  context: ParseContext,
  fallback: AccountFallback,
): PostRow | null {
  const text = cells.text(columns.Description);
  const likes = cells.count(columns.Likes, 'likes');
  const comments = cells.count(columns.Comments, 'comments');
  const shares = cells.count(columns.Shares, 'shares');
  const saves = cells.count(columns.Saves, 'saves');
  return postRow(cells, context, fallback, 'INSTAGRAM', {
    postId: cells.require(columns['Post ID'], (value) => value),
    accountId: cells.text(columns['Account ID']),
    accountName: cells.text(columns['Account username']) ?? cells.text(columns['Account name']),
    publishedAt: cells.read(columns['Publish time'], readPostTime),
    type: cells.text(columns['Post type']),
    text,
    permalink: cells.text(columns.Permalink),
    hashtags: parseHashtags(text),
    impressions: cells.count(columns.Views, 'impressions'),
    reach: cells.count(columns.Reach, 'reach'),
    // Instagram reports no total: likes + comments + shares + saves (docs/FORMATS.md §4).
    engagements: sumParts(cells, [
      [columns.Likes, likes],
      [columns.Comments, comments],
      [columns.Shares, shares],
      [columns.Saves, saves],
    ]),
    likes,
    comments,
    shares,
    saves,
    videoViews: null,
    // Instagram content exports have no clicks.
    clicks: null,
  });
}

type PostFields = Omit<PostRow, 'kind' | 'line' | 'platform' | 'asOf' | 'postId' | 'accountId'> & {
  postId: string | null;
  accountId: string | null;
};

/** The row, or null when the post id is missing; an export without its account id falls back on the upload's. */
function postRow(
  cells: RowCells,
  context: ParseContext,
  fallback: AccountFallback,
  platform: Platform,
  fields: PostFields,
): PostRow | null {
  const { postId, accountId, ...rest } = fields;
  if (postId === null) return null;
  const account = accountId === null ? fallback(platform) : null;
  return {
    kind: 'post',
    line: cells.line,
    platform,
    asOf: snapshotDay(context.hints),
    postId,
    ...rest,
    accountId: account?.accountId ?? accountId ?? '',
    accountName: account ? account.accountName : rest.accountName,
  };
}

function readPostTime(value: string): string {
  return parseLocalDateTime(value, META_POST_TIME_PATTERNS);
}
