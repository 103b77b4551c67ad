import type { IsoDate, OrganicDailyRow, ParseEvent, PostRow } from '../canonical.js';
import { accountFromHints } from '../account-hint.js';
import { parseHashtags } from '../hashtags.js';
import { matchHeader, type HeaderRule } from '../columns.js';
import type { Detection, ExportFormat, ParseContext } from '../format.js';
import { mapRecords } from '../map-records.js';
import { CellValueError } from '../reader/cell-value-error.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { parseDay } from '../reader/dates.js';
import { parseDayIn } from '../reader/local-date-times.js';
import type { FileHead } from '../reader/file-head.js';
import { normalizeHeader } from '../reader/header-names.js';
import { referenceDay } from '../reader/yearless-dates.js';
import { OnceWarnings, sumParts, withWarnings } from './organic-parts.js';

/**
 * X (Twitter) organic exports (docs/FORMATS.md §2.5), in two header profiles each: the legacy analytics.twitter.com
 * files (lower-case headers, every field quoted, counts written as floats `"424.0"`, `promoted …` mirrors that are
 * `-` when not promoted and are not read) and the newer X Premium analytics files (`Post id`, `Bookmarks`,
 * `New follows`…; unverified beyond public samples).
 *
 * Engagements follow Tandem's one cross-platform definition, likes + replies + reposts (+ X Premium's `Shares`
 * and `Bookmarks` as shares and saves), not X's own `engagements`, which also counts every click, expand and
 * profile visit and would make X's engagement rate incomparable with the other platforms'.
 * Ratios (`engagement rate`) are ignored. Times are UTC (`2020-02-10 18:00 +0000`).
 */

const LEGACY_POST = ['Tweet id', 'Tweet permalink'] as const;
const PREMIUM_POST = ['Post id', 'Post text', 'Post Link', 'Impressions'] as const;
const POST_OPTIONAL = [
  'Tweet text',
  'time',
  'Date',
  'impressions',
  'likes',
  'favorites',
  'retweets',
  'Reposts',
  'replies',
  'Shares',
  'Bookmarks',
  'url clicks',
  'media views',
] as const;

const LEGACY_DAY = ['Date', 'Tweets published'] as const;
const PREMIUM_DAY = ['Date', 'Impressions', 'New follows', 'Reposts'] as const;
const DAY_OPTIONAL = [
  'impressions',
  'likes',
  'favorites',
  'retweets',
  'Reposts',
  'replies',
  'Shares',
  'Bookmarks',
  'url clicks',
  'media views',
  'Video views',
  'user profile clicks',
  'Profile visits',
  'New follows',
  'Unfollows',
  'Create Post',
] as const;

/** `Tue, Jul 14, 2026` (X Premium) or `2026-07-14`. */
const PREMIUM_DAY_PATTERNS = ['EEE, MMM d, yyyy', 'yyyy-MM-dd'] as const;
const TWEET_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-])(\d{2}):?(\d{2})$/;
const STATUS_LINK = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d+)/i;

export const xPostActivityFormat: ExportFormat = {
  id: 'x-post-activity',
  label: 'X post activity (by post)',
  grain: 'organic',
  headers: [...LEGACY_POST, ...PREMIUM_POST, ...POST_OPTIONAL],
  dimensionHeaders: ['Tweet id', 'Post id'],
  detect: (head) => bestOf(head, [{ required: LEGACY_POST }, { required: PREMIUM_POST }]),
  parse: (records, context) => readPosts(records, context),
};

export const xDailyActivityFormat: ExportFormat = {
  id: 'x-daily-activity',
  label: 'X account activity (by day)',
  grain: 'organic',
  headers: [...LEGACY_DAY, ...PREMIUM_DAY, ...DAY_OPTIONAL],
  dimensionHeaders: ['Date'],
  detect: (head) =>
    bestOf(head, [
      { required: LEGACY_DAY, forbidden: ['Tweet id'] },
      { required: PREMIUM_DAY, forbidden: ['Post id'] },
    ]),
  parse: (records, context) => readDays(records, context),
};

function bestOf(head: FileHead, rules: readonly HeaderRule[]): Detection {
  return rules
    .map((rule) => matchHeader(head, rule))
    .reduce((best, detection) => (detection.confidence > best.confidence ? detection : best));
}

