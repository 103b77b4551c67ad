import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { DateRange, Granularity, Platform } from '../../../generated/graphql';
import type { CsvReport, ReportRequest } from '../report-request.util';

/** What a dashboard report asks: the range, the platforms (none means all), for a series its granularity. */
export interface ReportSlice {
  range: DateRange;
  platforms: readonly Platform[];
  granularity?: Granularity;
  /** True while the period is not known yet. */
  skip: boolean;
}

/**
 * A report's query over a slice, asked again on every visit (finished imports show), with the request it ran for the
 * panel's CSV and copy buttons.
 */
export function useReportQuery<Data, Variables extends OperationVariables>(
  document: TypedDocumentNode<Data, Variables>,
  { range, platforms, granularity, skip }: ReportSlice,
  csv: CsvReport | null,
) {
  const variables = {
    range,
    platforms: platforms.length > 0 ? [...platforms] : null,
    ...(granularity && { granularity }),
  };
  // Every report document takes these variables (a granularity only for series): checked by codegen's types there.
  const asked = variables as unknown as Variables;
  const { data, loading, error } = useQuery(document, { variables: asked, fetchPolicy: 'cache-and-network', skip });
  const request: ReportRequest = { document, variables, csv };
  return { data, loading, error, request };
}
