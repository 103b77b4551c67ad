import type { ReactNode } from 'react';
import type { Granularity } from '../../../generated/graphql';
import { GranularityPicker } from '../../dashboard/components/GranularityPicker';
import { GRANULARITY_LABELS, unfinishedFrom } from '../../dashboard/granularity.util';
import { formatMetric, NOT_REPORTED, type FormatContext, type MetricUnit } from '../../dashboard/metric-format.util';
import type { DashboardPanelProps } from '../../organic/dashboard-panel.props';
import { kpiDefinition } from '../../dashboard/kpi-definitions.util';
import { captionOf, periodColumn, unfinishedNote } from '../../reports/report-caption.util';
import { DataTable, type TableColumn } from '../../reports/components/DataTable';
import { ReportPanel } from '../../reports/components/ReportPanel';
import { TimeChart } from '../../reports/components/TimeChart';
import { timeFrameSentence } from '../compare-sentences.util';
import { SIDE_COLORS } from '../compare-sides.util';
import { useCompareGrowth } from '../hooks/useCompareGrowth';
import type { TimeFrameSeries } from '../time-frame.util';
import { PanelFindings } from './PanelFindings';

interface TimeFramePanelProps extends DashboardPanelProps {
  granularity: Granularity;
  onGranularity: (granularity: Granularity) => void;
}

const ORGANIC_LINE = 'Organic: follower growth so far, share of the range’s total';
const PAID_LINE = 'Paid: conversions in the period, share of the range’s total';

const shown = (value: number | null | undefined, unit: MetricUnit, format: FormatContext) =>
  value === null || value === undefined ? NOT_REPORTED : formatMetric(value, unit, format);

interface PeriodRow {
  index: number;
  period: string;
  followerGrowth: number | null;
  conversions: number | null;
}

function columnsOf(
  series: TimeFrameSeries,
  granularity: Granularity,
  unfinished: number | null,
  format: FormatContext,
): Array<TableColumn<PeriodRow>> {
  const growth = kpiDefinition('organic', 'followerGrowth');
  const conversions = kpiDefinition('paid', 'conversions');
  return [
    periodColumn(granularity, series.periods, unfinished),
    {
      id: 'followerGrowth',
      label: `Organic: ${growth.label} (${growth.note})`,
      numeric: true,
      cell: (row) => shown(row.followerGrowth, growth.unit, format),
    },
    {
      id: 'organicShare',
      label: ORGANIC_LINE,
      numeric: true,
      cell: (row) => shown(series.organicCumulativeShare[row.index], 'percent', format),
    },
    {
      id: 'conversions',
      label: `Paid: ${conversions.label}`,
      numeric: true,
      cell: (row) => shown(row.conversions, conversions.unit, format),
    },
    {
      id: 'paidShare',
      label: PAID_LINE,
      numeric: true,
      cell: (row) => shown(series.paidPeriodShare[row.index], 'percent', format),
    },
  ];
}

/**
 * Time frame: organic builds an audience over months, ads lift results while they run. Both on one percent axis,
 * each as a share of its own total over the range.
 */
export function TimeFramePanel({ period, platforms, format, granularity, onGranularity }: TimeFramePanelProps) {
  const { points, series, loading, error, request } = useCompareGrowth({
    range: period.range,
    granularity,
    platforms,
    skip: !period.ready,
  });
  const per = GRANULARITY_LABELS[granularity].toLowerCase();
  const unfinished = series ? unfinishedFrom(series.periods, granularity, period.lastDay) : null;
  const percent = (value: number) => formatMetric(value, 'percent', format);
  const findings = (children: ReactNode) =>
    series && (
      <PanelFindings testId="compare-time-frame" sentence={timeFrameSentence(series, granularity, format)}>
        {children}
      </PanelFindings>
    );
  return (
    <ReportPanel
      title="Time frame: growth that builds vs lift per period"
      caption={captionOf(
        period.label,
        `per ${per}`,
        `one percent axis, each side as a share of its own total over the range: organic follower growth cumulated (it climbs to 100%), paid conversions ${per} by ${per} (bars)`,
        unfinishedNote(unfinished, granularity),
      )}
      testId="compare-time-frame"
      request={period.ready ? request : null}
      loading={loading || !period.ready}
      error={error}
      controls={<GranularityPicker value={granularity} onChange={onGranularity} />}
      empty={
        series &&
        series.followersGained === null &&
        series.conversions === null && (
          <p className="muted">
            Neither follower growth nor conversions are reported for this period. Upload an organic daily export with
            follows (Meta Business Suite → Insights → Export data) and a paid export with conversions.
          </p>
        )
      }
      chart={
        series &&
        findings(
          <TimeChart
            testId="compare-time-frame-chart"
            periods={series.periods}
            unfinishedFrom={unfinished}
            lines={[
              {
                label: ORGANIC_LINE,
                values: series.organicCumulativeShare,
                color: SIDE_COLORS.organic,
                axis: 'left',
                format: percent,
              },
              {
                label: PAID_LINE,
                values: series.paidPeriodShare,
                color: SIDE_COLORS.paid,
                axis: 'left',
                format: percent,
                bars: true,
              },
            ]}
          />,
        )
      }
      table={
        series && points
          ? findings(
              <DataTable
                caption={`Follower growth and conversions per ${per}`}
                columns={columnsOf(series, granularity, unfinished, format)}
                rows={points.map((point, index) => ({ index, ...point }))}
                rowKey={(row) => row.period}
                testId="compare-time-frame-table"
              />,
            )
          : null
      }
    />
  );
}
