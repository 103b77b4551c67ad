// Google Ads sample: the "Excel .csv" download of a Campaigns table (UTF-16LE with BOM, TAB-separated despite the
// name) with Segment → Time → Day: report title, quoted date range padded to the width, header, one row per
// campaign-day, then the `Total: …` rows Google appends. Northwind Outfitters, 60 days ending 2026-11-27.
import { mulberry32 } from '../sample-data.mjs';
import {
  campaignDay,
  grouped,
  groupedMoney,
  longDate,
  sampleDays,
  tsvText,
  utf16leWithBom,
} from './paid-sample-kit.mjs';

const CAMPAIGNS = [
  { name: 'NW - Brand - Search', id: '21874563201', type: 'Search', profile: { dailySpend: 70, cpm: 45, ctr: 0.09, conversionRate: 0.08, orderValue: 95 } },
  { name: 'NW - Outerwear - Search', id: '21874563202', type: 'Search', profile: { dailySpend: 120, cpm: 38, ctr: 0.05, conversionRate: 0.04, orderValue: 140 } },
  { name: 'NW - PMax - All Products', id: '21874563203', type: 'Performance Max', profile: { dailySpend: 140, cpm: 9, ctr: 0.012, conversionRate: 0.03, orderValue: 110 } },
];

const HEADER = ['Day', 'Campaign', 'Campaign ID', 'Campaign type', 'Currency code', 'Cost', 'Impr.', 'Clicks', 'CTR', 'Avg. CPC', 'Conversions', 'Conv. value'];

/** @param {{ spendCents: number, impressions: number, clicks: number, conversions: number, revenueCents: number }} t */
const metricCells = (t) => [
  groupedMoney(t.spendCents),
  grouped(t.impressions),
  grouped(t.clicks),
  t.impressions > 0 ? `${((t.clicks / t.impressions) * 100).toFixed(2)}%` : '--',
  t.clicks > 0 ? (t.spendCents / 100 / t.clicks).toFixed(2) : '--',
  `${grouped(t.conversions)}.00`,
  groupedMoney(t.revenueCents),
];

/** @returns {Array<{ name: string, content: Uint8Array, hints: Record<string, string> }>} */
export function sampleFiles() {
  const random = mulberry32(4821);
  const days = sampleDays();
  const rows = [];
  const zero = () => ({ spendCents: 0, impressions: 0, clicks: 0, conversions: 0, revenueCents: 0 });
  const account = zero();
  /** @type {Record<string, ReturnType<typeof zero>>} */
  const byType = {};
  for (const day of days) {
    for (const campaign of CAMPAIGNS) {
      const figures = campaignDay(random, day, campaign.profile);
      rows.push([day, campaign.name, campaign.id, campaign.type, 'USD', ...metricCells(figures)]);
      const typeTotal = (byType[campaign.type] ??= zero());
      for (const total of [account, typeTotal]) {
        total.spendCents += figures.spendCents;
        total.impressions += figures.impressions;
        total.clicks += figures.clicks;
        total.conversions += figures.conversions;
        total.revenueCents += figures.revenueCents;
      }
    }
  }
  const width = HEADER.length;
  const padded = (/** @type {string} */ cell) => [cell, ...Array(width - 1).fill('')];
  const totalRow = (/** @type {string} */ label, /** @type {ReturnType<typeof zero>} */ t) => [label, '--', '--', '--', 'USD', ...metricCells(t)];
  const table = [
    padded('Campaign report'),
    padded(`${longDate(days[0] ?? '')} - ${longDate(days[days.length - 1] ?? '')}`),
    HEADER,
    ...rows,
    totalRow('Total: Account', account),
    ...Object.entries(byType).map(([type, t]) => totalRow(`Total: ${type}`, t)),
    totalRow('Total: Campaigns', account),
  ];
  return [{ name: 'northwind-google-ads-campaign-report.csv', content: utf16leWithBom(tsvText(table)), hints: { account: '482-193-5567' } }];
}
