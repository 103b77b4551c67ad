import { useQuery } from '@apollo/client/react';
import { PaidSpendConversionsDocument, type Granularity, type Platform } from '../../../generated/graphql';
import type { DashboardPeriod } from '../../dashboard/hooks/useDashboardPeriod';
import type { ReportRequest } from '../../reports/report-request.util';
import { spendConversionsPoints } from '../spend-conversions.util';

interface SpendConversionsInput {
  period: DashboardPeriod;
  platforms: readonly Platform[];
  granularity: Granularity;
}

/** Spend and conversions per period of the dashboard's granularity, gaps where a period does not report them. */
export function useSpendConversions({ period, platforms, granularity }: SpendConversionsInput) {
  const variables = {
    range: period.range,
    granularity,
    platforms: platforms.length > 0 ? [...platforms] : null,
  };
  const { data, loading, error } = useQuery(PaidSpendConversionsDocument, { variables, skip: !period.ready });
  const request: ReportRequest = { document: PaidSpendConversionsDocument, variables, csv: 'time-series' };
  return {
    points: data ? spendConversionsPoints(data.timeSeries) : undefined,
    loading: loading || !period.ready,
    error,
    request,
  };
}
