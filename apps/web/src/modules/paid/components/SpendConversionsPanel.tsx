import type { Granularity, Platform } from '../../../generated/graphql';
import { GranularityPicker } from '../../dashboard/components/GranularityPicker';
import { earlierDay } from '../../dashboard/date-range.util';
import { formatSeriesPeriod, GRANULARITY_LABELS, unfinishedFrom } from '../../dashboard/granularity.util';
import type { DashboardPeriod } from '../../dashboard/hooks/useDashboardPeriod';
import { formatAxisNumber, formatMetric, NOT_REPORTED, type FormatContext } from '../../dashboard/metric-format.util';
import { DataTable } from '../../reports/components/DataTable';
import { ReportPanel } from '../../reports/components/ReportPanel';
import { TimeChart } from '../../reports/components/TimeChart';
import { useSpendConversions } from '../hooks/useSpendConversions';
import { paidLabel } from '../paid-view.util';
import type { SpendConversionsPoint } from '../spend-conversions.util';

interface SpendConversionsPanelProps {
  period: DashboardPeriod;
  platforms: readonly Platform[];
  granularity: Granularity;
  onGranularity: (granularity: Granularity) => void;
  format: FormatContext;
}

const SPEND = paidLabel('spend');
const CONVERSIONS = paidLabel('conversions');

const shown = (value: number | null, unit: 'money' | 'count', format: FormatContext) =>
  value === null ? NOT_REPORTED : formatMetric(value, unit, format);

/** Spend as bars against conversions as a line, per period: whether more money bought more results. */
export function SpendConversionsPanel({
  period,
  platforms,
  granularity,
  onGranularity,
  format,
}: SpendConversionsPanelProps) {
  const { points, loading, error, request } = useSpendConversions({ period, platforms, granularity });
  const periods = points?.map((point) => point.period) ?? [];
  const lastDay = period.dataThrough ? earlierDay(period.range.to, period.dataThrough) : period.range.to;
  const unfinished = unfinishedFrom(periods, granularity, lastDay);
  const nothing = points?.every((point) => point.spend === null && point.conversions === null);
  const per = GRANULARITY_LABELS[granularity].toLowerCase();
  return (
    <ReportPanel
      title={`${SPEND} vs ${CONVERSIONS.toLowerCase()}`}
      caption={`Per ${per} · ${period.label} · spend in ${format.currency}, conversions counted · all campaigns · no comparison${
        unfinished === null ? '' : ' · shaded: a period not over yet'
      }`}
      testId="paid-spend-conversions"
      request={request}
      loading={loading}
      error={error}
      controls={<GranularityPicker value={granularity} onChange={onGranularity} />}
      empty={
        nothing ? (
          <p className="muted" data-testid="paid-spend-conversions-empty">
            Not reported: no imported export gives spend or conversions in this period. Upload an ads export with one
            row per day (a Meta Ads Manager export broken down by Day, a Google Ads report with the Day segment…).
          </p>
        ) : undefined
      }
      chart={
        <TimeChart
          testId="paid-spend-conversions-chart"
          periods={periods}
          unfinishedFrom={unfinished}
          lines={[
            {
              label: `${SPEND} (${format.currency})`,
              values: points?.map((point) => point.spend) ?? [],
              color: '#2456d6',
              axis: 'left',
              format: formatAxisNumber,
              bars: true,
            },
            {
              label: CONVERSIONS,
              values: points?.map((point) => point.conversions) ?? [],
              color: '#b45309',
              axis: 'right',
              format: formatAxisNumber,
            },
          ]}
        />
      }
      table={
        points ? (
          <DataTable<SpendConversionsPoint>
            caption={`${SPEND} and ${CONVERSIONS.toLowerCase()} per ${per}, ${period.label}`}
            testId="paid-spend-conversions-table"
            rowKey={(point) => point.period}
            rows={points}
            columns={[
              {
                id: 'period',
                label: GRANULARITY_LABELS[granularity],
                cell: (point) =>
                  `${formatSeriesPeriod(point.period, granularity)}${
                    unfinished !== null && periods.indexOf(point.period) >= unfinished ? ' (not over yet)' : ''
                  }`,
              },
              {
                id: 'spend',
                label: `${SPEND} (${format.currency})`,
                numeric: true,
                cell: (point) => shown(point.spend, 'money', format),
              },
              {
                id: 'conversions',
                label: CONVERSIONS,
                numeric: true,
                cell: (point) => shown(point.conversions, 'count', format),
              },
            ]}
          />
        ) : null
      }
    />
  );
}
