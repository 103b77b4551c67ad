// Demo YouTube Studio Advanced-mode export for the Northwind Outfitters channel (docs/FORMATS.md §2.6): the zip
// `Content 2026-09-29_2026-11-27 Northwind Outfitters.zip` with `Table data.csv` (Content tab: a `Total` row
// first, video ids that may start with `-`, "Nov 3, 2026" publish dates), `Chart data.csv` and `Totals.csv`
// (daily channel views). The 60 days ending 2026-11-27. Deterministic: fixed seed, days, and zip entry times
// (SheetJS's zip writer stamps none).
import { Buffer } from 'node:buffer';
import * as XLSX from '@e965/xlsx';
import { csvText } from '../sample-data.mjs';
import { CAPTIONS, ORGANIC_EXPORTED_ON, organicDays, seededInts } from './organic-sample-kit.mjs';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `2026-11-03` → `Nov 3, 2026` @param {string} day */
function publishDay(day) {
  const [year, month, date] = day.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${date}, ${year}`;
}

/** @param {Record<string, string>} files @returns {Uint8Array} */
function zip(files) {
  const archive = XLSX.CFB.utils.cfb_new();
  for (const [name, text] of Object.entries(files)) XLSX.CFB.utils.cfb_add(archive, name, Buffer.from(text, 'utf8'));
  return new Uint8Array(XLSX.CFB.write(archive, { fileType: 'zip', type: 'buffer', compression: true }));
}

export function sampleFiles() {
  const int = seededInts(20261127 ^ 0x70b7);
  const days = organicDays();
  const videoId = () => Array.from({ length: 11 }, () => ID_CHARS[int(0, ID_CHARS.length - 1)]).join('');

  const videos = days.flatMap((day, index) => {
    if (index % 6 !== 3) return [];
    const views = int(800, 21000);
    const id = index === 9 ? `-${videoId().slice(1)}` : videoId();
    return [
      {
        id,
        title: CAPTIONS[(index * 5) % CAPTIONS.length] ?? '',
        published: day,
        duration: int(35, 780),
        views,
        watchHours: (views * int(40, 240)) / 3600,
        subscribers: int(0, Math.round(views / 300)),
        likes: int(20, Math.round(views / 25)),
        comments: int(0, Math.round(views / 300)),
        shares: int(0, Math.round(views / 200)),
        impressions: views * int(9, 22),
      },
    ];
  });
  videos.sort((a, b) => b.views - a.views);
  const sum = (/** @type {(video: (typeof videos)[number]) => number} */ pick) =>
    videos.reduce((total, video) => total + pick(video), 0);
  const header = [
    'Content',
    'Video title',
    'Video publish time',
    'Duration',
    'Views',
    'Watch time (hours)',
    'Subscribers',
    'Likes',
    'Comments added',
    'Shares',
    'Impressions',
    'Impressions click-through rate (%)',
  ];
  const table = csvText([
    header,
    [
      'Total',
      '',
      '',
      '',
      sum((v) => v.views),
      sum((v) => v.watchHours).toFixed(4),
      sum((v) => v.subscribers),
      sum((v) => v.likes),
      sum((v) => v.comments),
      sum((v) => v.shares),
      sum((v) => v.impressions),
      ((sum((v) => v.views) / sum((v) => v.impressions)) * 100).toFixed(2),
    ],
    ...videos.map((v) => [
      v.id,
      v.title,
      publishDay(v.published),
      v.duration,
      v.views,
      v.watchHours.toFixed(4),
      v.subscribers,
      v.likes,
      v.comments,
      v.shares,
      v.impressions,
      ((v.views / v.impressions) * 100).toFixed(2),
    ]),
  ]);
  const dailyViews = days.map((day) => [day, int(900, 3400)]);
  const chart = csvText([
    ['Date', 'Content', 'Video title', 'Video publish time', 'Views'],
    ...days.flatMap((day, index) =>
      videos
        .filter((video) => video.published <= day)
        .slice(0, 3)
        .map((video) => [day, video.id, video.title, publishDay(video.published), int(20, 600 + index)]),
    ),
  ]);
  const totals = csvText([['Date', 'Views'], ...dailyViews]);
  return [
    {
      name: `Content ${days[0]}_${days.at(-1)} Northwind Outfitters.zip`,
      content: zip({ 'Table data.csv': table, 'Chart data.csv': chart, 'Totals.csv': totals }),
      hints: { exportedOn: ORGANIC_EXPORTED_ON },
    },
  ];
}