function readPosts(records: AsyncIterable<CsvRecord>, context: ParseContext): AsyncIterable<ParseEvent> {
  const legacy = hasColumn(context, 'Tweet id');
  const asOf = referenceDay(context.hints);
  const warnings = new OnceWarnings();
  const idName: 'Tweet id' | 'Post id' = legacy ? 'Tweet id' : 'Post id';
  const optional = ['Tweet permalink', 'Post Link', 'Post text', ...POST_OPTIONAL] as const;
  const events = mapRecords(records, context, { required: [idName], optional }, (cells, columns): PostRow | null => {
    const postId = cells.require(columns[idName], (value) => value);
    const permalink = cells.text(columns['Tweet permalink'] ?? columns['Post Link']);
    const text = cells.text(columns['Tweet text'] ?? columns['Post text']);
    const publishedAt = legacy ? cells.read(columns.time, parseTweetTime) : cells.read(columns.Date, parsePremiumDay);
    const likes = cells.count(columns.likes ?? columns.favorites, 'likes');
    const replies = cells.count(columns.replies, 'comments');
    const reposts = cells.count(columns.retweets ?? columns.Reposts, 'shares');
    const sends = cells.count(columns.Shares, 'shares');
    const bookmarks = cells.count(columns.Bookmarks, 'saves');
    const sharesParts = [
      [columns.retweets ?? columns.Reposts, reposts],
      [columns.Shares, sends],
    ] as const;
    const shares = sumParts(cells, sharesParts);
    if (postId === null) return null;
    const handle = permalink === null ? null : (STATUS_LINK.exec(permalink)?.[1] ?? null);
    const account = handle ? { accountId: handle, accountName: `@${handle}`, warning: null } : null;
    const { accountId, accountName, warning } = account ?? accountFromHints(context.hints, 'X');
    warnings.add(warning);
    return {
      kind: 'post',
      line: cells.line,
      platform: 'X',
      accountId,
      accountName,
      postId,
      publishedAt,
      asOf,
      type: null,
      text,
      permalink,
      hashtags: parseHashtags(text),
      impressions: cells.count(columns.impressions, 'impressions'),
      reach: null,
      engagements: sumParts(cells, [
        [columns.likes ?? columns.favorites, likes],
        [columns.replies, replies],
        ...sharesParts,
        [columns.Bookmarks, bookmarks],
      ]),
      likes,
      comments: replies,
      shares,
      saves: bookmarks,
      // Views of any media (videos, GIFs and images): X's closest figure to video views.
      videoViews: cells.count(columns['media views'], 'videoViews'),
      clicks: cells.count(columns['url clicks'], 'clicks'),
    };
  });
  return withWarnings(events, warnings);
}

function readDays(records: AsyncIterable<CsvRecord>, context: ParseContext): AsyncIterable<ParseEvent> {
  const legacy = hasColumn(context, 'Tweets published');
  const account = accountFromHints(context.hints, 'X');
  const warnings = new OnceWarnings();
  const events = mapRecords(
    records,
    context,
    { required: ['Date'] as const, optional: ['Tweets published', ...DAY_OPTIONAL] as const },
    (cells, columns): OrganicDailyRow | null => {
      const date = cells.require(columns.Date, (value) =>
        legacy ? parseDay(value, 'yyyy-MM-dd') : parsePremiumDay(value),
      );
      const likes = cells.count(columns.likes ?? columns.favorites, 'likes');
      const replies = cells.count(columns.replies, 'comments');
      const sharesParts = [
        [columns.retweets ?? columns.Reposts, cells.count(columns.retweets ?? columns.Reposts, 'shares')],
        [columns.Shares, cells.count(columns.Shares, 'shares')],
      ] as const;
      const shares = sumParts(cells, sharesParts);
      const saves = cells.count(columns.Bookmarks, 'saves');
      const follows = cells.count(columns['New follows'], 'followersGained');
      const unfollows = cells.count(columns.Unfollows, 'followersGained');
      if (date === null) return null;
      warnings.add(account.warning);
      return {
        kind: 'organic',
        line: cells.line,
        date,
        platform: 'X',
        accountId: account.accountId,
        accountName: account.accountName,
        followers: null,
        newFollowers: follows !== null && unfollows !== null ? follows - unfollows : null,
        followersGained: follows,
        impressions: cells.count(columns.impressions, 'impressions'),
        reach: null,
        engagements: sumParts(cells, [
          [columns.likes ?? columns.favorites, likes],
          [columns.replies, replies],
          ...sharesParts,
          [columns.Bookmarks, saves],
        ]),
        posts: cells.count(columns['Tweets published'] ?? columns['Create Post'], 'posts'),
        likes,
        comments: replies,
        shares,
        saves,
        videoViews: cells.count(columns['Video views'] ?? columns['media views'], 'videoViews'),
        profileViews: cells.count(columns['user profile clicks'] ?? columns['Profile visits'], 'profileViews'),
        linkClicks: cells.count(columns['url clicks'], 'linkClicks'),
        tzBasis: 'utc',
      };
    },
  );
  return withWarnings(events, warnings);
}

function hasColumn(context: ParseContext, name: string): boolean {
  return context.table.header.cells.some((cell) => normalizeHeader(cell) === normalizeHeader(name));
}

/** `2020-02-10 18:00 +0000` → `2020-02-10T18:00:00Z` (the instant in UTC). */
export function parseTweetTime(raw: string): string {
  const match = TWEET_TIME.exec(raw.trim());
  const fields = match?.slice(1).map((field) => (field === undefined ? 0 : field));
  if (match && fields) {
    const [year, month, day, hour, minute, second, sign, offsetHours, offsetMinutes] = fields;
    const local = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
    const check = new Date(local);
    const valid = check.getUTCDate() === Number(day) && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60;
    if (valid) {
      const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
      return new Date(local - offset).toISOString().replace('.000Z', 'Z');
    }
  }
  throw new CellValueError(`"${raw}" is not a time (expected YYYY-MM-DD HH:MM +0000)`);
}

/** A Premium export's day: `Tue, Jul 14, 2026` or `2026-07-14`. */
function parsePremiumDay(raw: string): IsoDate {
  return parseDayIn(raw, PREMIUM_DAY_PATTERNS, 'e.g. "Tue, Jul 14, 2026"');
}
