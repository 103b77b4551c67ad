import { useQuery } from '@apollo/client/react';
import { OverviewSeriesDocument, type DateRange, type Granularity, type Platform } from '../../../generated/graphql';
import type { ReportRequest } from '../../reports/report-request.util';

interface SeriesInput {
  range: DateRange;
  granularity: Granularity;
  platforms: Platform[];
  skip: boolean;
}

/** Every figure per period, for the cards' sparklines and the Overview's chart. */
export function useOverviewSeries({ range, granularity, platforms, skip }: SeriesInput) {
  const variables = { range, granularity, platforms: platforms.length > 0 ? platforms : null };
  const { data, loading, error } = useQuery(OverviewSeriesDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const request: ReportRequest = { document: OverviewSeriesDocument, variables, csv: 'time-series' };
  return { series: data?.timeSeries, loading, error, request };
}
