import type { ImportHints, IsoDate, OrganicDailyRow, ParseEvent, Platform } from '../canonical.js';
import { accountFromHints } from '../account-hint.js';
import { mapColumns, matchHeader } from '../columns.js';
import type { Detection, ExportFormat, ParseContext } from '../format.js';
import { CellValueError } from '../reader/cell-value-error.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { parseDay } from '../reader/dates.js';
import { cellValue } from '../reader/empty-cell.js';
import type { FileHead, TableHead } from '../reader/file-head.js';
import { RowCells } from '../row-cells.js';
import { isAudienceRecord } from './meta-business-suite-audience.format.js';
import { fileError } from './meta-shared.js';

/**
 * Meta Business Suite / Meta Insights daily series (docs/FORMATS.md §2.1): one metric per file, UTF-16LE, `sep=,` on
 * line 1, the metric's name on line 2, then `"Date","Primary"` and one `"2025-08-01T00:00:00","20"` row per day.
 * Each file sets only its own metric (the others stay null), and the API merges metric by metric, so the
 * `Views`, `Reach` and `… follows` files of the same days combine into one organic day.
 */

type SeriesMetric = 'impressions' | 'reach' | 'engagements' | 'followersGained' | 'linkClicks' | 'profileViews';

interface MetricRule {
  /** Matched against the lower-cased metric name from line 2. */
  pattern: RegExp;
  metric: SeriesMetric;
  /** Counts add up over days, so a day Meta leaves out is a 0; reach (unique people) does not, so it is not filled. */
  fillMissingDays: boolean;
}

const PLATFORM_WORD = String.raw`(?:(?:facebook|instagram)\s+)?`;
const METRIC_RULES: readonly MetricRule[] = [
  // `Views` is Meta's 2025 replacement for impressions.
  {
    pattern: new RegExp(`^${PLATFORM_WORD}views$`),
    metric: 'impressions',
    fillMissingDays: true,
  },
  { pattern: new RegExp(`^${PLATFORM_WORD}viewers$`), metric: 'reach', fillMissingDays: false },
  { pattern: /^(?:.+\s)?reach$/, metric: 'reach', fillMissingDays: false },
  // The platform's own engagement total (a day's count can drop when interactions are removed).
  {
    pattern: new RegExp(`^${PLATFORM_WORD}content interactions$`),
    metric: 'engagements',
    fillMissingDays: true,
  },
  // Gross new follows (unfollows are not in the file), so never net growth (`newFollowers`).
  { pattern: /^(?!net\s)(?:.+\s)?follows$/, metric: 'followersGained', fillMissingDays: true },
  { pattern: /^(?:.+\s)?link clicks$/, metric: 'linkClicks', fillMissingDays: true },
  { pattern: /^(?:.+\s)?visits$/, metric: 'profileViews', fillMissingDays: true },
];

const UNDERSTOOD_METRICS =
  '"Views", "Viewers", "Reach" or "… reach", "Content interactions", "… follows", "… link clicks", "… visits" or "… profile visits"';

const HEADERS = ['Date', 'Primary'] as const;
/** `2025-08-01T00:00:00`: a calendar day written as a timestamp (the time is not a clock time). */
const SERIES_DAY = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/;

export const metaBusinessSuiteSeriesFormat: ExportFormat = {
  id: 'meta-business-suite-series',
  label: 'Meta Business Suite daily series',
  grain: 'organic',
  headers: HEADERS,
  dimensionHeaders: ['Date'],
  detect: detectSeries,
  parse: parseSeries,
};

function detectSeries(head: FileHead): Detection {
  const detection = matchHeader(head, { required: HEADERS });
  if (detection.confidence < 1 || !head.table) return detection;
  const { preamble, records } = head.table;
  // Audience.csv repeats a Follows series among other blocks: that is not a one-metric file.
  if (metricLine(head.table) === null || [...preamble, ...records].some(isAudienceRecord)) {
    return {
      confidence: 0.4,
      mismatch: 'not one metric: the file has other blocks or no metric name above "Date","Primary"',
    };
  }
  return detection;
}

/** The preamble record naming the metric: the one record above the header besides `sep=,`, holding one value. */
function metricLine(table: TableHead): { line: number; name: string } | null {
  const lines = table.preamble.filter((record) => !/^sep=.?$/i.test(record.cells.join(',').trim()));
  const [only] = lines;
  if (lines.length !== 1 || !only) return null;
  const values = only.cells.map(cellValue).filter((value) => value !== null);
  const [name] = values;
  return values.length === 1 && name ? { line: only.line, name } : null;
}

