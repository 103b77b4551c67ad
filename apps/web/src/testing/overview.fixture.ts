import {
  EngagementsConversionsSeriesDocument,
  OverviewDocument,
  WorkspaceDocument,
  type DateRange,
  type Granularity,
  type Platform,
} from '../generated/graphql';

/** "Today" in these fixtures is 2026-11-29, in a workspace on UTC that counts money in EUR. */
export const workspace = {
  __typename: 'Workspace',
  id: 'ws-1',
  name: 'Acme',
  currency: 'EUR',
  timeZone: 'UTC',
  keyRole: 'OWNER',
} as const;
export const workspaceMock = { request: { query: WorkspaceDocument }, result: { data: { workspace } } };

const last30Days = { from: '2026-10-31', to: '2026-11-29' };
const the30DaysBefore = { from: '2026-10-01', to: '2026-10-30' };

const organic = (engagements: number) => ({
  __typename: 'OrganicSummary',
  followers: 5000,
  followerGrowth: 120,
  impressions: 40_000,
  engagements,
  engagementRate: engagements / 40_000,
  posts: 12,
});
const paid = (spend: number) => ({
  __typename: 'PaidSummary',
  spend,
  impressions: 100_000,
  clicks: 2000,
  conversions: 80,
  revenue: 6000,
  ctr: 0.02,
  cpc: spend / 2000,
  cpa: spend / 80,
  roas: 6000 / spend,
  roi: (6000 - spend) / spend,
});

/** The overview's answer: `spend` changes with the filters, the rest stays put. */
export function overviewMock(
  platforms: Platform[] | null,
  spend: number,
  range: DateRange = last30Days,
  compareTo: DateRange | null = the30DaysBefore,
) {
  return {
    request: { query: OverviewDocument, variables: { range, compareTo, platforms } },
    result: {
      data: {
        overview: {
          __typename: 'Overview',
          organic: organic(2000),
          paid: paid(spend),
          previous: { __typename: 'OverviewTotals', organic: organic(1600), paid: paid(1000) },
          warnings: ['3 rows in GBP are left out of money totals until a rate is known.'],
        },
      },
    },
  };
}

export function seriesMock(
  platforms: Platform[] | null,
  range: DateRange = last30Days,
  granularity: Granularity = 'DAY',
) {
  return {
    request: {
      query: EngagementsConversionsSeriesDocument,
      variables: { range, granularity, platforms },
    },
    result: { data: { timeSeries: [] } },
  };
}
