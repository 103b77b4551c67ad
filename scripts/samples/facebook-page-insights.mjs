// Demo legacy Facebook Page Insights page-level export for Northwind Outfitters (docs/FORMATS.md §2.2): header on row 1,
// a description row 2, one row per day (M/D/YYYY), weekly and 28-day rollups, a column name used twice (people and
// events) and pivoted per-city columns. Same daily figures as the Business Suite "Facebook follows" sample.
import { csvText } from '../sample-data.mjs';
import { FACEBOOK_PAGE_ID, facebookPageDays } from './meta-business-suite-series.mjs';

const CITIES = ['Portland, OR', 'Seattle, WA', 'Denver, CO', 'Boise, ID'];

/** @type {Array<[string, string]>} header and its description (row 2) */
const COLUMNS = [
  ['Date', ''],
  ['Lifetime Total Likes', 'Lifetime: The total number of people who have liked your Page. (Unique Users)'],
  ['Daily New Likes', 'Daily: The number of new people who have liked your Page. (Unique Users)'],
  ['Daily Unlikes', 'Daily: The number of Unlikes of your Page. (Unique Users)'],
  [
    'Daily Page Engaged Users',
    'Daily: The number of people who engaged with your Page. Engagement includes any click or story created. (Unique Users)',
  ],
  ['Weekly Page Engaged Users', 'Weekly: The number of people who engaged with your Page. (Unique Users)'],
  ['28 Days Page Engaged Users', '28 Days: The number of people who engaged with your Page. (Unique Users)'],
  [
    'Daily Total Reach',
    'Daily: The number of people who had any content from your Page or about your Page enter their screen. (Unique Users)',
  ],
  ['Daily Organic Reach', 'Daily: The number of people who saw your Page content in News Feed or ticker. (Unique Users)'],
  [
    'Daily Total Impressions',
    'Daily: The number of impressions seen of any content associated with your Page. (Total Count)',
  ],
  ['Daily Organic views to 95%', 'Daily: Number of times your videos were viewed to 95% of their length. (Unique Users)'],
  ['Daily Organic views to 95%', 'Daily: Number of times your videos were viewed to 95% of their length. (Total Count)'],
  ...CITIES.map(
    /** @returns {[string, string]} */ (city) => [
      `Daily City: People Talking About This - ${city}`,
      'Daily: The number of People Talking About the Page by user city. (Unique Users)',
    ],
  ),
];

/** @param {string} iso `YYYY-MM-DD` → `M/D/YYYY` */
function usDay(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return `${month}/${day}/${year}`;
}

/** @returns {Array<{ name: string, content: string | Uint8Array, hints: Record<string, string> }>} */
export function sampleFiles() {
  const days = facebookPageDays();
  const rows = days.map((day, index) => {
    const week = days.slice(Math.max(0, index - 6), index + 1);
    const month = days.slice(Math.max(0, index - 27), index + 1);
    const sum = (/** @type {typeof days} */ span) => span.reduce((total, d) => total + d.engagedUsers, 0);
    const videoViews = Math.round(day.impressions * 0.011);
    return [
      usDay(day.date),
      day.totalLikes,
      day.newLikes,
      day.unlikes,
      day.engagedUsers,
      // Unique people over a window are fewer than the sum of the days.
      Math.max(day.engagedUsers, Math.round(sum(week) * 0.82)),
      Math.max(day.engagedUsers, Math.round(sum(month) * 0.7)),
      day.reach,
      Math.round(day.reach * 0.91),
      day.impressions,
      Math.round(videoViews * 0.86),
      videoViews,
      // People talking about the page, by city: sparse, empty when none.
      ...CITIES.map((_, cityIndex) => {
        const people = Math.round((day.engagedUsers / (8 + cityIndex * 6)) % 7);
        return people > 0 ? people : '';
      }),
    ];
  });
  const lines = [COLUMNS.map(([name]) => name), COLUMNS.map(([, description]) => description), ...rows];
  return [
    {
      name: 'facebook-page-insights.csv',
      content: csvText(lines, '\r\n'),
      // The file names no page: the upload names it (the Page id the Business Suite exports use).
      hints: { account: FACEBOOK_PAGE_ID },
    },
  ];
}
