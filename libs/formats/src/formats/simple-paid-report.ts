import type { IsoDate, ParseEvent, PaidDailyRow, PaidPeriodRow, Platform, TimeZoneBasis } from '../canonical.js';
import { accountFromHints, type AccountInFileName, type HintedAccount } from '../account-hint.js';
import type { ParseContext } from '../format.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { RowCells } from '../row-cells.js';
import {
  addDays,
  currencyInHeader,
  parseDayRange,
  readEntity,
  readMeasures,
  resolveColumns,
  type PaidAliases,
} from './paid-report.js';
import { parseDayIn } from '../reader/local-date-times.js';
import { parseCurrency } from './tandem-template.js';
import type { NamedPeriod } from '../period-hint.js';

/** A paid report with a header on row 1, one row per entity and day (or period), columns named per platform. */
export interface SimplePaidReport {
  platform: Platform;
  tzBasis: TimeZoneBasis;
  columns: PaidAliases;
  /** The row's day, or its period written as `<day> - <day>`. */
  date: readonly string[];
  /** The period's last day, when the report has one (a row whose end differs from its start is a period row). */
  end?: readonly string[];
  /** How days are written; each pattern is strict. */
  dayPatterns: readonly string[];
  /** Turns the raw `Results` into conversions when they count purchases (mixed result types are never summed). */
  conversionsFromResults?: (resultType: string) => boolean;
  /** The account the platform's default file name carries, for rows that name none. */
  accountInFileName?: (fileName: string) => AccountInFileName | null;
}

/**
 * The parse loop of such a report: account from its columns or the upload's hint, ids or synthetic ids. A report
 * without a date column is read over `undated`, the period its upload named, as one whole-period row per entity.
 */
export async function* parseSimplePaidReport(
  records: AsyncIterable<CsvRecord>,
  context: ParseContext,
  report: SimplePaidReport,
  undated: NamedPeriod | null = null,
): AsyncGenerator<ParseEvent> {
  const { header, decimalMark } = context.table;
  const columns = resolveColumns(header.cells, report.columns);
  const dates = resolveColumns(header.cells, { date: report.date, end: report.end ?? [] });
  if ((!dates.date && !undated) || !columns.spend) {
    const missing = [dates.date ? null : report.date.join(' or '), columns.spend ? null : report.columns.spend?.[0]];
    const message = `missing columns: ${missing.filter((name) => name).join(', ')}`;
    yield { type: 'error', error: { row: header.line, column: null, message } };
    return;
  }
  const headerCurrency = currencyInHeader(columns.spend);
  const hinted = accountFromHints(context.hints, report.platform, report.accountInFileName?.(context.fileName) ?? null);
  let usedHint = false;
  for await (const record of records) {
    const cells = new RowCells(record, decimalMark);
    const period = dates.date ? cells.require(dates.date, (value) => readPeriod(value, report.dayPatterns)) : undated;
    const end = cells.key(dates.end, (value) => readEnd(value, report.dayPatterns));
    const accountId = cells.text(columns.accountId);
    usedHint ||= accountId === null;
    const entity = readEntity(cells, columns, {
      platform: report.platform,
      accountId: accountId ?? hinted.accountId,
      accountName: accountNameOf(cells.text(columns.accountName), accountId === null ? hinted : null),
      currency: cells.key(columns.currency, parseCurrency) ?? headerCurrency,
      tzBasis: report.tzBasis,
    });
    const measures = readMeasures(cells, columns, report.tzBasis);
    const resultType = measures.resultType ?? null;
    if (report.conversionsFromResults && measures.conversions === null && resultType !== null)
      measures.conversions = report.conversionsFromResults(resultType) ? (measures.results ?? null) : null;
    for (const error of cells.errors) yield { type: 'error', error };
    if (period === null || cells.rejected) continue;
    // An end written as the next midnight (`2025-03-02 00:00:00` after `2025-03-01`) closes the day before.
    const last = end === null ? period.end : end.midnight && end.day > period.start ? addDays(end.day, -1) : end.day;
    if (last < period.start) {
      const column = dates.end?.header ?? null;
      yield { type: 'error', error: { row: cells.line, column, message: `${column} is before the start` } };
      continue;
    }
    const fact = { ...entity, ...measures, line: cells.line };
    const row: PaidDailyRow | PaidPeriodRow =
      last === period.start
        ? { kind: 'paid', ...fact, date: period.start }
        : { kind: 'paid-period', ...fact, periodStart: period.start, periodEnd: last };
    yield { type: 'row', row };
  }
  if (usedHint && hinted.warning) yield { type: 'warning', message: hinted.warning };
}

/** The file's account name, unless the rows go to "Unnamed account", which keeps its name. */
function accountNameOf(inFile: string | null, hinted: HintedAccount | null): string | null {
  if (!hinted) return inFile;
  return hinted.warning ? hinted.accountName : (inFile ?? hinted.accountName);
}

/** A day (`2025-03-01`, `2025-03-01 00:00:00`) or a range of days (`2025-03-01 - 2025-03-31`). */
function readPeriod(value: string, patterns: readonly string[]): { start: IsoDate; end: IsoDate } {
  if (/\s(?:-|–|—|to)\s/.test(value)) return parseDayRange(value, patterns);
  const day = parseDayIn(value, patterns);
  return { start: day, end: day };
}

/** The period's last day as written, and whether it was written as a midnight. */
function readEnd(value: string, patterns: readonly string[]): { day: IsoDate; midnight: boolean } {
  const midnight = /[ T]00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(value.trim());
  return { day: parseDayIn(value, patterns), midnight };
}

/** Result types that count purchases or conversions, which may be summed as conversions. */
export function isPurchaseResult(resultType: string): boolean {
  return /purchase|conversion/i.test(resultType);
}
