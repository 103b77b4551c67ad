// TikTok Ads Manager sample: a custom report with the By Day dimension at ad group level, downloaded as .xlsx
// (the default; numeric cells, ids as text, a Total row at the end). `Conversions` follow each ad group's
// optimisation goal (purchases for the sales campaign, landing page views for the traffic one); `Complete payment`
// counts purchases. The file names no account, so the upload gives it. Northwind Outfitters, 60 days ending
// 2026-11-27, about $200 a day.
import * as XLSX from '@e965/xlsx';
import { mulberry32 } from '../sample-data.mjs';
import { campaignDay, sampleDays } from './paid-sample-kit.mjs';

export const TIKTOK_ADVERTISER_ID = '7301234567890123456';

/** @typedef {{ dailySpend: number, cpm: number, ctr: number, conversionRate: number, orderValue: number }} Profile */

const AD_GROUPS = [
  {
    campaign: 'NW - Spark Ads - Sales',
    campaignId: '1790000000000101',
    name: 'Lookalike 2% - Purchase',
    id: '1790000000001101',
    goal: 'purchase',
    profile: { dailySpend: 85, cpm: 8, ctr: 0.009, conversionRate: 0.02, orderValue: 95 },
  },
  {
    campaign: 'NW - Spark Ads - Sales',
    campaignId: '1790000000000101',
    name: 'Interests Outdoor - Purchase',
    id: '1790000000001102',
    goal: 'purchase',
    profile: { dailySpend: 60, cpm: 7, ctr: 0.008, conversionRate: 0.015, orderValue: 90 },
  },
  {
    campaign: 'NW - Traffic - Fall Drop',
    campaignId: '1790000000000102',
    name: 'Broad 18-44 - LPV',
    id: '1790000000001201',
    goal: 'landing page view',
    profile: { dailySpend: 55, cpm: 5, ctr: 0.012, conversionRate: 0.7, orderValue: 0 },
  },
];

// prettier-ignore
const HEADER = ['By Day', 'Campaign name', 'Campaign ID', 'Ad group name', 'Ad group ID', 'Currency', 'Cost', 'Impressions', 'Reach', 'Clicks (destination)', 'Clicks (all)', 'CTR (destination)', 'CPC (destination)', 'Conversions', 'Cost per conversion', 'Complete payment', 'Total complete payment value', '2-second video views', '6-second video views'];

/** A number rounded to cents, as the xlsx cell holds it. @param {number} cents */
const amount = (cents) => cents / 100;

/** @returns {Array<{ name: string, content: Uint8Array, hints: Record<string, string> }>} */
export function sampleFiles() {
  const random = mulberry32(7707);
  /** @type {Array<Array<string | number | null>>} */
  const rows = [];
  const sums = { spendCents: 0, impressions: 0, clicks: 0, clicksAll: 0, conversions: 0, payments: 0, valueCents: 0, views2: 0, views6: 0 };
  for (const day of sampleDays()) {
    for (const group of AD_GROUPS) {
      const t = campaignDay(random, day, group.profile);
      const reach = Math.round(t.impressions / (1.3 + 0.3 * random()));
      const clicksAll = Math.round(t.clicks * (1.2 + 0.2 * random()));
      const payments = group.goal === 'purchase' ? t.conversions : 0;
      const valueCents = group.goal === 'purchase' ? t.revenueCents : 0;
      const views2 = Math.round(t.impressions * (0.22 + 0.05 * random()));
      const views6 = Math.round(views2 * (0.45 + 0.1 * random()));
      rows.push([
        day,
        group.campaign,
        group.campaignId,
        group.name,
        group.id,
        'USD',
        amount(t.spendCents),
        t.impressions,
        reach,
        t.clicks,
        clicksAll,
        t.impressions > 0 ? Number((t.clicks / t.impressions).toFixed(4)) : 0,
        t.clicks > 0 ? Number((t.spendCents / 100 / t.clicks).toFixed(2)) : 0,
        t.conversions,
        t.conversions > 0 ? Number((t.spendCents / 100 / t.conversions).toFixed(2)) : 0,
        payments,
        amount(valueCents),
        views2,
        views6,
      ]);
      sums.spendCents += t.spendCents;
      sums.impressions += t.impressions;
      sums.clicks += t.clicks;
      sums.clicksAll += clicksAll;
      sums.conversions += t.conversions;
      sums.payments += payments;
      sums.valueCents += valueCents;
      sums.views2 += views2;
      sums.views6 += views6;
    }
  }
  // prettier-ignore
  rows.push(['Total', null, null, null, null, null, amount(sums.spendCents), sums.impressions, null, sums.clicks, sums.clicksAll, null, null, sums.conversions, null, sums.payments, amount(sums.valueCents), sums.views2, sums.views6]);
  const sheet = XLSX.utils.aoa_to_sheet([HEADER, ...rows]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
  const bytes = /** @type {Uint8Array} */ (XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));
  return [
    {
      name: 'Northwind Outfitters-Custom report-2026-09-29 to 2026-11-27.xlsx',
      content: new Uint8Array(bytes),
      hints: { account: TIKTOK_ADVERTISER_ID },
    },
  ];
}
