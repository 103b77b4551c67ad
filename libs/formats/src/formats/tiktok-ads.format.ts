import type { ParseEvent } from '../canonical.js';
import { matchHeader, type HeaderRule } from '../columns.js';
import type { Detection, ExportFormat, ParseContext } from '../format.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { isEmptyCell } from '../reader/empty-cell.js';
import type { FileHead } from '../reader/file-head.js';
import { normalizeHeader } from '../reader/header-names.js';
import { aliasHeaders, type PaidAliases } from './paid-report.js';
import { parseSimplePaidReport, type SimplePaidReport } from './simple-paid-report.js';

/**
 * TikTok Ads Manager exports (FORMATS.md §1.4): the Campaign / Ad group / Ad tab download and custom reports with
 * the `By Day` dimension, as `.xlsx` (numeric cells; the default) or `.csv` (UTF-8).
 *
 * - Grain: one `paid` row per entity and day (`By Day`, `Date`, Korean `일별`); a date range written in the day
 *   cell (`2025-03-01 - 2025-03-31`) makes a `paid-period` row, never spread over days. Days follow the
 *   advertiser's time zone (unverified), so `tzBasis` is `account_tz`.
 * - Spend `Cost` (a `Cost (USD)` suffix gives the currency, else a `Currency` column, else null: the importer
 *   decides); impressions `Impressions` (older `Impression`); clicks `Clicks (destination)` (the link clicks, any
 *   casing), never `Clicks (all)`; reach `Reach`; video views `2-second video views`. Ratio columns are not read.
 * - Conversions are purchases only: `Complete payment` (or `Purchases`) where the column exists, else `Results` /
 *   `Conversions` on rows whose result type or optimisation event is a purchase (TikTok's `Conversions` follow
 *   each ad group's optimisation goal, so they are mixed like Meta `Results`, and never summed across types).
 *   The raw figure and its type are kept as `results`/`resultType`. Revenue: `Total complete payment value`
 *   (or `Total purchase value`), unverified names.
 * - The account: `Advertiser ID`/`Account ID`, else the `Account name` (as its key), else the upload's `account`.
 * - Total rows (`Total`, `Total of 12 ads`) are never imported.
 */
const TIKTOK_ADS: SimplePaidReport = {
  platform: 'TIKTOK',
  tzBasis: 'account_tz',
  date: ['By Day', 'Date', '일별'],
  dayPatterns: ['yyyy-MM-dd', 'yyyy/MM/dd'],
  columns: {
    // An account named without its id is keyed by its name (the upload's `account` field takes ids or names).
    accountId: ['Advertiser ID', 'Account ID', 'Account name', 'Advertiser name'],
    accountName: ['Account name', 'Advertiser name'],
    currency: ['Currency'],
    campaignId: ['Campaign ID'],
    campaignName: ['Campaign name'],
    objective: ['Advertising objective', 'Objective'],
    adSetId: ['Ad group ID'],
    adSetName: ['Ad group name'],
    adId: ['Ad ID'],
    adName: ['Ad name'],
    spend: ['Cost'],
    impressions: ['Impressions', 'Impression'],
    clicks: ['Clicks (destination)'],
    conversions: ['Complete payment', 'Purchases'],
    revenue: ['Total complete payment value', 'Total purchase value'],
    reach: ['Reach'],
    videoViews: ['2-second video views', 'Video views'],
    results: ['Results', 'Conversions'],
    resultType: ['Result type', 'Optimization event', 'Optimization goal'],
  } satisfies PaidAliases,
  conversionsFromResults: isPurchaseResult,
};

/** `Complete payment`, `Complete Payment (Onsite)`, `Purchase`, `Purchases`: purchase events, nothing else. */
function isPurchaseResult(resultType: string): boolean {
  return /^(?:complete payments?|purchases?)(?:\s*\(.*\))?$/i.test(resultType.trim());
}

/** `Clicks (destination)`, or `By Day` + `Cost` (FORMATS.md §7). */
const DETECTION_RULES: readonly HeaderRule[] = [
  { required: ['Clicks (destination)', 'Cost'] },
  { required: ['By Day', 'Cost'] },
  { required: ['일별', 'Cost'] },
];

/** `Total of 12 ads` (the reader itself drops `Total` and `Total:` rows). */
const TOTAL_PHRASE = /^total\b/i;

export const tiktokAdsFormat: ExportFormat = {
  id: 'tiktok-ads',
  label: 'TikTok Ads Manager export',
  grain: 'paid',
  headers: aliasHeaders(TIKTOK_ADS.columns, { date: TIKTOK_ADS.date }),
  dimensionHeaders: [
    ...TIKTOK_ADS.date,
    'Campaign name',
    'Campaign ID',
    'Ad group name',
    'Ad group ID',
    'Ad name',
    'Ad ID',
  ],
  detect: detectTiktokAds,
  parse: parseTiktokAds,
};

function detectTiktokAds(head: FileHead): Detection {
  return DETECTION_RULES.map((rule) => matchHeader(head, rule)).reduce((best, detection) =>
    detection.confidence > best.confidence ? detection : best,
  );
}

async function* parseTiktokAds(records: AsyncIterable<CsvRecord>, context: ParseContext): AsyncGenerator<ParseEvent> {
  const totalLines: number[] = [];
  const dates = new Set(TIKTOK_ADS.date.map(normalizeHeader));
  const dateIndex = context.table.header.cells.findIndex((cell) => dates.has(normalizeHeader(cell)));
  yield* parseSimplePaidReport(withoutTotalRows(records, dateIndex, totalLines), context, TIKTOK_ADS);
  if (totalLines.length > 0) {
    const plural = totalLines.length === 1 ? '' : 's';
    yield {
      type: 'warning',
      message: `Skipped ${totalLines.length} total row${plural} (line${plural} ${totalLines.join(', ')}); they are never imported.`,
    };
  }
}

/**
 * Drops a total row worded as a phrase: its first non-empty cell starts with "Total" and it has no day (a day
 * cell never says "Total"), so that a campaign called "Total Recall" is still imported.
 */
async function* withoutTotalRows(
  records: AsyncIterable<CsvRecord>,
  dateIndex: number,
  totalLines: number[],
): AsyncGenerator<CsvRecord> {
  for await (const record of records) {
    const first = record.cells.find((cell) => !isEmptyCell(cell));
    const day = record.cells[dateIndex] ?? '';
    const isTotal =
      first !== undefined && TOTAL_PHRASE.test(first.trim()) && (isEmptyCell(day) || TOTAL_PHRASE.test(day.trim()));
    if (isTotal) totalLines.push(record.line);
    else yield record;
  }
}
