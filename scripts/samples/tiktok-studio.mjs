// Demo TikTok Studio downloads for @northwindoutfitters (docs/FORMATS.md §2.7): Overview.csv, FollowerHistory.csv and
// Content.csv, every field quoted, dates without a year ("September 29"), a day with deleted comments (negative),
// an `undefined` export bug, videos sorted by views (not by date), `Time` = the export's first day on every row.
// The 60 days ending 2026-11-27, downloaded on 2026-11-28. Deterministic: fixed seed and days.
import { CAPTIONS, ORGANIC_EXPORTED_ON, organicDays, quotedCsvText, seededInts } from './organic-sample-kit.mjs';

const ACCOUNT = 'northwindoutfitters';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-09-29` → `September 29` @param {string} day */
function yearless(day) {
  const [, month, date] = day.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${date}`;
}

export function sampleFiles() {
  const int = seededInts(20261127 ^ 0x71c7);
  const days = organicDays();
  const hints = { account: ACCOUNT, exportedOn: ORGANIC_EXPORTED_ON };

  /** @type {Array<Array<string | number>>} */
  const overview = [['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares']];
  days.forEach((day, index) => {
    const views = int(1800, 6500);
    const comments = index === 17 ? -7 : int(2, 40);
    overview.push([yearless(day), index === 41 ? 'undefined' : views, int(40, 180), int(60, Math.round(views / 18)), comments, int(5, 60)]);
  });

  /** @type {Array<Array<string | number>>} */
  const followers = [['Date', 'Followers', 'Difference in followers from previous day']];
  let total = 18250;
  days.forEach((day, index) => {
    const growth = int(-6, 45);
    if (index > 0) total += growth;
    followers.push([yearless(day), total, index > 0 ? growth : int(0, 30)]);
  });

  /** @type {Array<{ row: Array<string | number>, views: number }>} */
  const videos = [];
  let id = 7570000000000000000n;
  days.forEach((day, index) => {
    if (index % 3 !== 1) return;
    id += BigInt(int(100_000, 900_000)) * 1_000_000n;
    const views = int(900, 48000);
    const caption = CAPTIONS[(index * 7) % CAPTIONS.length] ?? '';
    videos.push({
      views,
      row: [
        yearless(days[0] ?? day),
        caption,
        `https://www.tiktok.com/@${ACCOUNT}/video/${id}`,
        yearless(day),
        int(30, Math.round(views / 15)),
        int(0, Math.round(views / 400)),
        int(0, Math.round(views / 150)),
        views,
      ],
    });
  });
  videos.sort((a, b) => b.views - a.views);
  const content = [
    ['Time', 'Video title', 'Video link', 'Post time', 'Total likes', 'Total comments', 'Total shares', 'Total views'],
    ...videos.map((video) => video.row),
  ];

  return [
    { name: 'Overview.csv', content: quotedCsvText(overview), hints },
    { name: 'FollowerHistory.csv', content: quotedCsvText(followers), hints },
    { name: 'Content.csv', content: quotedCsvText(content), hints },
  ];
}
