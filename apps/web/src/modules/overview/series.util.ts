import type { EngagementsConversionsSeriesQuery, Granularity } from '../../generated/graphql';
import { formatDay } from './date-range.util';

export interface EngagementsConversionsPoint {
  period: string;
  label: string;
  engagements: number;
  conversions: number;
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
    engagements: point.organic.engagements,
    conversions: point.paid.conversions,
  }));
}
