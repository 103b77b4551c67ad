// Demo Meta Business Suite Instagram content export for Northwind Outfitters (docs/FORMATS.md §2.3): UTF-8 with BOM,
// one row per post with lifetime totals as of the export day (`Date` says `Lifetime`), `Publish time` as
// MM/DD/YYYY HH:mm, captions with hashtags (some over several lines). Deterministic: fixed seed and days.
import { csvText, mulberry32, reportDays } from '../sample-data.mjs';
import {
  INSTAGRAM_ACCOUNT_ID,
  INSTAGRAM_USERNAME,
  META_SAMPLE_DAYS,
  META_SAMPLE_END_DATE,
} from './meta-business-suite-series.mjs';
import { INSTAGRAM_POSTS_COLUMNS, publishTime, utf8WithBom } from './meta-posts-kit.mjs';

const CAPTIONS = [
  'The Ridge Shell is back in moss green 🌲 #northwind #rainready #outdoorstyle',
  'Layer up: merino base, fleece mid, shell on top.\nWhich one are you reaching for first? #layerup #hikingoutfit #northwind',
  'Behind the scenes at the Mount Hood shoot 🏔️ #bts #trailready',
  'Packing list for a two-day loop, all in the 30L daypack #packlight #trailready #hikingoutfit',
  'Cozy season, sorted ☕ #cozyseason #falledit #northwind',
  'New drop: the Cascade quilted vest, now in rust #falledit #newarrivals',
  'Rain check? Not with this shell. #rainready #pnw',
  'Trail to town in one outfit, styled three ways #outdoorstyle #falledit',
  'Your photos, our gear 💚 Tag #northwindoutside to be featured #northwindoutside #community',
  'How we test a waterproof zip (spoiler: a lot of water) #gearlab #rainready',
];

/** @param {() => number} rand @param {number} length */
function shortcode(rand, length) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  return Array.from({ length }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
}

/** @returns {Array<{ name: string, content: string | Uint8Array, hints: Record<string, string> }>} */
export function sampleFiles() {
  const rand = mulberry32(20261127 ^ 0x1695);
  const days = reportDays(META_SAMPLE_END_DATE, META_SAMPLE_DAYS);
  /** @type {Array<Array<string | number>>} */
  const rows = [];
  days.forEach((date, index) => {
    // About two posts every three days, more in the sale's last ten days.
    const posts = rand() < (index >= days.length - 10 ? 0.85 : 0.55) ? (rand() < 0.1 ? 2 : 1) : 0;
    for (let post = 0; post < posts; post++) {
      const kind = rand();
      const type = kind < 0.45 ? 'IG reel' : kind < 0.75 ? 'IG image' : 'IG carousel';
      const isReel = type === 'IG reel';
      // Older posts have had longer to collect views; reels travel further.
      const age = Math.min(1, (days.length - index) / 14 + 0.35);
      const views = Math.round((isReel ? 9_000 : 2_600) * age * (0.6 + rand() * 0.9));
      const likes = Math.round(views * (0.035 + rand() * 0.02));
      const id = `1790${String(4_100_000_000_000 + rows.length * 7_919 + Math.floor(rand() * 7_000)).padStart(13, '0')}`;
      rows.push([
        id,
        INSTAGRAM_ACCOUNT_ID,
        INSTAGRAM_USERNAME,
        'Northwind Outfitters',
        CAPTIONS[rows.length % CAPTIONS.length] ?? '',
        isReel ? 15 + Math.floor(rand() * 45) : 0,
        publishTime(date, 8 + post * 9 + Math.floor(rand() * 3), Math.floor(rand() * 60)),
        `https://www.instagram.com/${isReel ? 'reel' : 'p'}/${shortcode(rand, 11)}/`,
        type,
        '',
        'Lifetime',
        views,
        Math.round(views * (0.62 + rand() * 0.12)),
        likes,
        Math.round(likes * (0.05 + rand() * 0.08)),
        Math.round(views * (0.0008 + rand() * 0.001)),
        Math.round(likes * (0.04 + rand() * 0.05)),
        Math.round(likes * (isReel ? 0.25 : 0.12) * (0.6 + rand() * 0.8)),
      ]);
    }
  });
    return [
    {
      name: `Sep-29-2026_Nov-27-2026_${INSTAGRAM_ACCOUNT_ID}.csv`,
      content: utf8WithBom(csvText([INSTAGRAM_POSTS_COLUMNS, ...rows], '\r\n')),
      hints: { exportedOn: META_SAMPLE_END_DATE },
    },
  ];
}
