import type {
  AudienceDimension,
  IsoDate,
  PaidAudienceRow,
  PaidDailyRow,
  PaidPeriodRow,
  ParseEvent,
  Platform,
} from '../canonical.js';
import { accountFromHints } from '../account-hint.js';
import { matchHeader, type Column, type HeaderRule } from '../columns.js';
import type { Detection, ExportFormat, ParseContext } from '../format.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { parseDay } from '../reader/dates.js';
import type { FileHead } from '../reader/file-head.js';
import { normalizeHeader } from '../reader/header-names.js';
import { RowCells } from '../row-cells.js';
import { META_ADS_VOCABULARIES, type MetaAdsField, type MetaAdsVocabulary } from './meta-ads-manager.vocabulary.js';
import {
  addDecimals,
  addMeasures,
  currencyInHeader,
  readEntity,
  readMeasures,
  resolveColumns,
  type PaidColumns,
} from './paid-report.js';
import { parseCurrency } from './tandem-template.js';

/**
 * Meta Ads Manager "Export table data" and Ads Reporting exports (docs/FORMATS.md §1.1), CSV (UTF-8 with or without
 * BOM, `"1,234.56"`; or a French Excel re-save with `;` and `1 234,56`) or `.xlsx` (first sheet).
 *
 * - Grain: with a Day breakdown (`Reporting starts` = `Reporting ends`, or a `Day` column) one `paid` row per
 *   entity and day; without one, `paid-period` rows over `Reporting starts`..`Reporting ends`, never spread over days.
 * - Audience breakdowns (`Age`, `Gender`, `Region`, `Country`, `Placement`, `Impression device`) give
 *   `paid-audience` rows. A two-way breakdown (`Age` + `Gender`) is summed per dimension, so that each
 *   dimension's segments add up to the entity's total and nothing is counted twice.
 * - Platform: FACEBOOK (Meta Ads covers Facebook and Instagram); with a `Platform` breakdown, `instagram` rows are
 *   INSTAGRAM and all the others (Facebook, Messenger, Audience Network, Threads) FACEBOOK, summed per entity-day.
 * - Entities are keyed by id (names are reused across ids); columns by position, as headers can repeat.
 * - Conversions and revenue exactly as §1.1 "decided": `Purchases` where the column exists, else `Results` on
 *   purchase rows only; `Purchases conversion value`, else `Website purchases conversion value`, else
 *   `Results value` on purchase rows. The raw `Results` and their indicator (or type) are kept as they are.
 * - Clicks are `Link clicks` (`Clicks (all)` counts any click, another measure: a file with only it has no clicks);
 *   engagements Meta's own `Post engagements`; video views `3-second video plays`, else `ThruPlays`.
 *   Ratio columns (CTR, CPC, CPM, ROAS, cost per result) are never read.
 * - Currency: a `Currency` column, else the `Amount spent (XXX)` suffix, else null (the importer decides).
 * - Headers in English, French, Spanish, Portuguese (Brazil) or German (meta-ads-manager.vocabulary.ts): a file is
 *   read in the language most of its headers are in.
 * - Customised exports drop columns, even the spend: a file is read for what it has, and a measure it lacks is null
 *   (not reported), never 0. Only the row's day (or reporting start and end) is required.
 */
const PLATFORM_DEFAULT: Platform = 'FACEBOOK';

const AUDIENCE_FIELDS = {
  age: 'age',
  gender: 'gender',
  region: 'region',
  country: 'country',
  placement: 'placement',
  device: 'device',
} as const satisfies Partial<Record<MetaAdsField, AudienceDimension>>;

const ENTITY_FIELDS = [
  'accountId',
  'accountName',
  'campaignId',
  'campaignName',
  'adSetId',
  'adSetName',
  'adId',
  'adName',
] as const satisfies readonly MetaAdsField[];

/** Indicators (the same in every language) of results that count purchases. */
const PURCHASE_INDICATOR = /(?:fb_pixel_purchase|onsite_web_purchase|omni_purchase)$/i;
/** A segment the export leaves blank: Meta's own label for it. */
const UNKNOWN_SEGMENT = 'unknown';

