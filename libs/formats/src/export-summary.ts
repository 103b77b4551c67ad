import { addDecimals } from '@tandem/metrics/decimal.js';
import type { CanonicalRow, Decimal, IsoDate, ParseEvent, Platform, RowError } from './canonical.js';

/** Paid totals of one currency: never summed across currencies. */
export interface CurrencyTotals {
  currency: string | null;
  spend: Decimal;
  revenue: Decimal;
  conversions: Decimal;
  impressions: number;
  clicks: number;
}

export interface ExportSummary {
  from: IsoDate | null;
  to: IsoDate | null;
  accounts: { platform: Platform; accountId: string; accountName: string | null }[];
  rows: { kind: CanonicalRow['kind']; count: number }[];
  /**
   * Day and whole-period paid facts, each account-day (or account-period) counted once at the finest level
   * present, as the dashboard counts them. Audience breakdowns repeat them, so they are left out.
   */
  paid: CurrencyTotals[];
  organic: { impressions: number; engagements: number; newFollowers: number };
  posts: number;
  rowsRejected: number;
  errors: Array<RowError & { rowImported: boolean }>;
  warnings: string[];
}

const MAX_ACCOUNTS = 100;

/** What an import would write, read from the parser's events without writing anything (a dry run). */
export async function summariseExport(events: AsyncIterable<ParseEvent>, maxErrors = 20): Promise<ExportSummary> {
  const summary = new SummaryBuilder(maxErrors);
  for await (const event of events) summary.add(event);
  return summary.build();
}

/** The summary of a file no format can read: nothing in it but the reason. */
export function unreadableExportSummary(message: string): ExportSummary {
  const summary = new SummaryBuilder(1);
  summary.add({ type: 'error', error: { row: null, column: null, message } });
  return summary.build();
}

class SummaryBuilder {
  private from: IsoDate | null = null;
  private to: IsoDate | null = null;
  private readonly accounts = new Map<string, ExportSummary['accounts'][number]>();
  private readonly rowCounts = new Map<CanonicalRow['kind'], number>();
  /** Per account and day (or period): the finest entity level seen and its totals by currency. */
  private readonly paid = new Map<string, { level: number; totals: Map<string | null, CurrencyTotals> }>();
  private readonly organic = { impressions: 0, engagements: 0, newFollowers: 0 };
  private readonly rejectedRows = new Set<number>();
  private readonly errors: ExportSummary['errors'] = [];
  private readonly warnings: string[] = [];

  constructor(private readonly maxErrors: number) {}

  add(event: ParseEvent): void {
    if (event.type === 'warning') this.warnings.push(event.message);
    else if (event.type === 'error') this.addError(event.error);
    else this.addRow(event.row);
  }

  build(): ExportSummary {
    return {
      from: this.from,
      to: this.to,
      accounts: [...this.accounts.values()],
      rows: [...this.rowCounts].map(([kind, count]) => ({ kind, count })),
      paid: totalsByCurrency([...this.paid.values()].flatMap(({ totals }) => [...totals.values()])),
      organic: this.organic,
      posts: this.rowCounts.get('post') ?? 0,
      rowsRejected: this.rejectedRows.size,
      errors: this.errors,
      warnings: this.warnings,
    };
  }

  private addError(error: RowError): void {
    if (error.row !== null && !error.rowImported) this.rejectedRows.add(error.row);
    if (this.errors.length < this.maxErrors) this.errors.push({ ...error, rowImported: error.rowImported ?? false });
  }

  private addRow(row: CanonicalRow): void {
    this.rowCounts.set(row.kind, (this.rowCounts.get(row.kind) ?? 0) + 1);
    const accountKey = `${row.platform}\u0000${row.accountId}`;
    if (!this.accounts.has(accountKey) && this.accounts.size < MAX_ACCOUNTS) {
      this.accounts.set(accountKey, { platform: row.platform, accountId: row.accountId, accountName: row.accountName });
    }
    if (row.kind === 'paid') this.addDays(row.date, row.date);
    if (row.kind === 'paid-period' || row.kind === 'paid-audience') this.addDays(row.periodStart, row.periodEnd);
    if (row.kind === 'organic') this.addDays(row.date, row.date);
    if (row.kind === 'post' && row.publishedAt)
      this.addDays(row.publishedAt.slice(0, 10), row.publishedAt.slice(0, 10));
    if (row.kind === 'paid' || row.kind === 'paid-period') this.addPaid(row);
    if (row.kind === 'organic') {
      this.organic.impressions += row.impressions ?? 0;
      this.organic.engagements += row.engagements ?? 0;
      this.organic.newFollowers += row.newFollowers ?? 0;
    }
  }

  private addDays(from: IsoDate, to: IsoDate): void {
    if (this.from === null || from < this.from) this.from = from;
    if (this.to === null || to > this.to) this.to = to;
  }

  private addPaid(row: PaidFact): void {
    const key = [
      row.platform,
      row.accountId,
      row.kind === 'paid' ? row.date : `${row.periodStart}..${row.periodEnd}`,
    ].join('\u0000');
    const level = entityLevel(row);
    const slot = this.paid.get(key);
    if (slot && slot.level > level) return;
    const totals = slot && slot.level === level ? slot.totals : new Map<string | null, CurrencyTotals>();
    totals.set(row.currency, addRow(totals.get(row.currency) ?? emptyTotals(row.currency), row));
    this.paid.set(key, { level, totals });
  }
}

type PaidFact = Extract<CanonicalRow, { kind: 'paid' | 'paid-period' }>;

/** Ad, ad set, campaign, account: the finer, the higher. */
function entityLevel(row: PaidFact): number {
  if (row.adId) return 3;
  if (row.adSetId) return 2;
  return row.campaignId ? 1 : 0;
}

function emptyTotals(currency: string | null): CurrencyTotals {
  return { currency, spend: '0', revenue: '0', conversions: '0', impressions: 0, clicks: 0 };
}

function addRow(totals: CurrencyTotals, row: PaidFact): CurrencyTotals {
  return addTotals(totals, {
    currency: row.currency,
    spend: row.spend ?? '0',
    revenue: row.revenue ?? '0',
    conversions: row.conversions ?? '0',
    impressions: row.impressions ?? 0,
    clicks: row.clicks ?? 0,
  });
}

function addTotals(a: CurrencyTotals, b: CurrencyTotals): CurrencyTotals {
  return {
    currency: a.currency,
    spend: addDecimals(a.spend, b.spend),
    revenue: addDecimals(a.revenue, b.revenue),
    conversions: addDecimals(a.conversions, b.conversions),
    impressions: a.impressions + b.impressions,
    clicks: a.clicks + b.clicks,
  };
}

function totalsByCurrency(parts: CurrencyTotals[]): CurrencyTotals[] {
  const byCurrency = new Map<string | null, CurrencyTotals>();
  for (const part of parts)
    byCurrency.set(part.currency, addTotals(byCurrency.get(part.currency) ?? emptyTotals(part.currency), part));
  return [...byCurrency.values()];
}
