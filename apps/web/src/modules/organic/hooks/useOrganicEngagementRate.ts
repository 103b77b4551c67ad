import { useQuery } from '@apollo/client/react';
import {
  OrganicEngagementRateDocument,
  type DateRange,
  type Granularity,
  type Platform,
} from '../../../generated/graphql';
import type { ReportRequest } from '../../reports/report-request.util';

interface EngagementRateInput {
  range: DateRange;
  granularity: Granularity;
  platforms: Platform[];
  skip: boolean;
}

/** Engagement rate by impressions and by reach per period, every platform asked together. */
export function useOrganicEngagementRate({ range, granularity, platforms, skip }: EngagementRateInput) {
  const variables = { range, granularity, platforms: platforms.length > 0 ? platforms : null };
  const { data, loading, error } = useQuery(OrganicEngagementRateDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const request: ReportRequest = { document: OrganicEngagementRateDocument, variables, csv: 'time-series' };
  return { points: data?.timeSeries, loading, error, request };
}