type Aliases = Record<MetaAdsField, readonly string[]>;
type MetaColumns = Partial<Record<MetaAdsField, Column>>;

interface Language {
  vocabulary: MetaAdsVocabulary;
  aliases: Aliases;
  purchaseTypes: ReadonlySet<string>;
}

/** `’` and `'` are both written in French headers (`Nom de l’ensemble de publicités`). */
function withApostrophes(headers: Aliases): Aliases {
  const aliases: Partial<Aliases> = {};
  for (const field of Object.keys(headers) as MetaAdsField[]) {
    aliases[field] = [...new Set(headers[field].flatMap((name) => [name, name.replaceAll('’', "'")]))];
  }
  return aliases as Aliases;
}

const LANGUAGES: readonly Language[] = META_ADS_VOCABULARIES.map((vocabulary) => ({
  vocabulary,
  aliases: withApostrophes(vocabulary.headers),
  purchaseTypes: new Set(vocabulary.purchaseResultTypes.map(normalizeHeader)),
}));

const allNames = (fields: readonly MetaAdsField[]) => [
  ...new Set(LANGUAGES.flatMap(({ aliases }) => fields.flatMap((field) => aliases[field]))),
];

/** The columns that make a Meta export surer, each field one group of its names in every language. */
const SUPPORTING_FIELDS = [
  'reportingEnds',
  ...ENTITY_FIELDS,
  'spend',
  'impressions',
  'reach',
  'linkClicks',
  'allClicks',
  'results',
  'resultIndicator',
  'resultType',
  'costPerResult',
  'purchases',
  'purchasesValue',
  'engagements',
  'videoViews',
  'attributionSetting',
] as const satisfies readonly MetaAdsField[];

/**
 * Columns no other supported export has: with a bare day column (`Day`, `Tag`, `Día`, which Google Ads shares),
 * one of these tells a Meta export apart.
 */
const META_ONLY_FIELDS = [
  'spend',
  'adSetId',
  'adSetName',
  'resultIndicator',
  'attributionSetting',
] as const satisfies readonly MetaAdsField[];

const SUPPORTING = SUPPORTING_FIELDS.map((field) => allNames([field]));

/**
 * Every Meta export has its reporting start, or a day column, in some language; the other columns are scored, as
 * customised exports drop any of them (spend included). A day column is too common a name to count alone, so it
 * counts beside a column that only Meta exports have.
 */
const BY_REPORTING_START: HeaderRule = { required: [allNames(['reportingStarts'])], supporting: SUPPORTING };
const BY_DAY: HeaderRule = { required: [allNames(['day'])], anyOf: allNames(META_ONLY_FIELDS), supporting: SUPPORTING };

export const metaAdsManagerFormat: ExportFormat = {
  id: 'meta-ads-manager',
  label: 'Meta Ads Manager export',
  grain: 'paid',
  headers: allNames(Object.keys(META_ADS_VOCABULARIES[0]?.headers ?? {}) as MetaAdsField[]),
  dimensionHeaders: allNames(ENTITY_FIELDS),
  detect: detectMetaAds,
  parse: parseMetaAds,
};

/**
 * The better fit of the two rules. A file that fits neither is told why the reporting-start rule fails: any file
 * with a `Day` column nearly fits the day rule, and Meta is not the closest candidate for all of them.
 */
function detectMetaAds(head: FileHead): Detection {
  const byStart = matchHeader(head, BY_REPORTING_START);
  const byDay = matchHeader(head, BY_DAY);
  return byDay.mismatch === null && byDay.confidence > byStart.confidence ? byDay : byStart;
}

/**
 * The language most of the file's fields are named in (words such as `Impressions` or `Alcance` are shared by two
 * languages); the earlier language on a tie, English when nothing fits.
 */
