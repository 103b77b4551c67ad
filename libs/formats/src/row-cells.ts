import type { Decimal, RowError } from './canonical.js';
import type { Column } from './columns.js';
import { CellValueError } from './reader/cell-value-error.js';
import type { CsvRecord } from './reader/csv-records.js';
import { cellValue } from './reader/empty-cell.js';
import { assertNotNegative, parseDecimal, parseWholeNumber, type DecimalMark } from './reader/numbers.js';

/** Whether a metric may go below zero (unfollows, deleted comments) or not (spend, impressions). */
export type Sign = 'non-negative' | 'any';

/**
 * Reads one record's cells as typed values. A cell that cannot be read becomes null and a `RowError`
 * naming the line and the column as written, so that one pass reports every bad cell of the row.
 */
export class RowCells {
  readonly errors: RowError[] = [];

  constructor(
    private readonly record: CsvRecord,
    private readonly decimalMark: DecimalMark,
  ) {}

  get line(): number {
    return this.record.line;
  }

  text(column: Column | undefined): string | null {
    return column ? cellValue(this.record.cells[column.index]) : null;
  }

  read<T>(column: Column | undefined, parse: (value: string) => T): T | null {
    const value = this.text(column);
    if (value === null || !column) return null;
    try {
      return parse(value);
    } catch (error) {
      if (!(error instanceof CellValueError)) throw error;
      this.reject(column, `${column.header} ${error.message}`);
      return null;
    }
  }

  require<T>(column: Column, parse: (value: string) => T): T | null {
    const value = this.read(column, parse);
    if (value === null && this.text(column) === null) this.reject(column, `${column.header} is required`);
    return value;
  }

  decimal(column: Column | undefined, sign: Sign = 'non-negative'): Decimal | null {
    return this.read(column, (value) => withSign(parseDecimal(value, this.decimalMark), value, sign));
  }

  count(column: Column | undefined, sign: Sign = 'non-negative'): number | null {
    return this.read(column, (value) => withSign(parseWholeNumber(value, this.decimalMark), value, sign));
  }

  private reject(column: Column, message: string): void {
    this.errors.push({ row: this.record.line, column: column.header, message });
  }
}

function withSign<T extends Decimal | number>(value: T, raw: string, sign: Sign): T {
  return sign === 'non-negative' ? assertNotNegative(value, raw) : value;
}
