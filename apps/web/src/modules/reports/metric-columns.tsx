import type { Side } from '@tandem/metrics/catalogue.js';
import { Change } from '../dashboard/components/Change';
import { kpiDefinition } from '../dashboard/kpi-definitions.util';
import { formatMetric, NOT_REPORTED, type FormatContext } from '../dashboard/metric-format.util';
import type { TableColumn } from './components/DataTable';

type Totals = Readonly<Record<string, unknown>> | null | undefined;

/** A row's figures for one side, now and (when comparing) in the comparison period. */
export interface SideFigures {
  current: Totals;
  /** Undefined when not comparing. */
  previous?: Totals;
}

const numberIn = (totals: Totals, field: string) => {
  const value = totals?.[field];
  return typeof value === 'number' ? value : null;
};

interface MetricColumnsInput<Row> {
  side: Side;
  /** Catalogue fields, in column order: `spend`, `ctr`. */
  fields: readonly string[];
  format: FormatContext;
  figures: (row: Row) => SideFigures;
  /** "previous period": what a change is measured against. */
  against: string;
}

/**
 * One column per catalogue metric: the figure in the workspace currency or unit ("Not reported" when no export of
 * the row gives it, never 0), and under it its change when comparing. Labels, units and which way is good news come
 * from the catalogue, so a table and a KPI card never disagree.
 */
export function metricColumns<Row>({
  side,
  fields,
  format,
  figures,
  against,
}: MetricColumnsInput<Row>): Array<TableColumn<Row>> {
  return fields.map((field) => {
    const definition = kpiDefinition(side, field);
    return {
      id: `${side}.${field}`,
      label: definition.label,
      numeric: true,
      title: definition.note ? `${definition.description} (${definition.note})` : definition.description,
      cell: (row: Row) => {
        const { current, previous } = figures(row);
        const value = numberIn(current, field);
        return (
          <>
            {value === null ? (
              <span className="not-reported" title={`No export of this row reports ${definition.needs}`}>
                {NOT_REPORTED}
              </span>
            ) : (
              formatMetric(value, definition.unit, format)
            )}
            {previous !== undefined && (
              <>
                <br />
                <Change
                  current={value}
                  previous={numberIn(previous, field)}
                  lowerIsBetter={definition.lowerIsBetter}
                  against={against}
                />
              </>
            )}
          </>
        );
      },
    };
  });
}
