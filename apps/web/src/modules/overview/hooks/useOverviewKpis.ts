import { useQuery } from '@apollo/client/react';
import { OverviewDocument, type DateRange, type Platform } from '../../../generated/graphql';
import { buildKpiCards } from '../kpi-cards.util';
import type { FormatContext } from '../../dashboard/metric-format.util';
import type { OverviewSeriesPoint } from '../series.util';

interface OverviewKpisInput {
  range: DateRange;
  compareTo: DateRange | null;
  platforms: Platform[];
  format: FormatContext;
  /** True until the period is known. */
  skip: boolean;
  series: readonly OverviewSeriesPoint[] | undefined;
  previousIsAdjacent: boolean;
}

/** Overview totals as KPI cards; asks the API again on every visit so that finished imports show. */
export function useOverviewKpis(input: OverviewKpisInput) {
  const { range, compareTo, platforms, format, skip, series, previousIsAdjacent } = input;
  const { data, loading, error } = useQuery(OverviewDocument, {
    variables: { range, compareTo, platforms: platforms.length > 0 ? platforms : null },
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const overview = data?.overview;
  // undefined: not comparing; null: comparing, but the API had no previous totals.
  const previous = compareTo ? (overview?.previous ?? null) : undefined;
  const cardsOf = (side: 'organic' | 'paid') =>
    overview &&
    buildKpiCards({
      side,
      current: overview[side],
      previous: previous && previous[side],
      format,
      series,
      previousIsAdjacent,
    });
  return {
    organicCards: cardsOf('organic'),
    paidCards: cardsOf('paid'),
    warnings: overview?.warnings ?? [],
    loading,
    error,
  };
}
