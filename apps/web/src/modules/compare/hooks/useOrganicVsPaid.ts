import { CompareReachDocument } from '../../../generated/graphql';
import { useReportQuery, type ReportSlice } from '../../reports/hooks/useReportQuery';

/** Impressions, reach and engagements organic against paid, for the whole range and per platform. */
export function useOrganicVsPaid(slice: ReportSlice) {
  const { data, ...rest } = useReportQuery(CompareReachDocument, slice, 'organic-vs-paid');
  return { split: data?.organicVsPaid, ...rest };
}
