import { useQuery } from '@apollo/client/react';
import { OrganicHashtagsDocument, type DateRange, type Platform } from '../../../generated/graphql';
import type { ReportRequest } from '../../reports/report-request.util';

/** The most engaging hashtags shown; the CSV holds as many. */
export const HASHTAGS_SHOWN = 50;

interface HashtagsInput {
  range: DateRange;
  platforms: Platform[];
  skip: boolean;
}

export function useHashtags({ range, platforms, skip }: HashtagsInput) {
  const variables = { range, platforms: platforms.length > 0 ? platforms : null, first: HASHTAGS_SHOWN };
  const { data, loading, error } = useQuery(OrganicHashtagsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const request: ReportRequest = { document: OrganicHashtagsDocument, variables, csv: 'hashtags' };
  return { hashtags: data?.hashtags, loading, error, request };
}