function fileLanguage(header: readonly string[]): Language {
  const present = new Set(header.map(normalizeHeader));
  const fieldsNamed = ({ aliases }: Language) =>
    Object.values(aliases).filter((names) => names.some((name) => present.has(normalizeHeader(name)))).length;
  const scored = LANGUAGES.map((language) => ({ language, fields: fieldsNamed(language) }));
  const best = scored.reduce((winner, candidate) => (candidate.fields > winner.fields ? candidate : winner));
  return best.language;
}

type MetaRow = PaidDailyRow | PaidPeriodRow | PaidAudienceRow;

async function* parseMetaAds(records: AsyncIterable<CsvRecord>, context: ParseContext): AsyncGenerator<ParseEvent> {
  const { header, decimalMark } = context.table;
  const language = fileLanguage(header.cells);
  const columns: MetaColumns = resolveColumns(header.cells, language.aliases);
  if (!columns.day && !(columns.reportingStarts && columns.reportingEnds)) {
    yield { type: 'error', error: { row: header.line, column: null, message: missingPeriodMessage(language) } };
    return;
  }
  const paidColumns = toPaidColumns(columns);
  const headerCurrency = currencyInHeader(columns.spend);
  const audience = (Object.entries(AUDIENCE_FIELDS) as Array<[MetaAdsField, AudienceDimension]>).flatMap(
    ([field, dimension]) => {
      const column = columns[field];
      return column ? [{ dimension, column }] : [];
    },
  );
  // Rows that the file splits further than the canonical key (several placements of one platform, a two-way
  // audience breakdown) are summed; such files hold one row per entity, period and segment, never millions.
  const sums = columns.platform || audience.length > 1 ? new RowSums() : null;
  const hinted = accountFromHints(context.hints, PLATFORM_DEFAULT);
  let usedHint = false;

  for await (const record of records) {
    const cells = new RowCells(record, decimalMark);
    const period = readPeriod(cells, columns);
    const platform = cells.read(columns.platform, parsePublisherPlatform) ?? PLATFORM_DEFAULT;
    const accountId = cells.text(columns.accountId) ?? cells.text(columns.accountName);
    usedHint ||= accountId === null;
    const entity = readEntity(cells, paidColumns, {
      platform,
      accountId: accountId ?? hinted.accountId,
      accountName: accountId === null ? hinted.accountName : cells.text(columns.accountName),
      currency: cells.key(columns.currency, parseCurrency) ?? headerCurrency,
      tzBasis: 'account_tz',
    });
    const measures = readMeasures(cells, paidColumns, 'account_tz');
    const isPurchase = isPurchaseRow(cells, columns, language);
    if (!columns.purchases) measures.conversions = isPurchase ? (measures.results ?? null) : null;
    if (!paidColumns.revenue) measures.revenue = isPurchase ? cells.decimal(columns.resultsValue, 'revenue') : null;
    measures.attributionSetting = cells.text(columns.attributionSetting);

    for (const error of cells.errors) yield { type: 'error', error };
    if (period === null || cells.rejected) continue;
    const fact = { ...entity, ...measures, line: cells.line };
    const rows: MetaRow[] =
      audience.length > 0
        ? audience.map(({ dimension, column }) => ({
            kind: 'paid-audience' as const,
            ...fact,
            periodStart: period.start,
            periodEnd: period.end,
            dimension,
            segment: cells.text(column) ?? UNKNOWN_SEGMENT,
          }))
        : [
            period.start === period.end
              ? { kind: 'paid' as const, ...fact, date: period.start }
              : { kind: 'paid-period' as const, ...fact, periodStart: period.start, periodEnd: period.end },
          ];
    for (const row of rows) {
      if (sums) sums.add(row);
      else yield { type: 'row', row };
    }
  }
  if (sums) for (const row of sums.drain()) yield { type: 'row', row };
  if (usedHint && hinted.warning) yield { type: 'warning', message: hinted.warning };
}

/** The columns that place a file's rows in time, named in the file's language, for a file that has none of them. */
function missingPeriodMessage({ aliases }: Language): string {
  const [starts, ends, day] = [aliases.reportingStarts[0], aliases.reportingEnds[0], aliases.day[0]];
  const choices = [starts && ends ? `${starts} and ${ends}` : null, day ?? null];
  return `missing columns: ${choices.filter((choice) => choice !== null).join(', or ')}`;
}

