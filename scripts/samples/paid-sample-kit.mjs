// What the paid-ads sample generators (Google Ads, LinkedIn, X, Pinterest, Snapchat) share: the 60 sample days,
// money as decimal strings and the UTF-16LE "Excel" encoding (seeded randomness is sample-data.mjs's mulberry32).
// Deterministic: no clock.
import { Buffer } from 'node:buffer';
import { reportDays } from '../sample-data.mjs';

/** The samples' last day: fixed, so the files never depend on the day they are generated. */
export const PAID_SAMPLE_END = '2026-11-27';
export const PAID_SAMPLE_DAYS = 60;

/** The sample days, oldest first, as `YYYY-MM-DD`. @returns {string[]} */
export function sampleDays() {
  return reportDays(PAID_SAMPLE_END, PAID_SAMPLE_DAYS);
}

/** `base` varied by ±`spread` (a fraction), with a weekday rhythm. @param {() => number} random @param {number} base @param {number} spread @param {string} day */
export function vary(random, base, spread, day) {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  const rhythm = weekday === 0 || weekday === 6 ? 0.85 : 1.05;
  return base * rhythm * (1 - spread + 2 * spread * random());
}

/** Whole cents, as integers, so that sums stay exact. @param {number} amount */
export const toCents = (amount) => Math.round(amount * 100);
/** `12345` cents → `"123.45"`. @param {number} cents */
export const money = (cents) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
/** `12345` → `"12,345"` (English UI grouping). @param {number} value */
export const grouped = (value) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** `12345` cents → `"123.45"` with grouping (`"1,234.56"`). @param {number} cents */
export const groupedMoney = (cents) => `${grouped(Math.trunc(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;

/** UTF-16LE with a BOM, as Google's "Excel .csv" and LinkedIn's exports are written. @param {string} text */
export const utf16leWithBom = (text) =>
  new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));

/** A comma-separated file; cells with a comma, quote or newline are quoted. @param {string[][]} rows */
export const csvText = (rows) =>
  rows.map((cells) => cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\n') +
  '\n';

/** A tab-separated file with CRLF line ends. @param {string[][]} rows */
export const tsvText = (rows) => rows.map((cells) => cells.join('\t')).join('\r\n') + '\r\n';

/** `2026-09-29` → `September 29, 2026`. @param {string} day */
export const longDate = (day) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' });

/** `2026-09-29` → `9/29/2026`. @param {string} day */
export const usDate = (day) => {
  const [year, month, date] = day.split('-').map(Number);
  return `${month}/${date}/${year}`;
};

/** The day after `day`. @param {string} day */
export const nextDay = (day) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * A campaign's day: spend around `dailySpend`, impressions from a CPM, clicks from a CTR, conversions from a rate.
 * @param {() => number} random @param {string} day
 * @param {{ dailySpend: number, cpm: number, ctr: number, conversionRate: number, orderValue: number }} profile
 */
export function campaignDay(random, day, profile) {
  const spendCents = toCents(vary(random, profile.dailySpend, 0.2, day));
  const impressions = Math.round(((spendCents / 100) * 1000) / vary(random, profile.cpm, 0.1, day));
  const clicks = Math.round(impressions * vary(random, profile.ctr, 0.15, day));
  const conversions = Math.round(clicks * vary(random, profile.conversionRate, 0.3, day));
  const revenueCents = conversions * toCents(vary(random, profile.orderValue, 0.15, day));
  return { spendCents, impressions, clicks, conversions, revenueCents };
}