async function* parseSeries(records: AsyncIterable<CsvRecord>, context: ParseContext): AsyncGenerator<ParseEvent> {
  const { table, hints } = context;
  const named = metricLine(table);
  if (!named) {
    yield fileError(
      table.header.line,
      `The line above "Date","Primary" must name the metric (one of ${UNDERSTOOD_METRICS}).`,
    );
    return;
  }
  const rule = METRIC_RULES.find((candidate) => candidate.pattern.test(named.name.toLowerCase()));
  if (!rule) {
    yield fileError(
      named.line,
      `"${named.name}" is not a Meta Business Suite metric Tandem reads. Metrics understood: ${UNDERSTOOD_METRICS}.`,
    );
    return;
  }
  const mapping = mapColumns(table.header.cells, HEADERS, []);
  if (!mapping.ok) {
    yield fileError(table.header.line, `missing columns: ${mapping.missing.join(', ')}`);
    return;
  }
  const platform = seriesPlatform(named.name, hints);
  for (const warning of platform.warnings) yield { type: 'warning', message: warning };
  const account = accountFromHints(hints, platform.platform);
  if (account.warning) yield { type: 'warning', message: account.warning };
  const dayRow = (date: IsoDate, line: number, value: number | null): OrganicDailyRow =>
    Object.assign(emptyDay(date, line, platform.platform, account.accountId, account.accountName), {
      [rule.metric]: value,
    });

  const { Date: dateColumn, Primary: valueColumn } = mapping.columns;
  /** Each day's line: a series is a few hundred days at most, so this stays small. */
  const seen = new Map<IsoDate, number>();
  for await (const record of records) {
    if (isAudienceRecord(record) || isBlockTitle(record)) {
      yield fileError(
        record.line,
        `Line ${record.line} starts another block ("${record.cells.join(',')}"): a stacked Audience.csv is not imported yet: audience snapshots. Only the days above it were read.`,
      );
      break;
    }
    const cells = new RowCells(record, table.decimalMark);
    const date = cells.require(dateColumn, readSeriesDay);
    const value = cells.count(valueColumn, rule.metric);
    const earlier = date === null ? undefined : seen.get(date);
    if (earlier !== undefined) {
      yield fileError(record.line, `${date} is already given on line ${earlier}; the day is kept from there.`);
      continue;
    }
    for (const error of cells.errors) yield { type: 'error', error };
    if (date === null || cells.rejected) continue;
    seen.set(date, record.line);
    yield { type: 'row', row: dayRow(date, record.line, value) };
  }
  if (rule.fillMissingDays) yield* fillMissingDays(seen, named.name, (date, line) => dayRow(date, line, 0));
}

/**
 * Meta leaves out days with nothing to count (reported for follows). Within the days the file covers, each
 * missing day is a 0, stamped with the line of the next day the file gives.
 */
function* fillMissingDays(
  seen: ReadonlyMap<IsoDate, number>,
  metricName: string,
  zeroDay: (date: IsoDate, line: number) => OrganicDailyRow,
): Generator<ParseEvent> {
  const days = [...seen.keys()].sort();
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return;
  const filled: OrganicDailyRow[] = [];
  let nextLine = seen.get(last) ?? 0;
  for (let day = last; day >= first; day = addDays(day, -1)) {
    const line = seen.get(day);
    if (line === undefined) filled.push(zeroDay(day, nextLine));
    else nextLine = line;
  }
  if (filled.length === 0) return;
  for (const row of filled.reverse()) yield { type: 'row', row };
  const plural = filled.length === 1 ? '' : 's';
  yield {
    type: 'warning',
    message: `"${metricName}": ${filled.length} day${plural} between ${first} and ${last} missing from the file counted as 0 (Meta leaves out days with nothing to count).`,
  };
}

function emptyDay(
  date: IsoDate,
  line: number,
  platform: Platform,
  accountId: string,
  accountName: string | null,
): OrganicDailyRow {
  return {
    kind: 'organic',
    line,
    date,
    platform,
    accountId,
    accountName,
    followers: null,
    newFollowers: null,
    followersGained: null,
    impressions: null,
    reach: null,
    engagements: null,
    posts: null,
    linkClicks: null,
    profileViews: null,
  };
}

/** A record holding one value that is not a day: the title of a next block, which a one-metric file never has. */
function isBlockTitle(record: CsvRecord): boolean {
  const values = record.cells.map(cellValue).filter((value) => value !== null);
  const [first] = values;
  return values.length === 1 && record.cells.length === 1 && first !== undefined && !SERIES_DAY.test(first);
}

function readSeriesDay(value: string): IsoDate {
  const day = SERIES_DAY.exec(value.trim())?.[1];
  try {
    if (day) return parseDay(day, 'yyyy-MM-dd');
  } catch (error) {
    if (!(error instanceof CellValueError)) throw error;
  }
  throw new CellValueError(`"${value}" is not a real day (expected YYYY-MM-DDT00:00:00)`);
}

/**
 * The upload's `platform`, else a platform word in the metric name, else Facebook with a warning: the file names
 * no page or account, and plain `Views`/`Reach` files exist for both platforms.
 */
function seriesPlatform(metricName: string, hints: ImportHints): { platform: Platform; warnings: string[] } {
  const named = /\binstagram\b/i.test(metricName) ? 'INSTAGRAM' : /\bfacebook\b/i.test(metricName) ? 'FACEBOOK' : null;
  if (hints.platform) {
    const warnings =
      named && named !== hints.platform
        ? [
            `The metric "${metricName}" names ${named}, but the upload says ${hints.platform}: stored as ${hints.platform}.`,
          ]
        : [];
    return { platform: hints.platform, warnings };
  }
  if (named) return { platform: named, warnings: [] };
  return {
    platform: 'FACEBOOK',
    warnings: [
      `"${metricName}" does not say whether it is Facebook or Instagram and the upload gave no "platform": stored as FACEBOOK. Upload again with platform INSTAGRAM if it is an Instagram series.`,
    ],
  };
}

function addDays(day: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
