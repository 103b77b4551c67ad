import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import {
  OrganicFollowersDocument,
  type DateRange,
  type Granularity,
  type OrganicFollowersQuery,
  type Platform,
} from '../../../generated/graphql';
import type { ReportRequest } from '../../reports/report-request.util';
import { followersByPlatform, seriesPeriods } from '../organic-series.util';

/** The API's largest breakdown page: most ranges fit in one. */
const PAGE_SIZE = 500;

interface FollowersInput {
  range: DateRange;
  granularity: Granularity;
  platforms: Platform[];
  skip: boolean;
}

const appendPage = (
  previous: OrganicFollowersQuery,
  { fetchMoreResult }: { fetchMoreResult: OrganicFollowersQuery },
): OrganicFollowersQuery => ({
  breakdown: { ...fetchMoreResult.breakdown, edges: [...previous.breakdown.edges, ...fetchMoreResult.breakdown.edges] },
});

/**
 * Followers and follower growth per platform and period, from one `breakdown(by: [PLATFORM, <period>])` rather than
 * one `timeSeries` per platform: a single request whatever the number of platforms, and its follower counts are read
 * at each period's last day per platform, as timeSeries reads them for all platforms together. Its rows exist only
 * where facts do, so a missing row is a gap. A line needs every row: the next pages are asked for as soon as a page
 * arrives.
 */
export function useOrganicFollowers({ range, granularity, platforms, skip }: FollowersInput) {
  const variables = {
    range,
    by: ['PLATFORM' as const, granularity],
    platforms: platforms.length > 0 ? platforms : null,
    first: PAGE_SIZE,
  };
  const { data, loading, error, fetchMore } = useQuery(OrganicFollowersDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const [pageError, setPageError] = useState<Error>();
  const pageInfo = data?.breakdown.pageInfo;
  const nextCursor = pageInfo?.hasNextPage ? pageInfo.endCursor : null;

  useEffect(() => {
    if (nextCursor) fetchMore({ variables: { after: nextCursor }, updateQuery: appendPage }).catch(setPageError);
  }, [nextCursor, fetchMore]);

  const periods = seriesPeriods(range, granularity);
  const complete = data !== undefined && nextCursor === null;
  const request: ReportRequest = { document: OrganicFollowersDocument, variables, csv: 'breakdown' };
  return {
    periods,
    lines: complete
      ? followersByPlatform(
          data.breakdown.edges.map((edge) => edge.node),
          periods,
          granularity,
        )
      : undefined,
    loading: loading || (data !== undefined && !complete),
    error: error ?? pageError,
    request,
  };
}