function toPaidColumns(columns: MetaColumns): PaidColumns {
  return {
    campaignId: columns.campaignId,
    campaignName: columns.campaignName,
    objective: columns.objective,
    adSetId: columns.adSetId,
    adSetName: columns.adSetName,
    adId: columns.adId,
    adName: columns.adName,
    spend: columns.spend,
    impressions: columns.impressions,
    clicks: columns.linkClicks,
    conversions: columns.purchases,
    revenue: columns.purchasesValue ?? columns.websitePurchasesValue,
    reach: columns.reach,
    videoViews: columns.videoViews,
    engagements: columns.engagements,
    results: columns.results,
    resultType: columns.resultIndicator ?? columns.resultType,
  };
}

/** The row's day (`Day`, or starts = ends) or whole period; null when it is missing or wrong (reported). */
function readPeriod(cells: RowCells, columns: MetaColumns): { start: IsoDate; end: IsoDate } | null {
  const readDay = (value: string) => parseDay(value, 'yyyy-MM-dd');
  if (columns.day) {
    const day = cells.require(columns.day, readDay);
    return day === null ? null : { start: day, end: day };
  }
  const start = columns.reportingStarts ? cells.require(columns.reportingStarts, readDay) : null;
  const end = columns.reportingEnds ? cells.require(columns.reportingEnds, readDay) : null;
  if (start === null || end === null) return null;
  if (end < start) {
    const column = columns.reportingEnds as Column;
    cells.rejectRow(column, `${column.header} is before the start`);
    return null;
  }
  return { start, end };
}

/** A purchase row: its result indicator is a purchase pixel event, or its result type is purchases. */
function isPurchaseRow(cells: RowCells, columns: MetaColumns, language: Language): boolean {
  const indicator = cells.text(columns.resultIndicator);
  const type = cells.text(columns.resultType);
  return (
    (indicator !== null && PURCHASE_INDICATOR.test(indicator)) ||
    (type !== null && language.purchaseTypes.has(normalizeHeader(type)))
  );
}

/** Meta's platform breakdown: `instagram` is Instagram; Facebook, Messenger, Audience Network, Threads are FACEBOOK. */
function parsePublisherPlatform(value: string): Platform {
  return value.trim().toLowerCase() === 'instagram' ? 'INSTAGRAM' : 'FACEBOOK';
}

/** Sums the rows of one canonical key (platform, account, entity, period, segment); a sum keeps its first line. */
class RowSums {
  private readonly rows = new Map<string, MetaRow>();

  add(row: MetaRow): void {
    const key = rowKey(row);
    const earlier = this.rows.get(key);
    if (!earlier) {
      this.rows.set(key, { ...row });
      return;
    }
    addMeasures(earlier, row);
    mergeResults(earlier, row);
  }

  drain(): MetaRow[] {
    const rows = [...this.rows.values()];
    this.rows.clear();
    return rows;
  }
}

/** Results of different types are never summed into one figure; a row without results leaves them as they are. */
function mergeResults(earlier: MetaRow, row: MetaRow): void {
  const results = row.results ?? null;
  const resultType = row.resultType ?? null;
  if (results === null && resultType === null) return;
  if ((earlier.results ?? null) === null && (earlier.resultType ?? null) === null) {
    [earlier.results, earlier.resultType] = [results, resultType];
  } else if (earlier.resultType === resultType) {
    earlier.results = addDecimals(earlier.results ?? null, results);
  } else {
    [earlier.results, earlier.resultType] = [null, null];
  }
}

function rowKey(row: MetaRow): string {
  const period = row.kind === 'paid' ? [row.date, row.date] : [row.periodStart, row.periodEnd];
  const segment = row.kind === 'paid-audience' ? [row.dimension, row.segment] : [];
  return JSON.stringify([
    row.kind,
    row.platform,
    row.accountId,
    row.campaignId,
    row.adSetId,
    row.adId,
    ...period,
    ...segment,
  ]);
}
