import type { Decimal, RowError } from './canonical.js';
import type { Column } from './columns.js';
import { mayBeNegative, type Measure } from './measure-signs.js';
import { CellValueError } from './reader/cell-value-error.js';
import type { CsvRecord } from './reader/csv-records.js';
import { cellValue } from './reader/empty-cell.js';
import { assertNotNegative, parseDecimal, parseWholeNumber, type DecimalMark } from './reader/numbers.js';

/**
 * Longer than any name or caption a platform allows (a Facebook post holds up to 63,206 characters): a cell
 * beyond it is a broken or hostile file, never a value to store.
 */
export const MAX_CELL_CHARS = 65_536;

/**
 * Reads one record's cells as typed values, and decides what a bad cell costs:
 * - a measure (`decimal`, `count`, `read`) that cannot be read is left out (null) with an error naming its line
 *   and column, and the row's other figures are still imported;
 * - a value that places the row (`require`, `key`: its day, account, currency, post) rejects the whole row,
 *   since a row that cannot be placed cannot be imported at all.
 * One pass reports every bad cell of the row.
 */
export class RowCells {
  private readonly found: RowError[] = [];
  private rowRejected = false;

  constructor(
    private readonly record: CsvRecord,
    private readonly decimalMark: DecimalMark,
  ) {}

  get line(): number {
    return this.record.line;
  }

  /** True when a value that places the row is missing or wrong: the row is not imported. */
  get rejected(): boolean {
    return this.rowRejected;
  }

  /** The row's errors; when the row is imported, each says that only its cell was left out. */
  get errors(): RowError[] {
    if (this.rowRejected || this.found.length === 0) return this.found;
    return this.found.map((error) => ({ ...error, rowImported: true }));
  }

  text(column: Column | undefined): string | null {
    if (!column) return null;
    const value = cellValue(this.record.cells[column.index]);
    if (value === null || value.length <= MAX_CELL_CHARS) return value;
    this.rejectRow(
      column,
      `${column.header} holds ${value.length.toLocaleString('en')} characters, over the limit of ${MAX_CELL_CHARS.toLocaleString('en')}: the file looks broken`,
    );
    return null;
  }

  /** A measure or detail: a bad value is left out, the row is kept. */
  read<T>(column: Column | undefined, parse: (value: string) => T): T | null {
    return this.parsed(column, parse, false);
  }

  /** An optional value that places the row (a currency, an end day): when present it must read, or the row goes. */
  key<T>(column: Column | undefined, parse: (value: string) => T): T | null {
    return this.parsed(column, parse, true);
  }

  /** A value the row cannot do without (its day, its account): empty or bad, the row goes. */
  require<T>(column: Column, parse: (value: string) => T): T | null {
    const value = this.key(column, parse);
    if (value === null && this.text(column) === null && !this.rowRejected) {
      this.rejectRow(column, `${column.header} is required`);
    }
    return value;
  }

  decimal(column: Column | undefined, measure: Measure): Decimal | null {
    return this.read(column, (value) => withSign(parseDecimal(value, this.decimalMark), value, measure));
  }

  count(column: Column | undefined, measure: Measure): number | null {
    return this.read(column, (value) => withSign(parseWholeNumber(value, this.decimalMark), value, measure));
  }

  /** True when the column's cell holds a value that could not be read, so it was left out of the row. */
  leftOut(column: Column | undefined): boolean {
    return column !== undefined && this.found.some((error) => error.column === column.header);
  }

  /** Rejects the row for a reason found outside the cell readers (an end before its start). */
  rejectRow(column: Column | null, message: string): void {
    this.rowRejected = true;
    this.note(column, message);
  }

  private parsed<T>(column: Column | undefined, parse: (value: string) => T, placesRow: boolean): T | null {
    const value = this.text(column);
    if (value === null || !column) return null;
    try {
      return parse(value);
    } catch (error) {
      if (!(error instanceof CellValueError)) throw error;
      const message = `${column.header} ${error.message}`;
      if (placesRow) this.rejectRow(column, message);
      else this.note(column, message);
      return null;
    }
  }

  /** One error per column: a cell read twice (a name used for two keys) is reported once. */
  private note(column: Column | null, message: string): void {
    const header = column?.header ?? null;
    if (header !== null && this.found.some((error) => error.column === header)) return;
    this.found.push({ row: this.record.line, column: header, message });
  }
}

function withSign<T extends Decimal | number>(value: T, raw: string, measure: Measure): T {
  return mayBeNegative(measure) ? value : assertNotNegative(value, raw);
}
