import { useQuery } from '@apollo/client/react';
import { CompareCostDocument, type DateRange, type Platform } from '../../../generated/graphql';
import type { ReportRequest } from '../../reports/report-request.util';

export function useCostComparison({
  range,
  platforms,
  skip,
}: {
  range: DateRange;
  platforms: Platform[];
  skip: boolean;
}) {
  const variables = { range, platforms: platforms.length > 0 ? platforms : null };
  const { data, loading, error } = useQuery(CompareCostDocument, { variables, fetchPolicy: 'cache-and-network', skip });
  const request: ReportRequest = { document: CompareCostDocument, variables, csv: null };
  return { costs: data?.costComparison, loading, error, request };
}
