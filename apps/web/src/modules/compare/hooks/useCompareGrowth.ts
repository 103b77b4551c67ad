import { CompareGrowthDocument } from '../../../generated/graphql';
import { useReportQuery, type ReportSlice } from '../../reports/hooks/useReportQuery';
import { timeFrameSeries } from '../time-frame.util';

/** Followers gained next to paid conversions per period, and their shares of the range's totals. */
export function useCompareGrowth(slice: ReportSlice) {
  const { data, ...rest } = useReportQuery(CompareGrowthDocument, slice, 'growth');
  return { points: data?.growth, series: data && timeFrameSeries(data.growth), ...rest };
}
