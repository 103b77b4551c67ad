import type { EngagementsConversionsSeriesQuery, Granularity } from '../../generated/graphql';
import { formatDay } from './date-range.util';

export interface EngagementsConversionsPoint {
  period: string;
  label: string;
  /** null where nothing imported measured it in the period: the chart leaves a gap instead of plotting a false zero. */
  engagements: number | null;
  conversions: number | null;
}

export const GRANULARITY_LABELS: Readonly<Record<Granularity, string>> = { DAY: 'Day', WEEK: 'Week', MONTH: 'Month' };

export function formatSeriesPeriod(period: string, granularity: Granularity, locale?: string): string {
  switch (granularity) {
    case 'DAY':
      return formatDay(period, { month: 'short', day: 'numeric' }, locale);
    case 'WEEK':
      return `Week of ${formatDay(period, { month: 'short', day: 'numeric' }, locale)}`;
    case 'MONTH':
      return formatDay(period, { month: 'short', year: 'numeric' }, locale);
  }
}

export function toEngagementsConversionsPoints(
  series: EngagementsConversionsSeriesQuery['timeSeries'],
  granularity: Granularity,
  locale?: string,
): EngagementsConversionsPoint[] {
  return series.map((point) => ({
    period: point.period,
    label: formatSeriesPeriod(point.period, granularity, locale),
    engagements: point.organicReported.includes('ENGAGEMENTS') ? point.organic.engagements : null,
    conversions: point.paidReported.includes('CONVERSIONS') ? point.paid.conversions : null,
  }));
}
