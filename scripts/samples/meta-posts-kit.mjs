// What the Meta Business Suite content exports (Facebook and Instagram posts) share, for the demo samples and the
// test fixtures that imitate them: their column layouts, `Publish time` as written, and UTF-8 with a BOM.
import { Buffer } from 'node:buffer';

/** The Facebook content export's 34 columns (the variant with both `Negative feedback from users` columns). */
export const FACEBOOK_POSTS_COLUMNS = [
  'Post ID',
  'Page ID',
  'Page name',
  'Title',
  'Description',
  'Duration (sec)',
  'Publish time',
  'Caption type',
  'Permalink',
  'Is crosspost',
  'Is share',
  'Post type',
  'Languages',
  'Custom labels',
  'Funded content status',
  'Data comment',
  'Date',
  'Views',
  'Reach',
  'Reactions, Comments and Shares',
  'Reactions',
  'Comments',
  'Shares',
  'Total clicks',
  'Link Clicks',
  'Other Clicks',
  'Matched Audience Targeting Consumption (Photo Click)',
  'Negative feedback from users: Hide all',
  'Negative feedback from users: Hide',
  'Seconds viewed',
  'Average Seconds viewed',
  'Estimated earnings (USD)',
  'Ad CPM (USD)',
  'Ad impressions',
];

/** The Instagram content export's columns. */
export const INSTAGRAM_POSTS_COLUMNS = [
  'Post ID',
  'Account ID',
  'Account username',
  'Account name',
  'Description',
  'Duration (sec)',
  'Publish time',
  'Permalink',
  'Post type',
  'Data comment',
  'Date',
  'Views',
  'Reach',
  'Likes',
  'Shares',
  'Follows',
  'Comments',
  'Saves',
];

/** @param {string} iso @param {number} hour @param {number} minute → `MM/DD/YYYY HH:mm` */
export function publishTime(iso, hour, minute) {
  const [year, month, day] = iso.split('-');
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${month}/${day}/${year} ${pad(hour)}:${pad(minute)}`;
}

/** The text as UTF-8 behind a byte order mark, as Meta writes its exports. @param {string} text */
export function utf8WithBom(text) {
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
}
