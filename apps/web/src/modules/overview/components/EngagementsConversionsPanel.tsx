import type { Granularity } from '../../../generated/graphql';
import { GRANULARITY_LABELS, unfinishedFrom } from '../../dashboard/granularity.util';
import type { DashboardPeriod } from '../../dashboard/hooks/useDashboardPeriod';
import type { FormatContext } from '../../dashboard/metric-format.util';
import { PairChartPanel } from '../../reports/components/PairChartPanel';
import { captionOf, unfinishedNote } from '../../reports/report-caption.util';
import type { ReportRequest } from '../../reports/report-request.util';
import { seriesValues, type OverviewSeriesPoint } from '../series.util';

interface EngagementsConversionsPanelProps {
  series: readonly OverviewSeriesPoint[] | undefined;
  request: ReportRequest;
  loading: boolean;
  error: Error | undefined;
  period: DashboardPeriod;
  granularity: Granularity;
  onGranularity: (granularity: Granularity) => void;
  format: FormatContext;
}

/** Organic engagements against paid conversions per period: the two sides' main results on one time line. */
export function EngagementsConversionsPanel(props: EngagementsConversionsPanelProps) {
  const { series, period, granularity } = props;
  const periods = series?.map((point) => point.period);
  const unfinished = unfinishedFrom(periods ?? [], granularity, period.lastDay);
  return (
    <PairChartPanel
      title="Organic engagements vs paid conversions"
      caption={captionOf(
        `Per ${GRANULARITY_LABELS[granularity].toLowerCase()}`,
        period.label,
        'counts',
        unfinishedNote(unfinished, granularity),
      )}
      testId="engagements-conversions-chart"
      request={props.request}
      loading={props.loading}
      error={props.error}
      granularity={granularity}
      onGranularity={props.onGranularity}
      periods={periods}
      unfinished={unfinished}
      format={props.format}
      left={{
        label: 'Organic engagements',
        values: series ? seriesValues(series, 'organic', 'engagements') : [],
        unit: 'count',
        color: '#2456d6',
      }}
      right={{
        label: 'Paid conversions',
        values: series ? seriesValues(series, 'paid', 'conversions') : [],
        unit: 'count',
        color: '#b45309',
      }}
      empty={
        <p className="muted" data-testid="engagements-conversions-not-reported">
          Not reported: no imported export gives engagements or conversions in this period. Upload a page or profile
          export for engagements, an ads export with a conversions column for conversions.
        </p>
      }
    />
  );
}
