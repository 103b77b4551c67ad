import { createHash } from 'node:crypto';
import type {
  Decimal,
  IsoDate,
  PaidDailyRow,
  PaidEntity,
  PaidMeasures,
  PaidPeriodRow,
  Platform,
  TimeZoneBasis,
} from '../canonical.js';
import { mapColumns, type Column } from '../columns.js';
import { CellValueError } from '../reader/cell-value-error.js';
import { parseDayIn } from '../reader/local-date-times.js';
import type { RowCells } from '../row-cells.js';

/**
 * What the paid CSV/TSV exports of Google Ads, LinkedIn, X, Pinterest and Snapchat share: one column per
 * canonical field under platform-specific names, entities keyed by id (or by name when a file has no ids),
 * measures read the same way.
 */
export type PaidField =
  | 'accountId'
  | 'accountName'
  | 'currency'
  | 'campaignId'
  | 'campaignName'
  | 'objective'
  | 'adSetId'
  | 'adSetName'
  | 'adId'
  | 'adName'
  | 'spend'
  | 'impressions'
  | 'clicks'
  | 'conversions'
  | 'revenue'
  | 'reach'
  | 'videoViews'
  | 'engagements'
  | 'results'
  | 'resultType';

/** Header names per field, the preferred one first: the first present in the file is the field's column. */
export type PaidAliases = Partial<Record<PaidField, readonly string[]>>;
export type PaidColumns = Partial<Record<PaidField, Column>>;

/** The columns of the header for each field; fields whose names are all absent are left out. */
export function resolveColumns<Field extends string>(
  header: readonly string[],
  aliases: Partial<Record<Field, readonly string[]>>,
): Partial<Record<Field, Column>> {
  const resolved: Partial<Record<Field, Column>> = {};
  for (const [field, names] of Object.entries(aliases) as Array<[Field, readonly string[]]>) {
    const mapping = mapColumns(header, [], names);
    if (!mapping.ok) continue;
    const found = names.map((name) => mapping.columns[name]).find((column) => column !== undefined);
    if (found) resolved[field] = found;
  }
  return resolved;
}

/** Every header name a format knows, for the reader's header-row search. */
export function aliasHeaders(...aliasSets: Array<Partial<Record<string, readonly string[]>>>): string[] {
  return [...new Set(aliasSets.flatMap((aliases) => Object.values(aliases).flatMap((names) => names ?? [])))];
}

/** The account, currency and clock a format decided for a row before reading its entity and measures. */
export interface RowBasis {
  platform: Platform;
  accountId: string;
  accountName: string | null;
  currency: string | null;
  tzBasis: TimeZoneBasis;
}

/**
 * The row's campaign / ad set / ad. An entity with a name but no id gets `name:<sha1 of the normalised name
 * path>` (campaign, then ad set, then ad), so that the same names in another upload key the same entity.
 */
export function readEntity(cells: RowCells, columns: PaidColumns, basis: RowBasis): PaidEntity {
  const campaignName = cells.text(columns.campaignName);
  const adSetName = cells.text(columns.adSetName);
  const adName = cells.text(columns.adName);
  const campaign = idOrName(cells.text(columns.campaignId), [campaignName]);
  const adSet = idOrName(cells.text(columns.adSetId), [campaignName, adSetName]);
  const ad = idOrName(cells.text(columns.adId), [campaignName, adSetName, adName]);
  const entity: PaidEntity = {
    platform: basis.platform,
    accountId: basis.accountId,
    accountName: basis.accountName,
    currency: basis.currency,
    campaignId: campaign.id,
    campaignName,
    objective: cells.text(columns.objective),
    adSetId: adSet.id,
    adSetName,
    adId: ad.id,
    adName,
  };
  if (campaign.synthetic || adSet.synthetic || ad.synthetic) entity.idIsSynthetic = true;
  return entity;
}

function idOrName(
  id: string | null,
  namePath: ReadonlyArray<string | null>,
): { id: string | null; synthetic: boolean } {
  if (id !== null) return { id, synthetic: false };
  const ownName = namePath[namePath.length - 1];
  if (ownName === null || ownName === undefined) return { id: null, synthetic: false };
  return { id: syntheticId(namePath), synthetic: true };
}

