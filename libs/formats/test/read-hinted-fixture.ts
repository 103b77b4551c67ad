import type { CanonicalRow, Decimal, ImportHints, PaidMeasures } from '../src/canonical.js';
import { addDecimals } from '../src/formats/paid-report.js';
import { readExport, type ExportReading } from '../src/read-export.js';
import { collect, openFixture } from './open-fixture.js';

/** Reads a fixture through the whole pipeline with the upload's hints, its events sorted by type. */
export async function readHintedFixture<Row extends CanonicalRow>(name: string, hints: ImportHints = {}) {
  return sortedEvents<Row>(await readExport(openFixture(name), name.split('/').at(-1) ?? name, hints));
}

/** A reading's format, and its events sorted by type: rows, errors, warnings. */
export async function sortedEvents<Row extends CanonicalRow>(reading: ExportReading) {
  const events = await collect(reading.events);
  return {
    format: reading.format.id,
    rows: events.flatMap((event) => (event.type === 'row' ? [event.row as Row] : [])),
    errors: events.flatMap((event) => (event.type === 'error' ? [event.error] : [])),
    warnings: events.flatMap((event) => (event.type === 'warning' ? [event.message] : [])),
  };
}

/** The sum of one numeric field over rows (nulls count as 0), for asserting a fixture's totals. */
export function total<Row extends object>(rows: readonly Row[], field: keyof Row): number {
  return rows.reduce((sum, row) => sum + (typeof row[field] === 'number' ? (row[field] as number) : 0), 0);
}

type MoneyField = 'spend' | 'conversions' | 'revenue';

/** The exact sum of a decimal field (nulls left out); null when every row has null. */
export function decimalTotal(rows: ReadonlyArray<Pick<PaidMeasures, MoneyField>>, field: MoneyField): Decimal | null {
  return rows.reduce<Decimal | null>((sum, row) => addDecimals(sum, row[field]), null);
}

/** A paid fixture's totals: spend, conversions and revenue exactly, impressions and clicks as counts. */
export function paidTotals(rows: readonly PaidMeasures[]) {
  return {
    spend: decimalTotal(rows, 'spend'),
    impressions: total(rows, 'impressions'),
    clicks: total(rows, 'clicks'),
    conversions: decimalTotal(rows, 'conversions'),
    revenue: decimalTotal(rows, 'revenue'),
  };
}
