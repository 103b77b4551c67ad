import { useQuery } from '@apollo/client/react';
import { CompareReachDocument, type DateRange, type Platform } from '../../../generated/graphql';
import type { ReportRequest } from '../../reports/report-request.util';

/** Impressions, reach and engagements organic against paid, for the whole range and per platform. */
export function useOrganicVsPaid({
  range,
  platforms,
  skip,
}: {
  range: DateRange;
  platforms: Platform[];
  skip: boolean;
}) {
  const variables = { range, platforms: platforms.length > 0 ? platforms : null };
  const { data, loading, error } = useQuery(CompareReachDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const request: ReportRequest = { document: CompareReachDocument, variables, csv: null };
  return { split: data?.organicVsPaid, loading, error, request };
}
