// Demo Meta Business Suite Facebook content export for Northwind Outfitters (docs/FORMATS.md §2.3): UTF-8 with BOM,
// 34 columns, one row per post with lifetime totals as of the export day (`Date` says `Lifetime`), the caption in
// `Description` (in `Title` for some reels). Deterministic: fixed seed and days.
import { csvText, mulberry32, reportDays } from '../sample-data.mjs';
import {
  FACEBOOK_PAGE_ID,
  FACEBOOK_PAGE_NAME,
  META_SAMPLE_DAYS,
  META_SAMPLE_END_DATE,
} from './meta-business-suite-series.mjs';
import { FACEBOOK_POSTS_COLUMNS, publishTime, utf8WithBom } from './meta-posts-kit.mjs';

const CAPTIONS = [
  'The Ridge Shell is back, now in moss green. Shop the restock before the rain does. #Northwind #RainReady',
  'Three layers, one rule: stay dry. Our guide to layering for autumn hikes 👉 #LayerUp #HikingOutfit',
  'Meet the team behind the Cascade vest. #BehindTheScenes #Northwind',
  'Weekend trail report from the Gorge 🍂 #FallEdit #PNW',
  'Black Friday starts early for our newsletter friends. Sign up today. #BlackFriday #Northwind',
  'How we test our zips, seams and shells before they reach you. #GearLab',
];

/** @returns {Array<{ name: string, content: string | Uint8Array, hints: Record<string, string> }>} */
export function sampleFiles() {
  const rand = mulberry32(20261127 ^ 0xfb05);
  const days = reportDays(META_SAMPLE_END_DATE, META_SAMPLE_DAYS);
  /** @type {Array<Array<string | number>>} */
  const rows = [];
  days.forEach((date, index) => {
    if (rand() >= (index >= days.length - 10 ? 0.8 : 0.38)) return;
    const kind = rand();
    const type = kind < 0.3 ? 'Reels' : kind < 0.55 ? 'Links' : kind < 0.65 ? 'Videos' : 'Photos';
    const isVideo = type === 'Reels' || type === 'Videos';
    const age = Math.min(1, (days.length - index) / 10 + 0.4);
    const views = Math.round((isVideo ? 6_500 : 2_900) * age * (0.6 + rand() * 0.8));
    const reactions = Math.round(views * (0.02 + rand() * 0.015));
    const comments = Math.round(reactions * (0.06 + rand() * 0.08));
    const shares = Math.round(reactions * (0.04 + rand() * 0.06));
    const linkClicks = type === 'Links' ? Math.round(views * (0.012 + rand() * 0.01)) : 0;
    const otherClicks = Math.round(views * (0.01 + rand() * 0.01));
    const duration = isVideo ? 20 + Math.floor(rand() * 70) : '';
    const secondsViewed = isVideo ? Math.round(views * Number(duration) * (0.25 + rand() * 0.2)) : '';
    const postId = `${FACEBOOK_PAGE_ID}_${1_220_000_000_000_000 + rows.length * 104_729 + Math.floor(rand() * 9_000)}`;
    const caption = CAPTIONS[rows.length % CAPTIONS.length] ?? '';
    rows.push([
      postId,
      FACEBOOK_PAGE_ID,
      FACEBOOK_PAGE_NAME,
      // Reels carry their caption as the title.
      type === 'Reels' ? caption : '',
      type === 'Reels' ? '' : caption,
      duration,
      publishTime(date, 9 + Math.floor(rand() * 9), Math.floor(rand() * 60)),
      '',
      type === 'Reels'
        ? `https://www.facebook.com/reel/${postId.split('_')[1]}`
        : `https://www.facebook.com/${FACEBOOK_PAGE_ID}/posts/${postId.split('_')[1]}`,
      'No',
      'No',
      type,
      'en',
      '',
      '',
      '',
      'Lifetime',
      views,
      Math.round(views * (0.64 + rand() * 0.1)),
      reactions + comments + shares,
      reactions,
      comments,
      shares,
      linkClicks + otherClicks,
      linkClicks,
      otherClicks,
      type === 'Photos' ? Math.round(views * 0.02) : 0,
      rand() < 0.15 ? 1 : 0,
      rand() < 0.2 ? 1 : 0,
      secondsViewed,
      isVideo && views > 0 ? (Number(secondsViewed) / views).toFixed(1) : '',
      '',
      '',
      '',
    ]);
  });
    return [
    {
      name: `Sep-29-2026_Nov-27-2026_${FACEBOOK_PAGE_ID}.csv`,
      content: utf8WithBom(csvText([FACEBOOK_POSTS_COLUMNS, ...rows], '\r\n')),
      hints: { exportedOn: META_SAMPLE_END_DATE },
    },
  ];
}
