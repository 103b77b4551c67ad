import type { Granularity } from '../../../generated/graphql';
import { GranularityPicker } from '../../dashboard/components/GranularityPicker';
import { formatSeriesPeriod, GRANULARITY_LABELS, unfinishedFrom } from '../../dashboard/granularity.util';
import { formatAxisNumber, formatMetric, NOT_REPORTED } from '../../dashboard/metric-format.util';
import { DataTable } from '../../reports/components/DataTable';
import { ReportPanel } from '../../reports/components/ReportPanel';
import { TimeChart } from '../../reports/components/TimeChart';
import type { ReportRequest } from '../../reports/report-request.util';
import { hasReportedValue, seriesValues, type OverviewSeriesPoint } from '../series.util';

interface EngagementsConversionsPanelProps {
  series: readonly OverviewSeriesPoint[] | undefined;
  request: ReportRequest;
  loading: boolean;
  error: Error | undefined;
  periodLabel: string;
  /** The range's last day, or the last day with data if sooner: periods running past it are unfinished. */
  lastDay: string;
  granularity: Granularity;
  onGranularity: (granularity: Granularity) => void;
}

interface Row {
  period: string;
  engagements: number | null;
  conversions: number | null;
}

const count = (value: number | null) =>
  value === null ? NOT_REPORTED : formatMetric(value, 'count', { currency: 'USD' });

export function EngagementsConversionsPanel(props: EngagementsConversionsPanelProps) {
  const { series, request, loading, error, periodLabel, lastDay, granularity, onGranularity } = props;
  const periods = series?.map((point) => point.period) ?? [];
  const engagements = series ? seriesValues(series, 'organic', 'engagements') : [];
  const conversions = series ? seriesValues(series, 'paid', 'conversions') : [];
  const rows: Row[] = periods.map((period, index) => ({
    period,
    engagements: engagements[index] ?? null,
    conversions: conversions[index] ?? null,
  }));
  const unfinished = unfinishedFrom(periods, granularity, lastDay);
  const nothing = series && !hasReportedValue(engagements) && !hasReportedValue(conversions);
  return (
    <ReportPanel
      title="Organic engagements vs paid conversions"
      caption={`Per ${GRANULARITY_LABELS[granularity].toLowerCase()} · ${periodLabel} · counts${
        unfinished === null ? '' : ' · shaded: a period not over yet'
      }`}
      testId="engagements-conversions-chart"
      request={request}
      loading={loading}
      error={error}
      controls={<GranularityPicker value={granularity} onChange={onGranularity} />}
      empty={
        nothing ? (
          <p className="muted" data-testid="engagements-conversions-not-reported">
            Not reported: no imported export gives engagements or conversions in this period. Upload a page or profile
            export for engagements, an ads export with a conversions column for conversions.
          </p>
        ) : undefined
      }
      chart={
        <TimeChart
          testId="engagements-conversions-drawing"
          periods={periods}
          unfinishedFrom={unfinished}
          lines={[
            {
              label: 'Organic engagements',
              values: engagements,
              color: '#2456d6',
              axis: 'left',
              format: formatAxisNumber,
            },
            {
              label: 'Paid conversions',
              values: conversions,
              color: '#b45309',
              axis: 'right',
              format: formatAxisNumber,
            },
          ]}
        />
      }
      table={
        series ? (
          <DataTable
            caption="Organic engagements and paid conversions per period"
            testId="engagements-conversions-table"
            rowKey={(row) => row.period}
            rows={rows}
            columns={[
              {
                id: 'period',
                label: GRANULARITY_LABELS[granularity],
                cell: (row) => formatSeriesPeriod(row.period, granularity),
              },
              { id: 'engagements', label: 'Organic engagements', numeric: true, cell: (row) => count(row.engagements) },
              { id: 'conversions', label: 'Paid conversions', numeric: true, cell: (row) => count(row.conversions) },
            ]}
          />
        ) : null
      }
    />
  );
}
