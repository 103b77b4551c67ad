import { useQuery } from '@apollo/client/react';
import { OverviewDocument, type DateRange, type Platform } from '../../../generated/graphql';
import { buildKpiCards } from '../kpi-cards.util';
import type { FormatContext } from '../metric-format.util';

interface OverviewKpisInput {
  range: DateRange;
  compareTo: DateRange | null;
  platforms: Platform[];
  format: FormatContext;
}

/** Overview totals as KPI cards; asks the API again on every visit so that finished imports show. */
export function useOverviewKpis({ range, compareTo, platforms, format }: OverviewKpisInput) {
  const { data, loading, error } = useQuery(OverviewDocument, {
    variables: { range, compareTo, platforms: platforms.length > 0 ? platforms : null },
    fetchPolicy: 'cache-and-network',
  });
  const overview = data?.overview;
  // undefined: not comparing; null: comparing, but the API had no previous totals.
  const previous = compareTo ? (overview?.previous ?? null) : undefined;
  return {
    organicCards:
      overview &&
      buildKpiCards({ side: 'organic', current: overview.organic, previous: previous && previous.organic, format }),
    paidCards:
      overview && buildKpiCards({ side: 'paid', current: overview.paid, previous: previous && previous.paid, format }),
    warnings: overview?.warnings ?? [],
    loading,
    error,
  };
}
