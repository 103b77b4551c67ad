import { formatPeriod } from '../dashboard/date-range.util';
import { PLATFORM_LABELS } from '../dashboard/platforms.util';
import type { ImportPreviewAnswer } from './upload.util';

type PreviewAccount = ImportPreviewAnswer['accounts'][number];

/** The API's row kinds in the user's words, singular and plural. */
const ROW_KIND_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  paid: ['daily paid row', 'daily paid rows'],
  'paid-period': ['whole-period paid row', 'whole-period paid rows'],
  'paid-audience': ['audience row', 'audience rows'],
  organic: ['daily organic row', 'daily organic rows'],
  post: ['post', 'posts'],
};

const ORGANIC_KINDS = new Set(['organic', 'post']);

export const UNKNOWN_CURRENCY = 'currency decided on import';

/** "1,234 daily paid rows"; a kind this app does not know yet keeps the API's name. */
export function describeRowCount(kind: string, count: number, locale?: string): string {
  const [one, many] = ROW_KIND_WORDS[kind] ?? [`${kind} row`, `${kind} rows`];
  return `${new Intl.NumberFormat(locale).format(count)} ${count === 1 ? one : many}`;
}

/** "Jul 1 – 31, 2026", or a sentence when the file has no dated rows. */
export function describePreviewDates(preview: Pick<ImportPreviewAnswer, 'from' | 'to'>, locale?: string): string {
  const { from, to } = preview;
  if (!from || !to) return 'No dated rows';
  return formatPeriod({ from, to }, locale);
}

/** "Facebook · Northwind Outfitters (381920475610293)". */
export function describeAccount(account: PreviewAccount): string {
  const name = account.accountName && account.accountName !== account.accountId ? account.accountName : null;
  const who = name ? `${name} (${account.accountId})` : account.accountId;
  return `${PLATFORM_LABELS[account.platform]} · ${who}`;
}

/**
 * An exact decimal string as money, in its currency when the file named one. The string goes to Intl as it is
 * (Intl.NumberFormat reads decimal strings exactly), so no float ever touches the amount.
 */
export function formatDecimalMoney(amount: string, currency: string | null, locale?: string): string {
  const exact = amount as `${number}`;
  if (currency) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(exact);
    } catch {
      // not an ISO 4217 code Intl knows: show the code as written
    }
  }
  const plain = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(exact);
  return currency ? `${plain} ${currency}` : plain;
}

/** A count that may arrive as a decimal string (conversions) or a number. */
export function formatPreviewCount(count: number | string, locale?: string): string {
  const value = typeof count === 'string' ? (count as `${number}`) : count;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** Organic totals are worth showing when the file has organic or post rows, or any organic number. */
export function hasOrganicFacts(preview: Pick<ImportPreviewAnswer, 'rows' | 'organic' | 'posts'>): boolean {
  const { impressions, engagements, newFollowers } = preview.organic;
  return (
    preview.rows.some((row) => ORGANIC_KINDS.has(row.kind) && row.count > 0) ||
    preview.posts > 0 ||
    impressions + engagements + newFollowers !== 0
  );
}
