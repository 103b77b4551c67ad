import { OverviewSeriesDocument } from '../../../generated/graphql';
import { useReportQuery, type ReportSlice } from '../../reports/hooks/useReportQuery';

/** Every figure per period, for the cards' sparklines and the Overview's chart. */
export function useOverviewSeries(slice: ReportSlice) {
  const { data, ...rest } = useReportQuery(OverviewSeriesDocument, slice, 'time-series');
  return { series: data?.timeSeries, ...rest };
}
