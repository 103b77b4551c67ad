import type { ParseEvent } from '../canonical.js';
import { matchHeader, type HeaderRule } from '../columns.js';
import type { Detection, ExportFormat, ParseContext } from '../format.js';
import { periodFromHints, undatedExportError } from '../period-hint.js';
import type { AccountInFileName } from '../account-hint.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { isEmptyCell } from '../reader/empty-cell.js';
import type { FileHead } from '../reader/file-head.js';
import { normalizeHeader } from '../reader/header-names.js';
import type { PaidAliases } from './paid-report.js';
import { parseSimplePaidReport, type SimplePaidReport } from './simple-paid-report.js';
import {
  TIKTOK_ADS_VOCABULARIES,
  type RepeatedHeader,
  type TiktokAdsField,
  type TiktokAdsVocabulary,
} from './tiktok-ads.vocabulary.js';

/**
 * TikTok Ads Manager exports (docs/FORMATS.md §1.4): the Campaign / Ad group / Ad tab download and custom reports with
 * the `By Day` dimension, as `.xlsx` (numeric cells; the default) or `.csv` (UTF-8), in English, Korean, Spanish
 * or Portuguese (the header names of each language are in tiktok-ads.vocabulary.ts).
 *
 * - The file's language is the one whose columns fit its header best; its names alone are read.
 * - Grain: one `paid` row per entity and day (`By Day`, `Date`, `일별`, `Por día`); a date range written in the day
 *   cell (`2025-03-01 - 2025-03-31`) makes a `paid-period` row, never spread over days. Days follow the
 *   advertiser's time zone (unverified), so `tzBasis` is `account_tz`.
 * - A file with no day column (the Campaign tab's list, period totals): one `paid-period` row per entity over the
 *   period the upload names (`periodStart`, `periodEnd`); without it, one error and no rows.
 * - Spend `Cost` (a `Cost (USD)` suffix gives the currency, else a `Currency` column, else null: the importer
 *   decides); impressions `Impressions` (older `Impression`); clicks `Clicks (destination)` (the link clicks, any
 *   casing), never `Clicks (all)`; reach `Reach`; video views `2-second video views`. Ratio columns are not read.
 * - Conversions are purchases only: `Complete payment` (or `Purchases`) where the column exists, else `Results` /
 *   `Conversions` on rows whose result type or optimisation event is a purchase (TikTok's `Conversions` follow
 *   each ad group's optimisation goal, so they are mixed like Meta `Results`, and never summed across types).
 *   The raw figure and its type are kept as `results`/`resultType`. Revenue: `Total complete payment value`
 *   (or `Total purchase value`), unverified names. Korean files name purchases and their value alike
 *   (`총 구매 수(모든 채널)` twice): the first such column is the count, the second the value.
 * - The account: `Advertiser ID`/`Account ID`, else the `Account name` (as its key), else the upload's `account`.
 * - Total rows (`Total`, `Total of 12 ads`, `총 285개 결과`, `Total: 3 resultados`) are never imported.
 */
interface Language {
  vocabulary: TiktokAdsVocabulary;
  report: SimplePaidReport;
  rules: readonly HeaderRule[];
}

const LANGUAGES: readonly Language[] = TIKTOK_ADS_VOCABULARIES.map((vocabulary) => {
  const { day, ...columns } = vocabulary.headers;
  const report: SimplePaidReport = {
    platform: 'TIKTOK',
    tzBasis: 'account_tz',
    date: day,
    dayPatterns: ['yyyy-MM-dd', 'yyyy/MM/dd'],
    columns: columns satisfies PaidAliases,
    conversionsFromResults: isPurchaseResult,
    accountInFileName: advertiserInFileName,
  };
  return { vocabulary, report, rules: detectionRules(vocabulary.headers) };
});

/**
 * TikTok names its downloads `Tiktok Ads_<report>_<advertiser>_<YYYYMMDD>-<YYYYMMDD>.xlsx` (a copy gets ` (1)`); the
 * advertiser's name may hold `_` itself, the report's name is taken as the first part.
 */
const ADVERTISER_IN_FILE_NAME = /^tiktok ads_[^_]*_(.+)_\d{8}-\d{8}(?: ?\(\d+\))?\.(?:xlsx|csv)$/i;

function advertiserInFileName(fileName: string): AccountInFileName | null {
  const advertiser = ADVERTISER_IN_FILE_NAME.exec(fileName)?.[1]?.trim();
  return advertiser ? { accountId: advertiser, accountName: advertiser, fileName } : null;
}

/** `Complete payment`, `Complete Payment (Onsite)`, `Purchase`, `Purchases`: purchase events, nothing else. */
function isPurchaseResult(resultType: string): boolean {
  return /^(?:complete payments?|purchases?)(?:\s*\(.*\))?$/i.test(resultType.trim());
}

/**
 * `By Day` + `Cost`, or `Clicks (destination)` + `Cost` (docs/FORMATS.md §7), both named in one language: a Campaign
 * tab list without days still has its destination clicks. The other usual columns raise the score.
 */
