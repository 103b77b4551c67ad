import type { IsoDate, ParseEvent, PaidDailyRow, PaidPeriodRow } from '../canonical.js';
import { accountFromHints } from '../account-hint.js';
import { matchHeader, type Column } from '../columns.js';
import type { ExportFormat, ParseContext } from '../format.js';
import { CellValueError } from '../reader/cell-value-error.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { isEmptyCell } from '../reader/empty-cell.js';
import type { FileHead } from '../reader/file-head.js';
import { normalizeHeader } from '../reader/header-names.js';
import { parseDay } from '../reader/dates.js';
import { RowCells } from '../row-cells.js';
import {
  addDays,
  aliasHeaders,
  FactSums,
  parseDayRange,
  readEntity,
  readMeasures,
  resolveColumns,
  type PaidAliases,
  type PaidColumns,
  type RowBasis,
} from './paid-report.js';
import { parseDayIn } from '../reader/local-date-times.js';
import { periodFromHints, undatedExportError, type NamedPeriod } from '../period-hint.js';
import { parseCurrency } from './tandem-template.js';

/**
 * Google Ads UI table downloads and Report editor downloads (docs/FORMATS.md §1.2): the UTF-8 `.csv` and the
 * UTF-16LE tab-separated "Excel .csv" (the reader decodes and sniffs both). Row 1 is the report title, row 2 the
 * quoted date range, then the header; several `Total: …` rows at the end, which the reader drops and counts.
 * Numbers follow the UI locale (`"1,234"`, `"0,19"`); `--` (also ` --`) is no value. The level is the finest entity
 * the columns name: ad (`Ad ID`), ad group, campaign, else the account.
 *
 * A report without a Day, Week or Month column holds whole-period totals (`paid-period` rows) over the range of
 * row 2. When the file gives no range (row 2 reads `All time`, or the title rows were cut off), the upload's
 * `periodStart`/`periodEnd` name it; without them the report is refused with the one message that says which
 * fields to add (`undatedExportError`), and nothing is stored.
 */
const COLUMNS: PaidAliases = {
  accountId: ['Customer ID'],
  accountName: ['Account name', 'Account'],
  currency: ['Currency code'],
  campaignId: ['Campaign ID'],
  campaignName: ['Campaign'],
  objective: ['Objective'],
  adSetId: ['Ad group ID'],
  adSetName: ['Ad group'],
  adId: ['Ad ID'],
  adName: ['Ad name'],
  spend: ['Cost'],
  impressions: ['Impr.', 'Impressions'],
  clicks: ['Clicks'],
  conversions: ['Conversions'],
  revenue: ['Conv. value'],
};

/** Time segments: `Day` rows are daily facts, `Week`/`Month` rows facts for that week or month. */
const SEGMENT_HEADERS = { day: 'Day', week: 'Week', month: 'Month' } as const;
type Segment = keyof typeof SEGMENT_HEADERS;

/**
 * Segments that split an entity's day into several rows (keyword, device, network…): such rows are summed per
 * entity and day, or the upsert would keep only the last of them.
 */
const SPLIT_HEADERS = [
  'Keyword',
  'Search keyword',
  'Search term',
  'Match type',
  'Search keyword match type',
  'Device',
  'Network',
  'Network (with search partners)',
  'Ad network type',
  'Conversion action',
  'Click type',
  'Top vs. Other',
  'Day of week',
  'Hour of day',
];

/** Columns of a Google Ads Editor export (campaign settings), which UI reports do not carry without metrics. */
const EDITOR_SETTINGS = [
  'Budget type',
  'Bid Strategy Type',
  'Networks',
  'Ad rotation',
  'Targeting method',
  'Exclusion method',
  'Max CPC',
  'Criterion Type',
  'Ad Schedule',
];
const METRIC_HEADERS = ['Impr.', 'Impressions', 'Cost', 'Clicks', 'Conversions'];
/** Other paid platforms' signature columns: a file with one is never taken for Google's by its preamble or footer. */
const OTHER_PLATFORMS = [
  'Reporting starts',
  'Clicks (destination)',
  'By Day',
  'Start Date (in UTC)',
  'Funding source name',
  'Spend in account currency',
  'Paid Impressions',
];

