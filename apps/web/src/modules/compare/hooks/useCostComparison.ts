import { CompareCostDocument } from '../../../generated/graphql';
import { useReportQuery, type ReportSlice } from '../../reports/hooks/useReportQuery';

/** Paid spend and costs next to the organic effort of the range. */
export function useCostComparison(slice: ReportSlice) {
  const { data, ...rest } = useReportQuery(CompareCostDocument, slice, null);
  return { costs: data?.costComparison, ...rest };
}
