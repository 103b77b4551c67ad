// LinkedIn Campaign Manager sample: a Campaign performance export with the Daily time breakdown, UTF-16LE with BOM
// and TAB-separated despite `.csv`, a preamble above the header, days in UTC as M/D/YYYY. The account id is in the
// file name, as LinkedIn names it. Northwind Outfitters, 60 days ending 2026-11-27.
import { mulberry32 } from '../sample-data.mjs';
import { campaignDay, money, sampleDays, tsvText, usDate, utf16leWithBom } from './paid-sample-kit.mjs';

const ACCOUNT_ID = '508123456';
const GROUP = { name: 'Northwind B2B 2026', id: '612004417' };
const CAMPAIGNS = [
  { name: 'NW - Corporate Gifting - Decision makers', id: '180004512', objective: 'Website conversions', profile: { dailySpend: 130, cpm: 38, ctr: 0.0065, conversionRate: 0.06, orderValue: 420 } },
  { name: 'NW - Team Uniforms - Lead gen', id: '180004513', objective: 'Lead generation', profile: { dailySpend: 90, cpm: 34, ctr: 0.0055, conversionRate: 0.05, orderValue: 0 } },
];

/** @returns {Array<{ name: string, content: Uint8Array, hints: Record<string, string> }>} */
export function sampleFiles() {
  const random = mulberry32(508);
  const days = sampleDays();
  const first = usDate(days[0] ?? '');
  const last = usDate(days[days.length - 1] ?? '');
  const rows = [
    ['Start Date (in UTC)', 'End Date (in UTC)', 'Account Name', 'Currency', 'Campaign Group Name', 'Campaign Group ID', 'Campaign Name', 'Campaign ID', 'Campaign Type', 'Campaign Objective', 'Total Spent', 'Impressions', 'Clicks', 'Clicks to Landing Page', 'Average CTR', 'Average CPC', 'Conversions', 'Total Conversion Value', 'Total Engagements', 'Reactions', 'Comments', 'Shares'],
  ];
  for (const day of days) {
    for (const campaign of CAMPAIGNS) {
      const f = campaignDay(random, day, campaign.profile);
      const landingClicks = Math.round(f.clicks * 0.8);
      const reactions = Math.round(f.impressions * 0.002);
      const comments = Math.round(reactions * 0.1);
      const shares = Math.round(reactions * 0.05);
      rows.push([
        usDate(day), usDate(day), 'Northwind Outfitters', 'USD', GROUP.name, GROUP.id, campaign.name, campaign.id, 'Sponsored Content', campaign.objective,
        money(f.spendCents), String(f.impressions), String(f.clicks), String(landingClicks),
        f.impressions > 0 ? `${((f.clicks / f.impressions) * 100).toFixed(2)}%` : '0.00%',
        f.clicks > 0 ? (f.spendCents / 100 / f.clicks).toFixed(2) : '0.00',
        String(f.conversions), campaign.profile.orderValue > 0 ? money(f.revenueCents) : '',
        String(f.clicks + reactions + comments + shares), String(reactions), String(comments), String(shares),
      ]);
    }
  }
  const preamble = [['Campaign Performance Report (in UTC)'], [`Report Start: ${first}, 12:00 AM`], [`Report End: ${last}, 11:59 PM`], [`Date Generated: 11/28/2026, 9:02 AM`], ['']];
  return [
    {
      name: `account_${ACCOUNT_ID}_campaign_performance_report.csv`,
      content: utf16leWithBom(tsvText([...preamble, ...rows])),
      hints: {},
    },
  ];
}
