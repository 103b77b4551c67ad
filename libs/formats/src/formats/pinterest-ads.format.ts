import { matchHeader } from '../columns.js';
import type { ExportFormat } from '../format.js';
import { aliasHeaders, type PaidAliases } from './paid-report.js';
import { parseSimplePaidReport, type SimplePaidReport } from './simple-paid-report.js';

/**
 * Pinterest Ads Manager reporting export (docs/FORMATS.md §1.6). Built from the documented layout, NOT from a verified
 * real file: `Date`, `Campaign name`/`Campaign ID`, `Spend in account currency`, `Impressions`, `Outbound clicks`
 * (the link clicks), `Total conversions`, `Total conversion value`. Detected by `Spend in account currency` +
 * `Impressions`. Days are taken to be in the ad account's time zone (unverified). Without an ad account column,
 * the upload's `account` field names the account.
 */
const PINTEREST_ADS: SimplePaidReport = {
  platform: 'PINTEREST',
  tzBasis: 'account_tz',
  date: ['Date'],
  dayPatterns: ['yyyy-MM-dd', 'MMM d, yyyy', 'MMMM d, yyyy'],
  columns: {
    accountId: ['Ad account ID', 'Advertiser ID'],
    accountName: ['Ad account name', 'Advertiser name'],
    currency: ['Currency'],
    campaignId: ['Campaign ID'],
    campaignName: ['Campaign name'],
    objective: ['Campaign objective', 'Objective'],
    adSetId: ['Ad group ID'],
    adSetName: ['Ad group name'],
    adId: ['Ad ID', 'Promoted Pin ID'],
    adName: ['Ad name', 'Promoted Pin name'],
    spend: ['Spend in account currency'],
    impressions: ['Impressions'],
    clicks: ['Outbound clicks'],
    conversions: ['Total conversions'],
    revenue: ['Total conversion value'],
  } satisfies PaidAliases,
};

export const pinterestAdsFormat: ExportFormat = {
  id: 'pinterest-ads',
  label: 'Pinterest Ads report',
  grain: 'paid',
  headers: aliasHeaders(PINTEREST_ADS.columns, { date: PINTEREST_ADS.date }),
  dimensionHeaders: ['Date', 'Campaign name', 'Campaign ID', 'Ad group name', 'Ad group ID', 'Ad name', 'Ad ID'],
  detect: (head) => matchHeader(head, { required: ['Spend in account currency', 'Impressions'] }),
  parse: (records, context) => parseSimplePaidReport(records, context, PINTEREST_ADS),
};
