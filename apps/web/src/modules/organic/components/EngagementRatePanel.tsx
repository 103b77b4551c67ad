import type { Granularity, OrganicEngagementRateQuery } from '../../../generated/graphql';
import { GRANULARITY_LABELS, unfinishedFrom } from '../../dashboard/granularity.util';
import { formatMetric } from '../../dashboard/metric-format.util';
import { DataTable } from '../../reports/components/DataTable';
import { ReportPanel } from '../../reports/components/ReportPanel';
import { TimeChart } from '../../reports/components/TimeChart';
import type { DashboardPanelProps } from '../dashboard-panel.props';
import { useOrganicEngagementRate } from '../hooks/useOrganicEngagementRate';
import { organicColumns } from '../organic-columns';
import { labelWithNote } from '../organic-kpis.util';
import { captionOf, notCompared, periodColumn, unfinishedNote } from '../../reports/report-caption.util';

type Point = OrganicEngagementRateQuery['timeSeries'][number];

const RATES = [
  { field: 'engagementRate', color: '#1d4ed8' },
  { field: 'engagementRateByReach', color: '#b45309' },
] as const;

const hasRate = (point: Point) => RATES.some(({ field }) => point.organic[field] !== null);

/** Engagements per impression and per person reached, per period; a gap where an export reports neither base. */
export function EngagementRatePanel({
  period,
  platforms,
  format,
  granularity,
}: DashboardPanelProps & { granularity: Granularity }) {
  const { points, loading, error, request } = useOrganicEngagementRate({
    range: period.range,
    granularity,
    platforms,
    skip: !period.ready,
  });
  const periods = points?.map((point) => point.period) ?? [];
  const unfinished = unfinishedFrom(periods, granularity, period.lastDay);
  const per = GRANULARITY_LABELS[granularity].toLowerCase();
  return (
    <ReportPanel
      title="Engagement rate"
      caption={captionOf(
        period.label,
        `per ${per}, all platforms asked`,
        'percent, each over the facts that report both its figures',
        unfinishedNote(unfinished, granularity),
        notCompared(period),
      )}
      testId="organic-engagement-rate"
      request={period.ready ? request : null}
      loading={loading || !period.ready}
      error={error}
      empty={
        points !== undefined &&
        !points.some(hasRate) && (
          <p className="muted" data-testid="organic-engagement-rate-empty">
            No engagement rate in this period: it needs engagements with impressions or reach on the same days. Upload a
            Facebook Page or Instagram daily export (Meta Business Suite → Insights → Export data) or a LinkedIn Page
            content export.
          </p>
        )
      }
      chart={
        points && (
          <TimeChart
            testId="organic-engagement-rate-chart"
            periods={periods}
            unfinishedFrom={unfinished}
            lines={RATES.map(({ field, color }) => ({
              label: labelWithNote('organic', field),
              values: points.map((point) => point.organic[field]),
              color,
              axis: 'left',
              format: (value) => formatMetric(value, 'percent', format),
            }))}
          />
        )
      }
      table={
        points ? (
          <DataTable
            caption={`Engagement rate per ${per}`}
            columns={[
              periodColumn<Point>(granularity, periods, unfinished),
              ...organicColumns<Point>({
                fields: RATES.map(({ field }) => field),
                format,
                figures: (point) => point.organic,
              }),
            ]}
            rows={points}
            rowKey={(point) => point.period}
            testId="organic-engagement-rate-table"
          />
        ) : null
      }
    />
  );
}