/** The preamble's range row: `"January 1, 2025 - January 23, 2025"`, also `Jan 1, 2025 - Jan 23, 2025`. */
const RANGE_DAY_PATTERNS = ['MMMM d, yyyy', 'MMM d, yyyy', 'yyyy-MM-dd'];
/** Unverified: the week's first day as `2025-03-03` (as in the API) or written out. */
const WEEK_PATTERNS = ['yyyy-MM-dd', 'MMMM d, yyyy', 'MMM d, yyyy'];
/** Unverified: the month as its first day (as in the API), `2025-03`, or `March 2025`. */
const MONTH_PATTERNS = ['yyyy-MM-dd', 'yyyy-MM', 'MMMM yyyy', 'MMM yyyy'];

const EDITOR_REASON =
  'this is a Google Ads Editor export: it holds campaign settings, not performance. Download a report from Google Ads instead (Campaigns → Segment → Time → Day → Download)';

export const googleAdsFormat: ExportFormat = {
  id: 'google-ads',
  label: 'Google Ads report',
  grain: 'paid',
  headers: aliasHeaders(COLUMNS, { segments: Object.values(SEGMENT_HEADERS) }),
  dimensionHeaders: [
    ...Object.values(SEGMENT_HEADERS),
    'Customer ID',
    'Account name',
    'Campaign',
    'Campaign ID',
    'Ad group',
    'Ad group ID',
    'Ad ID',
  ],
  detect: detectGoogleAds,
  parse: parseGoogleAds,
};

function detectGoogleAds(head: FileHead) {
  const table = head.table;
  if (table && isEditorExport(table.header.cells, table.preamble)) return { confidence: 0.45, mismatch: EDITOR_REASON };
  const detection = matchHeader(head, { required: ['Impr.'], anyOf: ['Cost', 'Currency code'] });
  if (detection.confidence === 1 || !table) return detection;
  const has = headerSet(table.header.cells);
  const googleMetrics = (has('Clicks') || has('Cost') || has('Impr.')) && !OTHER_PLATFORMS.some(has);
  const rangeRow = table.preamble.length >= 2 && readRange(table.preamble) !== null;
  const totalRow = table.records.some((record) => /^total\s*:/i.test(firstCell(record.cells)));
  return googleMetrics && (rangeRow || totalRow) ? { confidence: 1, mismatch: null } : detection;
}

