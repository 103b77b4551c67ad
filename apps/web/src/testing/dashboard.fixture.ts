import { CoverageDocument, DataThroughDocument, type Platform } from '../generated/graphql';

/**
 * The last day with data, as the dashboard's presets ask for it (any look-back, any platforms): by default the
 * fixtures' "today", 2026-11-29, so that presets end today.
 */
export function dataThroughMock(lastDay = '2026-11-29', platform: Platform = 'FACEBOOK') {
  return {
    request: { query: DataThroughDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        coverage: [
          { __typename: 'CoverageRow', platform, accountId: 'acct-1', accountName: 'Acme', kind: 'paid', lastDay },
        ],
      },
    },
  };
}

/** The coverage strip's answer for any range: nothing missing, nothing to flag. */
export const coverageMock = {
  request: { query: CoverageDocument, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { coverage: [] } },
};
