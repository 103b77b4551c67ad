import type { Granularity, Platform } from '../../../generated/graphql';
import { GRANULARITY_LABELS, unfinishedFrom } from '../../dashboard/granularity.util';
import type { DashboardPeriod } from '../../dashboard/hooks/useDashboardPeriod';
import type { FormatContext } from '../../dashboard/metric-format.util';
import { PairChartPanel } from '../../reports/components/PairChartPanel';
import { captionOf, unfinishedNote } from '../../reports/report-caption.util';
import { useSpendConversions } from '../hooks/useSpendConversions';
import { paidLabel } from '../paid-view.util';

interface SpendConversionsPanelProps {
  period: DashboardPeriod;
  platforms: readonly Platform[];
  granularity: Granularity;
  onGranularity: (granularity: Granularity) => void;
  format: FormatContext;
}

const SPEND = paidLabel('spend');
const CONVERSIONS = paidLabel('conversions');

/** Spend as bars against conversions as a line, per period: whether more money bought more results. */
export function SpendConversionsPanel({
  period,
  platforms,
  granularity,
  onGranularity,
  format,
}: SpendConversionsPanelProps) {
  const { points, loading, error, request } = useSpendConversions({ period, platforms, granularity });
  const periods = points?.map((point) => point.period);
  const unfinished = unfinishedFrom(periods ?? [], granularity, period.lastDay);
  return (
    <PairChartPanel
      title={`${SPEND} vs ${CONVERSIONS.toLowerCase()}`}
      caption={captionOf(
        `Per ${GRANULARITY_LABELS[granularity].toLowerCase()}`,
        period.label,
        `spend in ${format.currency}, conversions counted`,
        'all campaigns',
        'no comparison',
        unfinishedNote(unfinished, granularity),
      )}
      testId="paid-spend-conversions"
      request={request}
      loading={loading}
      error={error}
      granularity={granularity}
      onGranularity={onGranularity}
      periods={periods}
      unfinished={unfinished}
      format={format}
      left={{
        label: `${SPEND} (${format.currency})`,
        values: points?.map((point) => point.spend) ?? [],
        unit: 'money',
        color: '#2456d6',
        bars: true,
      }}
      right={{
        label: CONVERSIONS,
        values: points?.map((point) => point.conversions) ?? [],
        unit: 'count',
        color: '#b45309',
      }}
      empty={
        <p className="muted" data-testid="paid-spend-conversions-empty">
          Not reported: no imported export gives spend or conversions in this period. Upload an ads export with one row
          per day (a Meta Ads Manager export broken down by Day, a Google Ads report with the Day segment…).
        </p>
      }
    />
  );
}
