// Meta Ads Manager sample: "Export table data" of the Ads tab as .csv (UTF-8 with BOM, comma-separated) with
// Breakdown → By time → Day, so Reporting starts = Reporting ends = the day. One row per ad and day, ids as text
// (18 digits), an ad name reused under two ids, mixed results (purchases for the sales campaigns, reach for the
// awareness one), ratio columns as exported. Northwind Outfitters, 60 days ending 2026-11-27, about $270 a day.
import { mulberry32 } from '../sample-data.mjs';
import { campaignDay, csvText, money, sampleDays } from './paid-sample-kit.mjs';

const ACCOUNT = { id: '1029384756012345', name: 'Northwind Outfitters' };
const PURCHASE = 'actions:offsite_conversion.fb_pixel_purchase';

/** @typedef {{ dailySpend: number, cpm: number, ctr: number, conversionRate: number, orderValue: number }} Profile */
/** @typedef {{ name: string, id: string, adSet: string, adSetId: string, campaign: string, campaignId: string, profile: Profile, goal: 'purchase' | 'reach', attribution: string }} SampleAd */

/** @type {SampleAd[]} */
const ADS = [
  ...[
    { name: 'UGC Try-on', id: '120215678900001301' },
    { name: 'Carousel - Fall Jackets', id: '120215678900001302' },
  ].map((ad) => ({
    ...ad,
    adSet: 'Broad 25-54 US',
    adSetId: '120215678900001201',
    campaign: 'NW - Prospecting - Sales',
    campaignId: '120215678900001101',
    profile: { dailySpend: 75, cpm: 14, ctr: 0.011, conversionRate: 0.03, orderValue: 120 },
    goal: /** @type {const} */ ('purchase'),
    attribution: '7-day click or 1-day view',
  })),
  ...[
    // The same creative name as in prospecting, under another id: names are reused across ids.
    { name: 'UGC Try-on', id: '120215678900002301' },
    { name: 'Dynamic - Catalog', id: '120215678900002302' },
  ].map((ad) => ({
    ...ad,
    adSet: 'Site visitors 30d',
    adSetId: '120215678900002201',
    campaign: 'NW - Retargeting - Sales',
    campaignId: '120215678900002101',
    profile: { dailySpend: 40, cpm: 22, ctr: 0.018, conversionRate: 0.06, orderValue: 105 },
    goal: /** @type {const} */ ('purchase'),
    attribution: '7-day click or 1-day view',
  })),
  {
    name: 'Brand video 15s',
    id: '120215678900003301',
    adSet: 'Lookalike 1% US',
    adSetId: '120215678900003201',
    campaign: 'NW - Awareness - Reach',
    campaignId: '120215678900003101',
    profile: { dailySpend: 40, cpm: 5, ctr: 0.002, conversionRate: 0, orderValue: 0 },
    goal: 'reach',
    attribution: '1-day view',
  },
];

const HEADER = [
  'Reporting starts',
  'Reporting ends',
  'Account ID',
  'Account name',
  'Campaign name',
  'Campaign ID',
  'Ad set name',
  'Ad set ID',
  'Ad name',
  'Ad ID',
  'Amount spent (USD)',
  'Impressions',
  'Reach',
  'Frequency',
  'Link clicks',
  'CTR (link click-through rate)',
  'CPC (cost per link click) (USD)',
  'Results',
  'Result indicator',
  'Cost per result',
  'Purchases conversion value',
  'Attribution setting',
];

/** @returns {Array<{ name: string, content: string, hints: Record<string, string> }>} */
export function sampleFiles() {
  const random = mulberry32(5150);
  /** @type {string[][]} */
  const rows = [];
  for (const day of sampleDays()) {
    for (const ad of ADS) {
      const t = campaignDay(random, day, ad.profile);
      const reach = Math.round(t.impressions / (1.15 + 0.2 * random()));
      const results = ad.goal === 'purchase' ? t.conversions : reach;
      rows.push([
        day,
        day,
        ACCOUNT.id,
        ACCOUNT.name,
        ad.campaign,
        ad.campaignId,
        ad.adSet,
        ad.adSetId,
        ad.name,
        ad.id,
        money(t.spendCents),
        String(t.impressions),
        String(reach),
        (t.impressions / reach).toFixed(6),
        String(t.clicks),
        t.impressions > 0 ? ((t.clicks / t.impressions) * 100).toFixed(6) : '',
        t.clicks > 0 ? (t.spendCents / 100 / t.clicks).toFixed(6) : '',
        results > 0 ? String(results) : '',
        results > 0 ? (ad.goal === 'purchase' ? PURCHASE : 'reach') : '',
        results > 0 ? (t.spendCents / 100 / results).toFixed(6) : '',
        ad.goal === 'purchase' && t.revenueCents > 0 ? money(t.revenueCents) : '',
        ad.attribution,
      ]);
    }
  }
  return [
    {
      name: 'Northwind-Outfitters-Ads-Sep-29-2026-Nov-27-2026.csv',
      content: `\ufeff${csvText([HEADER, ...rows])}`,
      hints: {},
    },
  ];
}