async function* parseGoogleAds(records: AsyncIterable<CsvRecord>, context: ParseContext): AsyncGenerator<ParseEvent> {
  const { header, preamble, decimalMark } = context.table;
  if (isEditorExport(header.cells, preamble)) {
    yield fileError(header.line, `The file cannot be imported: ${EDITOR_REASON}.`);
    return;
  }
  const columns = resolveColumns(header.cells, COLUMNS);
  const segmentColumns = resolveColumns(header.cells, {
    day: [SEGMENT_HEADERS.day],
    week: [SEGMENT_HEADERS.week],
    month: [SEGMENT_HEADERS.month],
  });
  const segment = (['day', 'week', 'month'] as const).find((name) => segmentColumns[name]) ?? null;
  const range = readRange(preamble);
  const named = periodFromHints(context.hints);
  // The file's own range wins over the upload's periodStart/periodEnd: it is what Google Ads says the figures
  // cover, while the upload fields are what a person typed beside the file. They only stand in where the file
  // names no range (`All time`, no title rows), and only for rows without a day, week or month: they never cut a
  // Week or Month row. An upload period that disagrees with the file's range is said, never silently dropped.
  if (segment === null && range === null && named === null) {
    yield undatedExportError(header.line, 'This Google Ads report');
    return;
  }
  if (range && named && (range.start !== named.start || range.end !== named.end)) {
    yield {
      type: 'warning',
      message: `The report's own date range (${describePeriod(range)}) differs from the upload's periodStart/periodEnd (${describePeriod(named)}): the report's range is used.`,
    };
  }
  const has = headerSet(header.cells);
  const sums = SPLIT_HEADERS.some(has) ? new FactSums() : null;
  const reader = new GoogleRowReader(context, columns, segment, segmentColumns[segment ?? 'day'], range, named);

  // Some Day-split views also carry unsplit per-entity rows: once any row has a day (or week, month), rows
  // without one are dropped. Unsplit rows before the first split one wait, in case no row is split at all.
  const segmentColumn = segment ? segmentColumns[segment] : undefined;
  let splitSeen = false;
  const undated: PaidPeriodRow[] = [];
  let undatedDropped = 0;
  for await (const record of records) {
    const cells = new RowCells(record, decimalMark);
    const split = segmentColumn === undefined || cells.text(segmentColumn) !== null;
    if (!split && splitSeen) {
      undatedDropped += 1;
      continue;
    }
    const row = reader.read(cells);
    for (const error of cells.errors) yield { type: 'error', error };
    if (!row || cells.rejected) continue;
    if (row === 'undated') {
      undatedDropped += 1;
    } else if (!split && row.kind === 'paid-period') {
      undated.push(row);
    } else {
      if (!splitSeen) undatedDropped += undated.splice(0).length;
      splitSeen = true;
      if (sums) sums.add(row);
      else yield { type: 'row', row };
    }
  }
  // A segment column empty on every row: the rows are whole-period rows after all.
  for (const row of undated) {
    if (sums) sums.add(row);
    else yield { type: 'row', row };
  }
  if (sums) for (const row of sums.drain()) yield { type: 'row', row };
  if (undatedDropped > 0)
    yield {
      type: 'warning',
      message: `Dropped ${undatedDropped} row${undatedDropped === 1 ? '' : 's'} without a day: in a report split by day they are unsplit totals, which would count twice.`,
    };
  if (sums)
    yield {
      type: 'warning',
      message: `The report splits entities by ${SPLIT_HEADERS.filter(has).join(', ')}: those rows were summed per entity and period.`,
    };
  yield* reader.warnings();
}

/** Reads one record into a daily row (Day segment) or a period row (Week, Month or no segment). */
class GoogleRowReader {
  private hintWarning: string | null = null;

  constructor(
    private readonly context: ParseContext,
    private readonly columns: PaidColumns,
    private readonly segment: Segment | null,
    private readonly segmentColumn: Column | undefined,
    /** The file's own range: the period of rows without a time segment, and the bounds of Week and Month rows. */
    private readonly range: NamedPeriod | null,
    /** The upload's period, for rows without a time segment in a file that gives no range. */
    private readonly named: NamedPeriod | null,
  ) {}

  /** A row, `undated` for a row without a day and no range to fall back on, or null on errors. */
  read(cells: RowCells): PaidDailyRow | PaidPeriodRow | 'undated' | null {
    const period = this.readPeriod(cells);
    if (period === 'undated') return period;
    const basis = this.basis(cells);
    const entity = readEntity(cells, this.columns, basis);
    const measures = readMeasures(cells, this.columns, basis.tzBasis);
    if (period === undefined) return null;
    const base = { ...entity, ...measures, line: cells.line };
    if (typeof period === 'string') return { kind: 'paid', ...base, date: period };
    return { kind: 'paid-period', ...base, periodStart: period.start, periodEnd: period.end };
  }

  *warnings(): Generator<ParseEvent> {
    // Rows keyed by names are counted and warned about once for every format, by the reader (repeated-names.ts).
    if (this.hintWarning) yield { type: 'warning', message: this.hintWarning };
  }

