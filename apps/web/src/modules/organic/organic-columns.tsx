import type { FormatContext } from '../dashboard/metric-format.util';
import type { TableColumn } from '../reports/components/DataTable';
import { metricColumns } from '../reports/metric-columns';
import { coveragePhrase, labelWithNote } from './organic-kpis.util';

type Figures = Readonly<Record<string, unknown>> | null | undefined;

interface OrganicColumnsInput<Row> {
  /** Organic catalogue fields, in column order. */
  fields: readonly string[];
  format: FormatContext;
  figures: (row: Row) => Figures;
}

/**
 * The catalogue's organic columns ("Not reported" for null, never 0), each headed with what it is ("Engagement rate
 * (engagements ÷ impressions)"), and a ratio's cell saying what share of its denominator it covers when not all.
 */
export function organicColumns<Row>({ fields, format, figures }: OrganicColumnsInput<Row>): Array<TableColumn<Row>> {
  const columns = metricColumns<Row>({
    side: 'organic',
    fields,
    format,
    figures: (row) => ({ current: figures(row) }),
    against: '',
  });
  return columns.map((column, index) => {
    const field = fields[index]!;
    return {
      ...column,
      label: labelWithNote('organic', field),
      cell: (row: Row) => {
        const coverage = coveragePhrase('organic', field, figures(row)?.[`${field}Coverage`] as number | null);
        if (!coverage) return column.cell(row);
        return (
          <>
            {column.cell(row)}
            <br />
            <small className="muted">{coverage}</small>
          </>
        );
      },
    };
  });
}
