import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  OrganicTopPostsDocument,
  type DateRange,
  type OrganicTopPostsQuery,
  type Platform,
  type PostSort,
} from '../../../generated/graphql';
import type { ReportRequest } from '../../reports/report-request.util';

export const TOP_POSTS_PAGE = 20;

interface TopPostsInput {
  range: DateRange;
  platforms: Platform[];
  sortBy: PostSort;
  skip: boolean;
}

const appendPage = (
  previous: OrganicTopPostsQuery,
  { fetchMoreResult }: { fetchMoreResult: OrganicTopPostsQuery },
): OrganicTopPostsQuery => ({
  topPosts: { ...fetchMoreResult.topPosts, edges: [...previous.topPosts.edges, ...fetchMoreResult.topPosts.edges] },
});

/** Posts published in the range, best first by `sortBy`, a page at a time ("Show more" asks after the last one). */
export function useTopPosts({ range, platforms, sortBy, skip }: TopPostsInput) {
  const variables = { range, platforms: platforms.length > 0 ? platforms : null, sortBy, first: TOP_POSTS_PAGE };
  const { data, loading, error, fetchMore } = useQuery(OrganicTopPostsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const [more, setMore] = useState<{ loading: boolean; error?: Error }>({ loading: false });
  const pageInfo = data?.topPosts.pageInfo;

  const showMore = () => {
    if (!pageInfo?.hasNextPage) return;
    setMore({ loading: true });
    fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendPage }).then(
      () => setMore({ loading: false }),
      (failure: Error) => setMore({ loading: false, error: failure }),
    );
  };

  const request: ReportRequest = { document: OrganicTopPostsDocument, variables, csv: 'top-posts' };
  return {
    posts: data?.topPosts.edges.map((edge) => edge.node),
    totalCount: data?.topPosts.totalCount ?? 0,
    hasMore: pageInfo?.hasNextPage ?? false,
    showMore,
    loadingMore: more.loading,
    loading,
    error: error ?? more.error,
    request,
  };
}
