import {
  OverviewDocument,
  OverviewSeriesDocument,
  WorkspaceDocument,
  type DateRange,
  type Granularity,
  type OrganicTotalsFragment,
  type PaidTotalsFragment,
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

/** Organic totals with every catalogue field; reach is not reported (no export gives it for exactly the range). */
export const organicTotals = (
  engagements: number,
  patch: Partial<OrganicTotalsFragment> = {},
): OrganicTotalsFragment => ({
  followers: 5000,
  followerGrowth: 120,
  impressions: 40_000,
  reach: null,
  engagements,
  videoViews: 900,
  posts: 12,
  engagementRate: engagements / 40_000,
  engagementRateCoverage: 1,
  engagementRateByReach: null,
  engagementRateByReachCoverage: null,
  ...patch,
});

/** Share of spend held by the exports that report revenue: ROAS and ROI are computed over it. */
export const REVENUE_SPEND_SHARE = 0.39;

/** Paid totals with every catalogue field; reach (so frequency) is not reported, revenue only by part of the spend. */
export const paidTotals = (spend: number, patch: Partial<PaidTotalsFragment> = {}): PaidTotalsFragment => {
  const revenueSpend = spend * REVENUE_SPEND_SHARE;
  return {
    spend,
    impressions: 100_000,
    reach: null,
    clicks: 2000,
    conversions: 80,
    revenue: 6000,
    engagements: 3000,
    videoViews: 12_000,
    ctr: 0.02,
    ctrCoverage: 1,
    cpc: spend / 2000,
    cpcCoverage: 1,
    cpm: (1000 * spend) / 100_000,
    cpmCoverage: 1,
    cpa: spend / 80,
    cpaCoverage: 1,
    roas: 6000 / revenueSpend,
    roasCoverage: REVENUE_SPEND_SHARE,
    roi: (6000 - revenueSpend) / revenueSpend,
    roiCoverage: REVENUE_SPEND_SHARE,
    frequency: null,
    frequencyCoverage: null,
    costPerEngagement: spend / 3000,
    costPerEngagementCoverage: 1,
    ...patch,
  };
};

/**
 * The overview's answer: `spend` changes with the filters, the rest stays put. The previous period has no video views
 * (its exports did not give them).
 */
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
          organic: { __typename: 'OrganicSummary', ...organicTotals(2000) },
          paid: { __typename: 'PaidSummary', ...paidTotals(spend) },
          previous: {
            __typename: 'OverviewTotals',
            organic: { __typename: 'OrganicSummary', ...organicTotals(1600, { videoViews: null }) },
            paid: { __typename: 'PaidSummary', ...paidTotals(1000) },
          },
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
      query: OverviewSeriesDocument,
      variables: { range, granularity, platforms },
    },
    result: { data: { timeSeries: [] } },
  };
}
