import type { ReactNode } from 'react';
import type { Granularity } from '../../../generated/graphql';
import { GranularityPicker } from '../../dashboard/components/GranularityPicker';
import { formatAxisNumber, formatMetric, NOT_REPORTED, type FormatContext } from '../../dashboard/metric-format.util';
import { periodColumn } from '../report-caption.util';
import type { ReportRequest } from '../report-request.util';
import { DataTable } from './DataTable';
import { ReportPanel } from './ReportPanel';
import { TimeChart } from './TimeChart';

/** One of the two figures: a line (or bars) with its own axis, and a column of the table alternative. */
export interface PairSide {
  label: string;
  values: ReadonlyArray<number | null>;
  unit: 'count' | 'money';
  color: string;
  bars?: boolean;
}

interface PairChartPanelProps {
  title: string;
  caption: string;
  testId: string;
  request: ReportRequest;
  loading: boolean;
  error: Error | undefined;
  granularity: Granularity;
  onGranularity: (granularity: Granularity) => void;
  /** The first day of each period; undefined while loading. */
  periods: readonly string[] | undefined;
  unfinished: number | null;
  left: PairSide;
  right: PairSide;
  format: FormatContext;
  /** Shown instead of the chart when neither figure is reported: names the export to upload. */
  empty: ReactNode;
}

interface Row {
  period: string;
  index: number;
}

/** Two figures over the same periods, each on its own axis: whether one moves with the other. */
export function PairChartPanel(props: PairChartPanelProps) {
  const { periods, unfinished, left, right, granularity, format, testId } = props;
  const nothing = periods && [...left.values, ...right.values].every((value) => value === null);
  const cell = (side: PairSide, index: number) => {
    const value = side.values[index] ?? null;
    return value === null ? NOT_REPORTED : formatMetric(value, side.unit, format);
  };
  return (
    <ReportPanel
      title={props.title}
      caption={props.caption}
      testId={testId}
      request={props.request}
      loading={props.loading}
      error={props.error}
      controls={<GranularityPicker value={granularity} onChange={props.onGranularity} />}
      empty={nothing ? props.empty : undefined}
      chart={
        <TimeChart
          testId={`${testId}-drawing`}
          periods={periods ?? []}
          unfinishedFrom={unfinished}
          lines={[left, right].map((side, index) => ({
            ...side,
            axis: index === 0 ? 'left' : 'right',
            format: formatAxisNumber,
          }))}
        />
      }
      table={
        periods ? (
          <DataTable<Row>
            caption={`${left.label} and ${right.label} per period`}
            testId={`${testId}-table`}
            rowKey={(row) => row.period}
            rows={periods.map((period, index) => ({ period, index }))}
            columns={[
              periodColumn(granularity, periods, unfinished),
              { id: 'left', label: left.label, numeric: true, cell: (row) => cell(left, row.index) },
              { id: 'right', label: right.label, numeric: true, cell: (row) => cell(right, row.index) },
            ]}
          />
        ) : null
      }
    />
  );
}
