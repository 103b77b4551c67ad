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

/** A measure's value in a period, or null (a gap) when the period's facts do not report it. */
function reported<Measure extends string>(value: number | null, measures: readonly Measure[], measure: Measure) {
  return measures.includes(measure) ? value : null;
}

export function toEngagementsConversionsPoints(
  series: EngagementsConversionsSeriesQuery['timeSeries'],
  granularity: Granularity,
  locale?: string,
): EngagementsConversionsPoint[] {
  return series.map((point) => ({
    period: point.period,
    label: formatSeriesPeriod(point.period, granularity, locale),
    engagements: reported(point.organic.engagements, point.organicReported, 'ENGAGEMENTS'),
    conversions: reported(point.paid.conversions, point.paidReported, 'CONVERSIONS'),
  }));
}

/** False when no period has either measure: the chart would be empty axes. */
export function hasReportedPoint(points: readonly EngagementsConversionsPoint[]): boolean {
  return points.some((point) => point.engagements !== null || point.conversions !== null);
}
