// Pinterest Ads sample, in the layout docs/FORMATS.md §1.6 documents (not checked against a real export): a comma CSV
// with one row per campaign-day and `Spend in account currency`. The file names no ad account, so the upload names it.
// Northwind Outfitters, 60 days ending 2026-11-27.
import { mulberry32 } from '../sample-data.mjs';
import { campaignDay, csvText, grouped, money, sampleDays } from './paid-sample-kit.mjs';

const CAMPAIGNS = [
  { name: 'NW - Fall Layers - Conversions', id: '626743100011', profile: { dailySpend: 95, cpm: 4.2, ctr: 0.006, conversionRate: 0.03, orderValue: 98 } },
  { name: 'NW - Trail Gear - Consideration', id: '626743100012', profile: { dailySpend: 60, cpm: 3.1, ctr: 0.008, conversionRate: 0.012, orderValue: 120 } },
];

/** @returns {Array<{ name: string, content: string, hints: Record<string, string> }>} */
export function sampleFiles() {
  const random = mulberry32(6267);
  const rows = [['Date', 'Campaign name', 'Campaign ID', 'Campaign status', 'Spend in account currency', 'Impressions', 'Outbound clicks', 'Pin clicks', 'CTR', 'Total conversions', 'Total conversion value']];
  for (const day of sampleDays()) {
    for (const campaign of CAMPAIGNS) {
      const f = campaignDay(random, day, campaign.profile);
      const pinClicks = Math.round(f.clicks * 2.4);
      rows.push([day, campaign.name, campaign.id, 'Active', money(f.spendCents), grouped(f.impressions), grouped(f.clicks), grouped(pinClicks), `${((pinClicks / f.impressions) * 100).toFixed(2)}%`, String(f.conversions), money(f.revenueCents)]);
    }
  }
  return [{ name: 'northwind-pinterest-ads-campaigns.csv', content: csvText(rows), hints: { account: '549764112233' } }];
}