  /**
   * A day, a period, or undefined when the cell is bad (already reported). A row without a day gets the file's
   * range, else the upload's period.
   */
  private readPeriod(cells: RowCells): IsoDate | NamedPeriod | 'undated' | undefined {
    const column = this.segmentColumn;
    if (this.segment === 'day' && column) {
      const day = cells.key(column, (value) => parseDay(value, 'yyyy-MM-dd'));
      if (day !== null) return day;
    } else if (this.segment === 'week' && column) {
      const start = cells.key(column, (value) => parseDayIn(value, WEEK_PATTERNS));
      if (start !== null) return this.clamp(start, addDays(start, 6));
    } else if (this.segment === 'month' && column) {
      const day = cells.key(column, (value) => parseDayIn(value, MONTH_PATTERNS));
      if (day !== null) return this.clamp(`${day.slice(0, 8)}01`, monthEnd(day));
    }
    if (cells.rejected) return undefined;
    return this.range ?? this.named ?? 'undated';
  }

  /** A week or month cut to the report's range: the first and last weeks of a range are partial. */
  private clamp(start: IsoDate, end: IsoDate): NamedPeriod {
    if (!this.range) return { start, end };
    return {
      start: start < this.range.start ? this.range.start : start,
      end: end > this.range.end ? this.range.end : end,
    };
  }

  private basis(cells: RowCells): RowBasis {
    const customerId = cells.key(this.columns.accountId, parseCustomerId);
    const accountName = cells.text(this.columns.accountName);
    const currency = cells.key(this.columns.currency, parseCurrency);
    const basis = { platform: 'GOOGLE_ADS', currency, tzBasis: 'account_tz' } as const;
    // A bad id is reported and the row skipped: only a file (or row) without one falls back to the upload's field.
    if (customerId !== null || cells.text(this.columns.accountId) !== null)
      return { ...basis, accountId: customerId ?? '', accountName };
    const hinted = accountFromHints(this.context.hints, 'GOOGLE_ADS');
    this.hintWarning ??= hinted.warning;
    // Rows filed under "Unnamed account" keep that name, whatever account name the file gives.
    const name = hinted.warning ? hinted.accountName : (accountName ?? hinted.accountName);
    // An upload field written like the UI's `123-456-7890` names the same account as a file's Customer ID.
    const accountId = /^\d{3}-\d{3}-\d{4}$/.test(hinted.accountId)
      ? hinted.accountId.replace(/-/g, '')
      : hinted.accountId;
    return { ...basis, accountId, accountName: name };
  }
}

/** `123-456-7890` → `1234567890`. */
function parseCustomerId(value: string): string {
  const id = value.replace(/-/g, '');
  if (!/^\d+$/.test(id)) throw new CellValueError(`"${value}" is not a Google Ads customer ID such as 123-456-7890`);
  return id;
}

function monthEnd(day: IsoDate): IsoDate {
  const [year = 0, month = 1] = day.split('-').map(Number);
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/** The first preamble record that reads as a date range (row 2 of a real download; not `All time`). */
function readRange(preamble: readonly CsvRecord[]): NamedPeriod | null {
  for (const record of preamble) {
    try {
      return parseDayRange(firstCell(record.cells), RANGE_DAY_PATTERNS);
    } catch (error) {
      if (!(error instanceof CellValueError)) throw error;
    }
  }
  return null;
}

function describePeriod(period: NamedPeriod): string {
  return `${period.start} to ${period.end}`;
}

function isEditorExport(header: readonly string[], preamble: readonly CsvRecord[]): boolean {
  const has = headerSet(header);
  return EDITOR_SETTINGS.some(has) && !METRIC_HEADERS.some(has) && readRange(preamble) === null;
}

function headerSet(header: readonly string[]): (name: string) => boolean {
  const present = new Set(header.map(normalizeHeader));
  return (name) => present.has(normalizeHeader(name));
}

function firstCell(cells: readonly string[]): string {
  return cells.find((cell) => !isEmptyCell(cell))?.trim() ?? '';
}

function fileError(line: number, message: string): ParseEvent {
  return { type: 'error', error: { row: line, column: null, message } };
}
