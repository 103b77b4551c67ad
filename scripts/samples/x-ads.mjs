// X Ads sample, in the layout docs/FORMATS.md §1.5 documents (not checked against a real export): a comma CSV with the
// header on row 1, one row per campaign-day. The file names no ad account, so the upload names it.
// Northwind Outfitters, 60 days ending 2026-11-27.
import { mulberry32 } from '../sample-data.mjs';
import { campaignDay, csvText, money, sampleDays } from './paid-sample-kit.mjs';

const CAMPAIGNS = [
  { name: 'NW - Holiday Drop - Website sales', id: 'nw1a2', resultType: 'Purchases', profile: { dailySpend: 110, cpm: 6.5, ctr: 0.007, conversionRate: 0.025, orderValue: 105 } },
  { name: 'NW - Followers - Always on', id: 'nw1a3', resultType: 'Followers', profile: { dailySpend: 45, cpm: 5, ctr: 0.004, conversionRate: 0, orderValue: 0 } },
];

/** @returns {Array<{ name: string, content: string, hints: Record<string, string> }>} */
export function sampleFiles() {
  const random = mulberry32(1107);
  const rows = [['Date', 'Campaign name', 'Campaign ID', 'Funding source name', 'Impressions', 'Spend', 'Billed spend', 'Billed engagements', 'Results', 'Result type', 'Link clicks', 'Follows', 'Video views']];
  for (const day of sampleDays()) {
    for (const campaign of CAMPAIGNS) {
      const f = campaignDay(random, day, campaign.profile);
      const follows = Math.round(f.impressions * (campaign.resultType === 'Followers' ? 0.0012 : 0.0001));
      const results = campaign.resultType === 'Purchases' ? f.conversions : follows;
      rows.push([day, campaign.name, campaign.id, 'Northwind Outfitters Visa ****4417', String(f.impressions), money(f.spendCents), money(f.spendCents), String(f.clicks + follows), String(results), campaign.resultType, String(f.clicks), String(follows), String(Math.round(f.impressions * 0.08))]);
    }
  }
  return [{ name: 'northwind-x-ads-campaigns.csv', content: csvText(rows), hints: { account: '18ce55k2q7t' } }];
}
