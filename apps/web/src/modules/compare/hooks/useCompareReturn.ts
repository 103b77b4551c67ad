import { useQuery } from '@apollo/client/react';
import { CompareReturnDocument, type DateRange, type Platform } from '../../../generated/graphql';
import type { ReportRequest } from '../../reports/report-request.util';

/** ROAS and ROI next to the organic engagement rate, each over the facts that report both of its figures. */
export function useCompareReturn({
  range,
  platforms,
  skip,
}: {
  range: DateRange;
  platforms: Platform[];
  skip: boolean;
}) {
  const variables = { range, platforms: platforms.length > 0 ? platforms : null };
  const { data, loading, error } = useQuery(CompareReturnDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const request: ReportRequest = { document: CompareReturnDocument, variables, csv: null };
  return { figures: data?.overview, loading, error, request };
}
