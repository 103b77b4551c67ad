import { matchHeader } from '../columns.js';
import type { ExportFormat } from '../format.js';
import { aliasHeaders, type PaidAliases } from './paid-report.js';
import { isPurchaseResult, parseSimplePaidReport, type SimplePaidReport } from './simple-paid-report.js';

/**
 * X (Twitter) Ads Manager campaign export (docs/FORMATS.md §1.5). Built from the documented layout, NOT from a verified
 * real file: header on row 1, `Time period` or `Date`, `Campaign name`, `Campaign ID`, `Funding source name`,
 * `Impressions`, `Spend`, `Billed spend`, `Results`, `Result type`, `Link clicks`… Detected only on a strong
 * signature (`Funding source name`, or `Billed engagements` + `Spend`). Days are UTC (docs/FORMATS.md §5).
 * `Spend` is what was spent; `Billed spend` (the invoice) is not read. `Results` are kept with their type and
 * count as conversions only when the type is a purchase or conversion. The file names no ad account: the
 * upload's `account` field (or an `Account ID` column, should one appear).
 */
const X_ADS: SimplePaidReport = {
  platform: 'X',
  tzBasis: 'utc',
  date: ['Date', 'Time period'],
  dayPatterns: ['yyyy-MM-dd', 'MMM d, yyyy', 'MMMM d, yyyy'],
  columns: {
    accountId: ['Account ID'],
    accountName: ['Account name'],
    currency: ['Currency'],
    campaignId: ['Campaign ID'],
    campaignName: ['Campaign name'],
    objective: ['Objective'],
    adSetId: ['Ad group ID'],
    adSetName: ['Ad group name'],
    adId: ['Ad ID'],
    adName: ['Ad name'],
    spend: ['Spend'],
    impressions: ['Impressions'],
    clicks: ['Link clicks'],
    conversions: ['Conversions', 'Purchases'],
    revenue: ['Conversion value', 'Purchase value'],
    videoViews: ['Video views'],
    engagements: ['Engagements'],
    results: ['Results'],
    resultType: ['Result type'],
  } satisfies PaidAliases,
  conversionsFromResults: isPurchaseResult,
};

export const xAdsFormat: ExportFormat = {
  id: 'x-ads',
  label: 'X Ads campaign export',
  grain: 'paid',
  headers: aliasHeaders(X_ADS.columns, { date: X_ADS.date, other: ['Funding source name', 'Billed engagements'] }),
  dimensionHeaders: ['Date', 'Time period', 'Campaign name', 'Campaign ID', 'Ad group name', 'Ad group ID', 'Ad ID'],
  detect: (head) => {
    const byFunding = matchHeader(head, { required: ['Funding source name'] });
    return byFunding.confidence === 1 ? byFunding : matchHeader(head, { required: ['Billed engagements', 'Spend'] });
  },
  parse: (records, context) => parseSimplePaidReport(records, context, X_ADS),
};