/** `name:<sha1>` of the names, lower-cased with whitespace collapsed, so that case and spacing do not split an entity. */
export function syntheticId(namePath: ReadonlyArray<string | null>): string {
  const normalised = namePath.map((name) => (name ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase());
  return `name:${createHash('sha1').update(JSON.stringify(normalised)).digest('hex')}`;
}

/** The row's measures; ratio columns (CTR, CPC, ROAS…) are never read, they are recomputed from these. */
export function readMeasures(cells: RowCells, columns: PaidColumns, tzBasis: TimeZoneBasis): PaidMeasures {
  return {
    spend: cells.decimal(columns.spend, 'spend'),
    impressions: cells.count(columns.impressions, 'impressions'),
    clicks: cells.count(columns.clicks, 'clicks'),
    conversions: cells.decimal(columns.conversions, 'conversions'),
    revenue: cells.decimal(columns.revenue, 'revenue'),
    reach: cells.count(columns.reach, 'reach'),
    videoViews: cells.count(columns.videoViews, 'videoViews'),
    engagements: cells.count(columns.engagements, 'engagements'),
    results: cells.decimal(columns.results, 'results'),
    resultType: cells.text(columns.resultType),
    tzBasis,
  };
}

/** The ISO 4217 code in a header's suffix (`Spend (EUR)`, `Amount spent (USD)`), or null. */
export function currencyInHeader(column: Column | undefined): string | null {
  return (column && /\(([A-Z]{3})\)\s*$/.exec(column.header)?.[1]) ?? null;
}

/** `2025-03-01 - 2025-03-31`, `Jan 1, 2025 – Jan 23, 2025`, `2025-03-01 to 2025-03-31`: two days, in order. */
export function parseDayRange(raw: string, patterns: readonly string[]): { start: IsoDate; end: IsoDate } {
  const parts = raw.trim().split(/\s+(?:-|–|—|to)\s+/);
  const [first, second] = parts;
  if (parts.length !== 2 || first === undefined || second === undefined)
    throw new CellValueError(`"${raw}" is not a date range (expected "<first day> - <last day>")`);
  const start = parseDayIn(first, patterns);
  const end = parseDayIn(second, patterns);
  if (start > end) throw new CellValueError(`"${raw}" ends before it starts`);
  return { start, end };
}

/** `day` plus `days` calendar days, in UTC so that no clock change moves it. */
export function addDays(day: IsoDate, days: number): IsoDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The exact sum of two decimal strings, to the longer one's places; null only when both are null. */
export function addDecimals(a: Decimal | null, b: Decimal | null): Decimal | null {
  if (a === null) return b;
  if (b === null) return a;
  const places = Math.max(fractionLength(a), fractionLength(b));
  const sum = scaled(a, places) + scaled(b, places);
  const negative = sum < 0n;
  const digits = (negative ? -sum : sum).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

function fractionLength(decimal: Decimal): number {
  return decimal.split('.')[1]?.length ?? 0;
}

function scaled(decimal: Decimal, places: number): bigint {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const negative = whole.startsWith('-');
  const value = BigInt(whole.replace('-', '') + fraction.padEnd(places, '0'));
  return negative ? -value : value;
}

function addCounts(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined) return b ?? null;
  if (b === null || b === undefined) return a;
  return a + b;
}

/**
 * Adds the additive measures of `row` into `earlier`, a row of the same entity and day (or period). Reach is not
 * additive: a summed row has no true reach. Results are left to the caller, which knows their types.
 */
export function addMeasures(earlier: PaidMeasures, row: PaidMeasures): void {
  earlier.spend = addDecimals(earlier.spend, row.spend);
  earlier.impressions = addCounts(earlier.impressions, row.impressions);
  earlier.clicks = addCounts(earlier.clicks, row.clicks);
  earlier.conversions = addDecimals(earlier.conversions, row.conversions);
  earlier.revenue = addDecimals(earlier.revenue, row.revenue);
  earlier.videoViews = addCounts(earlier.videoViews, row.videoViews);
  earlier.engagements = addCounts(earlier.engagements, row.engagements);
  earlier.reach = null;
}

type PaidFact = PaidDailyRow | PaidPeriodRow;

/**
 * Sums the rows of one entity and day (or period) that a file splits further (one row per conversion action,
 * keyword, device…), so that the upsert does not keep only the last of them. Holds one row per entity-day,
 * not the file's rows; a summed row keeps the line of its first row.
 */
export class FactSums {
  private readonly rows = new Map<string, PaidFact>();

  add(row: PaidFact): void {
    const key = factKey(row);
    const earlier = this.rows.get(key);
    if (!earlier) {
      this.rows.set(key, row);
      return;
    }
    addMeasures(earlier, row);
    earlier.results = addDecimals(earlier.results ?? null, row.results ?? null);
    if (earlier.resultType !== row.resultType) earlier.resultType = null;
  }

  *drain(): Generator<PaidFact> {
    yield* this.rows.values();
    this.rows.clear();
  }
}

function factKey(row: PaidFact): string {
  const days = row.kind === 'paid' ? [row.date] : [row.periodStart, row.periodEnd];
  return JSON.stringify([row.platform, row.accountId, row.campaignId, row.adSetId, row.adId, ...days]);
}