function detectionRules(headers: TiktokAdsVocabulary['headers']): HeaderRule[] {
  const usual = [headers.day, headers.clicks, headers.impressions, headers.campaignName, headers.campaignId];
  return [headers.day, headers.clicks]
    .filter((key) => key.length > 0)
    .map((key) => ({
      required: [key, headers.spend],
      supporting: usual.filter((group) => group !== key && group.length > 0),
    }));
}

const namesOf = (fields: readonly TiktokAdsField[]) => [
  ...new Set(
    TIKTOK_ADS_VOCABULARIES.flatMap(({ headers, repeatedHeaders }) => [
      ...fields.flatMap((field) => headers[field]),
      ...repeatedHeaders
        .filter((repeat) => repeat.fields.some((field) => fields.includes(field)))
        .map((repeat) => repeat.header),
    ]),
  ),
];

export const tiktokAdsFormat: ExportFormat = {
  id: 'tiktok-ads',
  label: 'TikTok Ads Manager export',
  grain: 'paid',
  headers: namesOf(Object.keys(TIKTOK_ADS_VOCABULARIES[0]?.headers ?? {}) as TiktokAdsField[]),
  dimensionHeaders: namesOf(['day', 'campaignName', 'campaignId', 'adSetName', 'adSetId', 'adName', 'adId']),
  detect: (head) => bestFit(head).detection,
  parse: parseTiktokAds,
};

/** The language whose rule fits the header best (the earlier on a tie), and how well; a partial fit when none fits. */
function bestFit(head: FileHead): { language: Language; detection: Detection } {
  let best: { language: Language; detection: Detection } | null = null;
  for (const language of LANGUAGES) {
    for (const rule of language.rules) {
      const detection = matchHeader(head, rule);
      if (!best || detection.confidence > best.detection.confidence) best = { language, detection };
    }
  }
  if (!best) throw new Error('TikTok Ads has no vocabulary');
  return best;
}

async function* parseTiktokAds(records: AsyncIterable<CsvRecord>, context: ParseContext): AsyncGenerator<ParseEvent> {
  const { header } = context.table;
  const { language } = bestFit({ ...context.file.head, table: context.table });
  const positional = byPosition(header.cells, language.vocabulary.repeatedHeaders);
  for (const message of positional.warnings) yield { type: 'warning', message };
  const cells = positional.cells;
  const report: SimplePaidReport = {
    ...language.report,
    columns: { ...language.report.columns, ...positional.columns },
  };
  const dayIndex = indexOfAny(cells, report.date);
  const totalLines: number[] = [];
  const undated = dayIndex < 0 && indexOfAny(cells, report.columns.spend ?? []) >= 0;
  const period = undated ? periodFromHints(context.hints) : null;
  if (undated && !period) {
    yield undatedExportError(header.line, 'This TikTok Ads export');
    return;
  }
  const rows = withoutTotalRows(records, dayIndex, totalLines);
  const table = { ...context.table, header: { ...header, cells } };
  yield* parseSimplePaidReport(rows, { ...context, table }, report, period);
  if (totalLines.length > 0) {
    const plural = totalLines.length === 1 ? '' : 's';
    yield {
      type: 'warning',
      message: `Skipped ${totalLines.length} total row${plural} (line${plural} ${totalLines.join(', ')}); they are never imported.`,
    };
  }
}

function indexOfAny(cells: readonly string[], names: readonly string[]): number {
  const wanted = new Set(names.map(normalizeHeader));
  return cells.findIndex((cell) => wanted.has(normalizeHeader(cell)));
}

/**
 * Tells apart the columns of a repeated header by their order: each occurrence after the first is relabelled
 * (`총 구매 수(모든 채널) #2`, the label errors name) and becomes its field's column. With another number of
 * occurrences than the vocabulary knows, which figure a column holds cannot be told: none is read, and a warning
 * says so.
 */
function byPosition(
  header: readonly string[],
  repeats: readonly RepeatedHeader[],
): { cells: string[]; columns: PaidAliases; warnings: string[] } {
  const cells = [...header];
  const columns: PaidAliases = {};
  const warnings: string[] = [];
  for (const repeat of repeats) {
    const name = normalizeHeader(repeat.header);
    const indexes = cells.flatMap((cell, index) => (normalizeHeader(cell) === name ? [index] : []));
    if (indexes.length === 0) continue;
    if (indexes.length !== repeat.fields.length) {
      const times = indexes.length === 1 ? 'once' : `${indexes.length} times`;
      const all = repeat.fields.length === 2 ? 'both' : `all ${repeat.fields.length}`;
      warnings.push(
        `The column "${repeat.header}" appears ${times}, but TikTok gives this name to ${repeat.fields.length} columns (${repeat.fields.join(', then ')}), told apart only by their order: it was not imported. Export ${all} to import them.`,
      );
      continue;
    }
    indexes.forEach((index, occurrence) => {
      const label = occurrence === 0 ? (cells[index] ?? repeat.header) : `${repeat.header} #${occurrence + 1}`;
      cells[index] = label;
      const field = repeat.fields[occurrence];
      if (field) columns[field] = [label];
    });
  }
  return { cells, columns, warnings };
}

/** The records with the upload's period as one more cell at `index`, read like a range in a day column. */
/** `Total of 12 ads` (the reader itself drops `Total`, `Total:` and `총 N개 결과` rows). */
const TOTAL_PHRASE = /^total\b/i;

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
