// Demo Meta Business Suite daily series for Northwind Outfitters (docs/FORMATS.md §2.1): one metric per file, UTF-16LE
// with BOM, `sep=,` on line 1, the metric's name on line 2, every cell quoted. Deterministic: fixed seed and days.
// The Facebook page's daily figures are shared with scripts/samples/facebook-page-insights.mjs, so that both files
// agree on the days they both carry.
import { Buffer } from 'node:buffer';
import { mulberry32, reportDays } from '../sample-data.mjs';

export const META_SAMPLE_END_DATE = '2026-11-27';
export const META_SAMPLE_DAYS = 60;
/** The Facebook Page's id: the Business Suite content export names it, so the series uploads use it too. */
export const FACEBOOK_PAGE_ID = '104857361029384';
export const FACEBOOK_PAGE_NAME = 'Northwind Outfitters';
export const INSTAGRAM_ACCOUNT_ID = '17841400123456789';
export const INSTAGRAM_USERNAME = 'northwind.outfitters';

/** Sunday-first weekly shape of organic activity. */
const WEEK = [1.2, 0.92, 0.9, 0.95, 0.97, 1.02, 1.18];

/**
 * @typedef {object} FacebookPageDay
 * @property {string} date
 * @property {number} totalLikes  end-of-day page likes (a gauge)
 * @property {number} newLikes  gross new likes (= Business Suite "Facebook follows")
 * @property {number} unlikes
 * @property {number} impressions
 * @property {number} reach
 * @property {number} engagedUsers
 *
 * @typedef {object} InstagramDay
 * @property {string} date
 * @property {number} views
 * @property {number} reach
 */

/** @param {string} date */
function weekday(date) {
  return WEEK[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 1;
}

/** @param {number} index @param {number} days  the ten-day autumn sale ending on Black Friday week */
function saleBoost(index, days) {
  return index >= days - 10 ? 1.35 : 1;
}

/** @returns {FacebookPageDay[]} */
export function facebookPageDays() {
  const rand = mulberry32(20261127 ^ 0x0fb);
  const dates = reportDays(META_SAMPLE_END_DATE, META_SAMPLE_DAYS);
  let totalLikes = 15_240;
  return dates.map((date, index) => {
    const shape = weekday(date) * saleBoost(index, dates.length) * (0.85 + rand() * 0.3);
    // Quiet days: no new like at all (Meta then leaves the day out of the follows series). Not on the range's
    // first or last day, which a file cannot show to be missing.
    const quiet = rand() < 0.08 && index > 0 && index < dates.length - 1;
    const newLikes = quiet ? 0 : Math.round(22 * shape);
    const unlikes = Math.round(4 + rand() * 5);
    totalLikes += newLikes - unlikes;
    const impressions = Math.round(9_200 * shape);
    const reach = Math.round(impressions * (0.6 + rand() * 0.08));
    return {
      date,
      totalLikes,
      newLikes,
      unlikes,
      impressions,
      reach,
      engagedUsers: Math.round(impressions * (0.028 + rand() * 0.01)),
    };
  });
}

/** @returns {InstagramDay[]} */
export function instagramDays() {
  const rand = mulberry32(20261127 ^ 0x16);
  const dates = reportDays(META_SAMPLE_END_DATE, META_SAMPLE_DAYS);
  return dates.map((date, index) => {
    const views = Math.round(21_000 * weekday(date) * saleBoost(index, dates.length) * (0.85 + rand() * 0.3));
    return { date, views, reach: Math.round(views * (0.68 + rand() * 0.08)) };
  });
}

/**
 * A series file exactly as Business Suite writes it.
 * @param {string} metric  line 2
 * @param {Array<[string, number]>} days  the days Meta writes (it leaves out some zero days)
 * @returns {Uint8Array}
 */
export function seriesFile(metric, days) {
  const lines = ['sep=,', `"${metric}"`, '"Date","Primary"', ...days.map(([date, value]) => `"${date}T00:00:00","${value}"`)];
  const text = `${lines.join('\r\n')}\r\n`;
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

/** @returns {Array<{ name: string, content: string | Uint8Array, hints: Record<string, string> }>} */
export function sampleFiles() {
  const instagram = instagramDays();
  const facebook = facebookPageDays();
  return [
    {
      // Plain "Views": nothing in the file says Instagram, so the upload does.
      name: 'meta-business-suite-instagram-views.csv',
      content: seriesFile(
        'Views',
        instagram.map((day) => [day.date, day.views]),
      ),
      hints: { platform: 'INSTAGRAM', account: INSTAGRAM_ACCOUNT_ID },
    },
    {
      // Gross new follows; days without any are left out, as Meta does.
      name: 'meta-business-suite-facebook-follows.csv',
      content: seriesFile(
        'Facebook follows',
        facebook.filter((day) => day.newLikes > 0).map((day) => [day.date, day.newLikes]),
      ),
      hints: { account: FACEBOOK_PAGE_ID },
    },
  ];
}
