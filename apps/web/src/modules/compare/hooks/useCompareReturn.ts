import { CompareReturnDocument } from '../../../generated/graphql';
import { useReportQuery, type ReportSlice } from '../../reports/hooks/useReportQuery';

/** ROAS and ROI next to the organic engagement rate, each over the facts that report both of its figures. */
export function useCompareReturn(slice: ReportSlice) {
  const { data, ...rest } = useReportQuery(CompareReturnDocument, slice, null);
  return { figures: data?.overview, ...rest };
}
