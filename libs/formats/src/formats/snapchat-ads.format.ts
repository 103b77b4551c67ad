import { matchHeader } from '../columns.js';
import type { ExportFormat } from '../format.js';
import { aliasHeaders, type PaidAliases } from './paid-report.js';
import { parseSimplePaidReport, type SimplePaidReport } from './simple-paid-report.js';

/**
 * Snapchat Ads Manager export (docs/FORMATS.md §1.6). Built from the documented layout, NOT from a verified real file:
 * `Start time`, `Campaign Name`, `Spend`, `Paid Impressions`, `Swipe Ups` (the link clicks), `Paid Reach`.
 * Detected by `Paid Impressions` + `Swipe Ups`. A row whose `End time` is later than its start day is a period
 * row (an end written as the next midnight closes the day before). Days are taken to be in the ad account's
 * time zone (unverified). Without an ad account column, the upload's `account` field names the account.
 */
const SNAPCHAT_ADS: SimplePaidReport = {
  platform: 'SNAPCHAT',
  tzBasis: 'account_tz',
  date: ['Start time'],
  end: ['End time'],
  dayPatterns: ['yyyy-MM-dd', 'yyyy-MM-dd HH:mm:ss', "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSSxxx"],
  columns: {
    accountId: ['Ad Account ID'],
    accountName: ['Ad Account Name'],
    currency: ['Currency'],
    campaignId: ['Campaign ID'],
    campaignName: ['Campaign Name'],
    objective: ['Objective'],
    adSetId: ['Ad Squad ID'],
    adSetName: ['Ad Squad Name'],
    adId: ['Ad ID'],
    adName: ['Ad Name'],
    spend: ['Spend'],
    impressions: ['Paid Impressions'],
    clicks: ['Swipe Ups'],
    reach: ['Paid Reach'],
    videoViews: ['Video Views'],
  } satisfies PaidAliases,
};

export const snapchatAdsFormat: ExportFormat = {
  id: 'snapchat-ads',
  label: 'Snapchat Ads report',
  grain: 'paid',
  headers: aliasHeaders(SNAPCHAT_ADS.columns, { date: SNAPCHAT_ADS.date, end: SNAPCHAT_ADS.end ?? [] }),
  dimensionHeaders: ['Start time', 'Campaign Name', 'Campaign ID', 'Ad Squad Name', 'Ad Squad ID', 'Ad Name', 'Ad ID'],
  detect: (head) => matchHeader(head, { required: ['Paid Impressions', 'Swipe Ups'] }),
  parse: (records, context) => parseSimplePaidReport(records, context, SNAPCHAT_ADS),
};
