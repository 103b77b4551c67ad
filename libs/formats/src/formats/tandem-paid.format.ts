import type { PaidDailyRow } from '../canonical.js';
import { matchHeader } from '../columns.js';
import type { ExportFormat } from '../format.js';
import { mapRecords } from '../map-records.js';
import { parseCurrency, readTandemRow, TANDEM_KEY_HEADERS } from './tandem-template.js';

const REQUIRED = [...TANDEM_KEY_HEADERS, 'spend'] as const;
const DIMENSIONS = [
  'account_name',
  'campaign_id',
  'campaign_name',
  'ad_set_id',
  'ad_set_name',
  'ad_id',
  'ad_name',
] as const;
const OPTIONAL = [...DIMENSIONS, 'currency', 'objective', 'impressions', 'clicks', 'conversions', 'revenue'] as const;

/** Tandem's own paid template: one row per platform, account, day and (optionally) campaign, ad set, ad. */
export const tandemPaidFormat: ExportFormat = {
  id: 'tandem-paid',
  label: 'Tandem paid template',
  grain: 'paid',
  headers: [...REQUIRED, ...OPTIONAL],
  dimensionHeaders: [...TANDEM_KEY_HEADERS, ...DIMENSIONS],
  detect: (head) => matchHeader(head, { required: REQUIRED }),
  parse: (records, context) =>
    mapRecords(records, context, { required: REQUIRED, optional: OPTIONAL }, (cells, columns): PaidDailyRow | null =>
      readTandemRow(cells, columns, () => ({
        kind: 'paid' as const,
        line: cells.line,
        currency: cells.key(columns.currency, parseCurrency),
        campaignId: cells.text(columns.campaign_id),
        campaignName: cells.text(columns.campaign_name),
        objective: cells.text(columns.objective),
        adSetId: cells.text(columns.ad_set_id),
        adSetName: cells.text(columns.ad_set_name),
        adId: cells.text(columns.ad_id),
        adName: cells.text(columns.ad_name),
        spend: cells.decimal(columns.spend, 'spend'),
        impressions: cells.count(columns.impressions, 'impressions'),
        clicks: cells.count(columns.clicks, 'clicks'),
        conversions: cells.decimal(columns.conversions, 'conversions'),
        revenue: cells.decimal(columns.revenue, 'revenue'),
      })),
    ),
};
