import { useQuery } from '@apollo/client/react';
import { CompareGrowthDocument, type DateRange, type Granularity, type Platform } from '../../../generated/graphql';
import type { ReportRequest } from '../../reports/report-request.util';
import { timeFrameSeries } from '../time-frame.util';

interface GrowthInput {
  range: DateRange;
  granularity: Granularity;
  platforms: Platform[];
  skip: boolean;
}

/** Followers gained next to paid conversions per period, and their shares of the range's totals. */
export function useCompareGrowth({ range, granularity, platforms, skip }: GrowthInput) {
  const variables = { range, granularity, platforms: platforms.length > 0 ? platforms : null };
  const { data, loading, error } = useQuery(CompareGrowthDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const request: ReportRequest = { document: CompareGrowthDocument, variables, csv: null };
  return { points: data?.growth, series: data && timeFrameSeries(data.growth), loading, error, request };
}
