import type { BreakdownSort, Dimension } from '../../generated/graphql';
import type { FormatContext } from '../dashboard/metric-format.util';
import type { TableColumn } from '../reports/components/DataTable';
import { metricColumns } from '../reports/metric-columns';
import { coverageNote, type PaidRow } from './paid-rows.util';
import { dimensionLabel, PAID_TABLE_FIELDS } from './paid-view.util';

interface PaidColumnsInput {
  format: FormatContext;
  /** "previous period (Oct 1 – 30, 2026)"; null when not comparing. */
  against: string | null;
  /** The order the rows came in: its column's header says which way. */
  sort?: BreakdownSort;
}

/** A ratio over part of its base says so under its figure: "over 39% of spend". */
function withCoverage(column: TableColumn<PaidRow>, field: string): TableColumn<PaidRow> {
  return {
    ...column,
    cell: (row) => {
      const note = coverageNote(field, row.paid);
      if (!note) return column.cell(row);
      return (
        <>
          {column.cell(row)}
          <br />
          <small className="paid-coverage" title={note.title}>
            {note.text}
          </small>
        </>
      );
    },
  };
}

/** The catalogue's columns for a Paid table: figure, change when comparing, and partial coverage of ratios. */
export function paidMetricColumns({ format, against, sort }: PaidColumnsInput): Array<TableColumn<PaidRow>> {
  return metricColumns<PaidRow>({
    side: 'paid',
    fields: PAID_TABLE_FIELDS,
    format,
    against: against ?? '',
    figures: (row) => ({ current: row.paid, previous: against === null ? undefined : row.previous }),
  }).map((column, index) => {
    const sorted = column.id === sort?.metric;
    const labelled = sorted ? { ...column, label: `${column.label} ${sort.descending ? '↓' : '↑'}` } : column;
    return withCoverage(labelled, PAID_TABLE_FIELDS[index]!);
  });
}

/** The first column: the row's campaign, ad set, ad, objective or audience segment; a button where it opens deeper. */
export function nameColumn(dimension: Dimension, onOpen?: (row: PaidRow) => void): TableColumn<PaidRow> {
  return {
    id: dimension,
    label: dimensionLabel(dimension),
    cell: (row) =>
      onOpen && row.id !== '' ? (
        <button type="button" className="link-button" onClick={() => onOpen(row)} data-testid="paid-open">
          {row.label}
        </button>
      ) : (
        row.label
      ),
  };
}

/** The campaign's objective, beside it: normalised, with the platform's own words. */
export const objectiveColumn: TableColumn<PaidRow> = {
  id: 'OBJECTIVE',
  label: dimensionLabel('OBJECTIVE'),
  cell: (row) => row.keys.OBJECTIVE?.label ?? '',
};
