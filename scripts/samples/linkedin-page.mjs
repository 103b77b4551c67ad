// Demo LinkedIn Page analytics exports for the Northwind Outfitters page (docs/FORMATS.md §2.4): the content workbook
// (`Metrics` + `All posts`, each with a note on row 1 and the header on row 2; `.xls` holding a legacy BIFF8
// workbook, as LinkedIn downloads it), the followers and the visitors workbooks. MM/DD/YYYY text dates. The 60 days
// ending 2026-11-27. Deterministic: fixed seed, days and workbook properties.
import * as XLSX from '@e965/xlsx';
import { CAPTIONS, ORGANIC_EXPORTED_ON, organicDays, seededInts } from './organic-sample-kit.mjs';

const PAGE = 'northwind-outfitters';
const EXPORTED_AT = '1764288000000';
const FIXED_TIME = new Date(Date.UTC(2026, 10, 28));

/** The content workbook's `Metrics` sheet columns. */
export const METRICS_COLUMNS = [
  'Date',
  'Impressions (organic)',
  'Impressions (sponsored)',
  'Impressions (total)',
  'Unique impressions (organic)',
  'Clicks (organic)',
  'Clicks (sponsored)',
  'Clicks (total)',
  'Reactions (organic)',
  'Reactions (sponsored)',
  'Reactions (total)',
  'Comments (organic)',
  'Comments (sponsored)',
  'Comments (total)',
  'Reposts (organic)',
  'Reposts (sponsored)',
  'Reposts (total)',
  'Engagement rate (organic)',
  'Engagement rate (sponsored)',
  'Engagement rate (total)',
];
/** The content workbook's `All posts` sheet columns. */
export const ALL_POSTS_COLUMNS = [
  'Post title',
  'Post link',
  'Post type',
  'Campaign name',
  'Posted by',
  'Created date',
  'Campaign start date',
  'Campaign end date',
  'Audience',
  'Impressions',
  'Views (excluding off-site video views)',
  'Off-site views',
  'Clicks',
  'Click through rate (CTR)',
  'Likes',
  'Comments',
  'Reposts',
  'Follows',
  'Engagement rate',
  'Content Type',
];

/** `2026-09-29` → `09/29/2026` @param {string} day */
function usDay(day) {
  const [year, month, date] = day.split('-');
  return `${month}/${date}/${year}`;
}

/** @param {Record<string, unknown[][]>} sheets @returns {Uint8Array} */
function biff8(sheets) {
  const book = XLSX.utils.book_new();
  book.Props = { CreatedDate: FIXED_TIME, ModifiedDate: FIXED_TIME };
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'biff8' }));
}

/** @param {number} numerator @param {number} denominator */
const rate = (numerator, denominator) => (denominator > 0 ? Number((numerator / denominator).toFixed(4)) : 0);

export function sampleFiles() {
  const int = seededInts(20261127 ^ 0x11e4);
  const days = organicDays();
  const hints = { exportedOn: ORGANIC_EXPORTED_ON };

  const metrics = days.map((day) => {
    const organic = int(700, 2600);
    const sponsored = int(0, 3) === 0 ? int(500, 3000) : 0;
    const clicks = int(10, 70);
    const reactions = int(15, 90);
    const comments = int(0, 12);
    const reposts = int(0, 8);
    const paidClicks = sponsored > 0 ? int(5, 40) : 0;
    return [
      usDay(day),
      organic,
      sponsored,
      organic + sponsored,
      Math.round(organic * 0.58),
      clicks,
      paidClicks,
      clicks + paidClicks,
      reactions,
      0,
      reactions,
      comments,
      0,
      comments,
      reposts,
      0,
      reposts,
      rate(clicks + reactions + comments + reposts, organic),
      rate(paidClicks, sponsored),
      rate(clicks + paidClicks + reactions + comments + reposts, organic + sponsored),
    ];
  });
  const posts = days.flatMap((day, index) => {
    if (index % 4 !== 2) return [];
    const impressions = int(1200, 6800);
    const likes = int(20, 140);
    const comments = int(0, 18);
    const reposts = int(0, 12);
    const clicks = int(15, 160);
    return [
      [
        CAPTIONS[(index * 3) % CAPTIONS.length],
        `https://www.linkedin.com/feed/update/urn:li:activity:74${String(1_000_000_000_000_000 + index * 7_919_000_000).slice(0, 17)}`,
        'Organic',
        '',
        'Dana Lee',
        usDay(day),
        '',
        '',
        'All followers',
        impressions,
        0,
        0,
        clicks,
        rate(clicks, impressions),
        likes,
        comments,
        reposts,
        int(0, 6),
        rate(clicks + likes + comments + reposts, impressions),
        index % 8 === 2 ? 'Video' : 'Image',
      ],
    ];
  });
  const content = biff8({
    Metrics: [
      ['Aggregated metrics for the selected date range. Engagement rate includes clicks.'],
      METRICS_COLUMNS,
      ...metrics,
    ],
    'All posts': [
      ['All posts published in the selected date range, with their lifetime metrics.'],
      ALL_POSTS_COLUMNS,
      ...posts,
    ],
  });

  const followerRows = days.map((day) => {
    const sponsored = int(0, 4);
    const organic = int(3, 28);
    const invited = int(0, 3);
    return [usDay(day), sponsored, organic, invited, sponsored + organic + invited];
  });
  const followers = biff8({
    'New followers': [
      ['Date', 'Sponsored followers', 'Organic followers', 'Auto-invited followers', 'Total followers'],
      ...followerRows,
    ],
    Location: [
      ['Location', 'Total followers'],
      ['Portland, Oregon Metropolitan Area', 1840],
      ['Seattle, Washington', 1215],
      ['Denver Metropolitan Area', 640],
    ],
  });

  const visitorRows = days.map((day) => {
    const desktop = int(20, 90);
    const mobile = int(25, 110);
    const uniqueDesktop = Math.round(desktop * 0.6);
    const uniqueMobile = Math.round(mobile * 0.6);
    return [usDay(day), desktop, mobile, desktop + mobile, uniqueDesktop, uniqueMobile, uniqueDesktop + uniqueMobile];
  });
  const visitors = biff8({
    'Visitor metrics': [
      [
        'Date',
        'Total page views (desktop)',
        'Total page views (mobile)',
        'Total page views (total)',
        'Total unique visitors (desktop)',
        'Total unique visitors (mobile)',
        'Total unique visitors (total)',
      ],
      ...visitorRows,
    ],
  });

  return [
    { name: `${PAGE}_content_${EXPORTED_AT}.xls`, content, hints },
    { name: `${PAGE}_followers_${EXPORTED_AT}.xls`, content: followers, hints },
    { name: `${PAGE}_visitors_${EXPORTED_AT}.xls`, content: visitors, hints },
  ];
}
