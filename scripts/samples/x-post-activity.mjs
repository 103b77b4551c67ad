// Demo X analytics exports for Northwind Outfitters (docs/FORMATS.md §2.5): the legacy analytics.twitter.com "By Tweet"
// file (every field quoted, counts as floats `"424.0"`, UTC times, `promoted …` mirrors set to "-") and the
// "By day" file. The 60 days ending 2026-11-27. Deterministic: fixed seed and days.
import { CAPTIONS, ORGANIC_EXPORTED_ON, organicDays, quotedCsvText, seededInts } from './organic-sample-kit.mjs';

const HANDLE = 'northwindoutfit';
const METRICS = [
  'impressions',
  'engagements',
  'engagement rate',
  'retweets',
  'replies',
  'likes',
  'user profile clicks',
  'url clicks',
  'hashtag clicks',
  'detail expands',
  'permalink clicks',
  'app opens',
  'app installs',
  'follows',
  'email tweet',
  'dial phone',
  'media views',
  'media engagements',
];
const PROMOTED = METRICS.map((metric) => `promoted ${metric}`);

/** @param {number} value */
const float = (value) => value.toFixed(1);

/**
 * One tweet's figures (whole counts), with X's own engagements total (every click and expand included).
 * @param {(low: number, high: number) => number} int
 */
function tweetFigures(int) {
  const impressions = int(600, 4200);
  const likes = int(4, Math.round(impressions / 90));
  const retweets = int(0, Math.round(likes / 4));
  const replies = int(0, Math.round(likes / 5));
  const profileClicks = int(0, 12);
  const urlClicks = int(0, Math.round(impressions / 120));
  const hashtagClicks = int(0, 4);
  const detailExpands = int(2, 30);
  const follows = int(0, 3);
  const mediaViews = int(0, Math.round(impressions / 6));
  const mediaEngagements = int(0, Math.round(mediaViews / 20));
  const engagements =
    likes + retweets + replies + profileClicks + urlClicks + hashtagClicks + detailExpands + follows + mediaEngagements;
  return {
    impressions,
    engagements,
    retweets,
    replies,
    likes,
    profileClicks,
    urlClicks,
    hashtagClicks,
    detailExpands,
    follows,
    mediaViews,
    mediaEngagements,
  };
}

/** @param {ReturnType<typeof tweetFigures>} f */
function metricCells(f) {
  return [
    float(f.impressions),
    float(f.engagements),
    (f.engagements / f.impressions).toFixed(4),
    float(f.retweets),
    float(f.replies),
    float(f.likes),
    float(f.profileClicks),
    float(f.urlClicks),
    float(f.hashtagClicks),
    float(f.detailExpands),
    '0.0',
    '0',
    '0',
    String(f.follows),
    '0',
    '0',
    float(f.mediaViews),
    float(f.mediaEngagements),
  ];
}

export function sampleFiles() {
  const int = seededInts(20261127 ^ 0x7a11);
  const days = organicDays();
  /** @type {Array<Array<string | number>>} */
  const tweets = [['Tweet id', 'Tweet permalink', 'Tweet text', 'time', ...METRICS, ...PROMOTED]];
  /** @type {Array<Array<string | number>>} */
  const daily = [['Date', 'Tweets published', ...METRICS, ...PROMOTED.slice(0, 2)]];
  let id = 1990000000000000000n;
  days.forEach((day, index) => {
    const published = int(0, 2);
    const dayFigures = tweetFigures(int);
    for (let n = 0; n < published; n += 1) {
      id += BigInt(int(1_000_000, 9_000_000)) * 1000n;
      const f = tweetFigures(int);
      const time = `${day} ${String(13 + n * 5 + int(0, 3)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')} +0000`;
      const text = CAPTIONS[(index + n) % CAPTIONS.length] ?? '';
      tweets.push([String(id), `https://twitter.com/${HANDLE}/status/${id}`, text, time, ...metricCells(f), ...PROMOTED.map(() => '-')]);
    }
    daily.push([day, String(published), ...metricCells(dayFigures), '-', '-']);
  });
  // The By Tweet export lists the newest tweet first.
  const [header, ...rows] = tweets;
  return [
    {
      name: 'tweet_activity_metrics_northwindoutfit_20260929_20261127_en.csv',
      content: quotedCsvText([header ?? [], ...rows.reverse()]),
      hints: { exportedOn: ORGANIC_EXPORTED_ON },
    },
    {
      name: 'daily_tweet_activity_metrics_northwindoutfit_20260929_20261127_en.csv',
      content: quotedCsvText(daily),
      hints: { account: HANDLE, exportedOn: ORGANIC_EXPORTED_ON },
    },
  ];
}
