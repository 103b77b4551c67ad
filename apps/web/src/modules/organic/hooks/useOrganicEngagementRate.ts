import { OrganicEngagementRateDocument } from '../../../generated/graphql';
import { useReportQuery, type ReportSlice } from '../../reports/hooks/useReportQuery';

/** Engagement rate by impressions and by reach per period, every platform asked together. */
export function useOrganicEngagementRate(slice: ReportSlice) {
  const { data, ...rest } = useReportQuery(OrganicEngagementRateDocument, slice, 'time-series');
  return { points: data?.timeSeries, ...rest };
}
