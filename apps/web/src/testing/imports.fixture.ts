import { ImportsDocument, type ImportStatus, type ImportSummaryFragment } from '../generated/graphql';

/** One import as the `imports` list answers it; a finished one has its counts, a pending one has none yet. */
export function importOf(
  status: ImportStatus,
  id = 'imp-1',
  fileName = 'meta-ads.csv',
  patch: Partial<ImportSummaryFragment> = {},
) {
  const finished = status === 'COMPLETED';
  return {
    __typename: 'Import' as const,
    id,
    fileName,
    format: 'tandem-paid',
    status,
    rowsTotal: 10,
    rowsImported: finished ? 10 : null,
    rowsRejected: finished ? 0 : null,
    createdAt: '2026-11-29T10:00:00Z',
    finishedAt: finished ? '2026-11-29T10:00:02Z' : null,
    warnings: [],
    changes: finished
      ? ({
          __typename: 'ImportChanges',
          rowsInserted: 10,
          rowsRestated: 0,
          rowsUnchanged: 0,
          daysTouched: 5,
          spend: 120.5,
          conversions: 4,
          revenue: 0,
          impressions: 1000,
          engagements: 0,
        } as ImportSummaryFragment['changes'])
      : null,
    ...patch,
  } satisfies ImportSummaryFragment & { __typename: 'Import' };
}

/** One answer of the `imports` query, as the page asks it (the latest 50). */
export const importsMock = (imports: ReturnType<typeof importOf>[]) => ({
  request: { query: ImportsDocument, variables: { first: 50 } },
  result: { data: { imports } },
});
