import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  PaidBreakdownDocument,
  type BreakdownFilter,
  type BreakdownSort,
  type Dimension,
  type PaidBreakdownQuery,
  type Platform,
} from '../../../generated/graphql';
import type { DashboardPeriod } from '../../dashboard/hooks/useDashboardPeriod';
import type { ReportRequest } from '../../reports/report-request.util';

/** Rows asked for at a time; "Show more" asks for the next as many. */
export const PAGE_SIZE = 50;

interface PaidBreakdownInput {
  period: DashboardPeriod;
  platforms: readonly Platform[];
  by: Dimension[];
  filter: BreakdownFilter | null;
  sort: BreakdownSort | null;
}

type Breakdown = PaidBreakdownQuery['breakdown'];

/** The rows joined to the next page's: the cache keeps the whole list under the first page's variables. */
const appendPage = (shown: PaidBreakdownQuery, { fetchMoreResult }: { fetchMoreResult: PaidBreakdownQuery }) => ({
  breakdown: { ...fetchMoreResult.breakdown, edges: [...shown.breakdown.edges, ...fetchMoreResult.breakdown.edges] },
});

/**
 * One breakdown of the paid side, a page at a time. While the same rows load again (another order, another period),
 * the rows shown stay, so the table does not jump; other rows (another campaign's ad sets) are not shown meanwhile.
 */
export function usePaidBreakdown({ period, platforms, by, filter, sort }: PaidBreakdownInput) {
  const variables = {
    range: period.range,
    compareTo: period.compareTo,
    platforms: platforms.length > 0 ? [...platforms] : null,
    by,
    filter,
    sort,
    first: PAGE_SIZE,
  };
  const { data, loading, error, fetchMore } = useQuery(PaidBreakdownDocument, { variables, skip: !period.ready });
  const [loadingMore, setLoadingMore] = useState(false);
  const kind = JSON.stringify([by, filter]);
  const [kept, setKept] = useState<{ kind: string; breakdown: Breakdown } | null>(null);
  if (data && kept?.breakdown !== data.breakdown) setKept({ kind, breakdown: data.breakdown }); // React's "state from props"
  const breakdown = data?.breakdown ?? (kept?.kind === kind ? kept.breakdown : undefined);
  const request: ReportRequest = { document: PaidBreakdownDocument, variables, csv: 'breakdown' };

  const showMore = async () => {
    const after = breakdown?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after }, updateQuery: appendPage });
    } finally {
      setLoadingMore(false);
    }
  };
  return { breakdown, loading: loading || !period.ready, loadingMore, error, request, showMore };
}
