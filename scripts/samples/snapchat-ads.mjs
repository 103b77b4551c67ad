// Snapchat Ads sample, in the layout docs/FORMATS.md §1.6 documents (not checked against a real export): a comma CSV with
// one row per campaign-day, `Start time`/`End time` (the end is the next midnight), `Paid Impressions`, `Swipe Ups`.
// The file names no ad account, so the upload names it. Northwind Outfitters, 60 days ending 2026-11-27.
import { mulberry32 } from '../sample-data.mjs';
import { campaignDay, csvText, money, nextDay, sampleDays } from './paid-sample-kit.mjs';

const CAMPAIGNS = [
  { name: 'NW - Holiday Drop - Swipe to shop', id: '4f1c2a9e-7b3d-4e21-9c55-0a6d1e2b3c41', profile: { dailySpend: 85, cpm: 3.4, ctr: 0.009, conversionRate: 0.02, orderValue: 90 } },
  { name: 'NW - Brand Story - Awareness', id: '4f1c2a9e-7b3d-4e21-9c55-0a6d1e2b3c42', profile: { dailySpend: 50, cpm: 2.2, ctr: 0.004, conversionRate: 0, orderValue: 0 } },
];

/** @returns {Array<{ name: string, content: string, hints: Record<string, string> }>} */
export function sampleFiles() {
  const random = mulberry32(5173);
  const rows = [['Start time', 'End time', 'Campaign Name', 'Campaign ID', 'Spend', 'Paid Impressions', 'Swipe Ups', 'Paid Reach', 'eCPM', 'eCPSU']];
  for (const day of sampleDays()) {
    for (const campaign of CAMPAIGNS) {
      const f = campaignDay(random, day, campaign.profile);
      const reach = Math.round(f.impressions / 1.6);
      const ecpm = ((f.spendCents / 100 / f.impressions) * 1000).toFixed(2);
      const ecpsu = f.clicks > 0 ? (f.spendCents / 100 / f.clicks).toFixed(2) : '';
      rows.push([`${day} 00:00:00`, `${nextDay(day)} 00:00:00`, campaign.name, campaign.id, money(f.spendCents), String(f.impressions), String(f.clicks), String(reach), ecpm, ecpsu]);
    }
  }
  return [{ name: 'northwind-snapchat-ads-campaigns.csv', content: csvText(rows), hints: { account: 'northwind-outfitters-snap' } }];
}
