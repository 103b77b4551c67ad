import {
  CompareCostDocument,
  CompareGrowthDocument,
  CompareReachDocument,
  CompareReturnDocument,
  SetOrganicCostDocument,
} from '../generated/graphql';
import { DAYS, week } from './organic.fixture';

const scope = { range: week, platforms: null };

/** 1,868 followers gained (half of them by Nov 26) and 412 conversions (100 of them on Nov 26). */
const followerGrowth = [100, 300, 500, 268, 200, 300, 200];
const conversions = [50, 60, 40, 100, 62, 50, 50];
const runningTotal = (values: number[], index: number) =>
  values.slice(0, index + 1).reduce((sum, value) => sum + value, 0);

export const growthMock = {
  request: { query: CompareGrowthDocument, variables: { ...scope, granularity: 'DAY' } },
  result: {
    data: {
      growth: DAYS.map((period, index) => ({
        __typename: 'GrowthPoint',
        period,
        followerGrowth: followerGrowth[index],
        cumulativeFollowerGrowth: runningTotal(followerGrowth, index),
        conversions: conversions[index],
        cumulativeConversions: runningTotal(conversions, index),
      })),
    },
  },
};

const organicEffort = (cost: number | null) => ({
  __typename: 'OrganicEffort',
  cost,
  costCoverage: cost === null ? 0 : 1,
  costPerEngagement: cost === null ? null : cost / 2000,
  costPerFollowerGained: cost === null ? null : cost / 1868,
  engagements: 2000,
  followerGrowth: 1868,
  missingMonths: cost === null ? ['2026-11'] : [],
  months: [{ __typename: 'OrganicCostMonth', month: '2026-11', amount: cost === null ? null : 3000 }],
});

/** No organic cost entered for November until `cost` is given. */
export function costMock(cost: number | null = null) {
  return {
    request: { query: CompareCostDocument, variables: scope },
    result: {
      data: {
        costComparison: {
          __typename: 'CostComparison',
          organic: organicEffort(cost),
          paid: {
            __typename: 'PaidSummary',
            spend: 4120,
            conversions: 412,
            engagements: 3000,
            cpa: 10,
            cpaCoverage: 1,
            costPerEngagement: 4120 / 3000,
            costPerEngagementCoverage: 0.9,
          },
          warnings: ['The organic cost is the whole workspace’s, whichever platforms are chosen.'],
        },
      },
    },
  };
}

export const setCostMock = {
  request: { query: SetOrganicCostDocument, variables: { month: '2026-11', amount: 3000 } },
  result: {
    data: {
      setOrganicCost: {
        __typename: 'Workspace',
        id: 'ws-1',
        organicCosts: [{ __typename: 'OrganicMonthlyCost', month: '2026-11', amount: 3000 }],
      },
    },
  },
};

const exposure = (impressions: number | null, reach: number | null, engagements: number | null) => ({
  __typename: 'Exposure',
  impressions,
  reach,
  engagements,
});
const share = (impressions: number | null, engagements: number | null) => ({
  __typename: 'PaidShare',
  impressions,
  engagements,
});

export const reachMock = {
  request: { query: CompareReachDocument, variables: scope },
  result: {
    data: {
      organicVsPaid: {
        __typename: 'OrganicVsPaid',
        total: {
          __typename: 'OrganicVsPaidSplit',
          organic: exposure(40_000, null, 2000),
          paid: exposure(120_000, null, 3000),
          paidShare: share(0.75, 0.6),
        },
        byPlatform: [
          {
            __typename: 'OrganicVsPaidPlatform',
            platform: 'FACEBOOK',
            organic: exposure(30_000, 21_000, 1500),
            paid: exposure(90_000, 60_000, 3000),
            paidShare: share(0.75, 2 / 3),
          },
          {
            __typename: 'OrganicVsPaidPlatform',
            platform: 'INSTAGRAM',
            organic: exposure(10_000, 7000, 500),
            paid: exposure(30_000, null, null),
            paidShare: share(0.75, null),
          },
        ],
        warnings: ['3 rows in GBP are left out of money totals until a rate is known.'],
      },
    },
  },
};

export const returnMock = {
  request: { query: CompareReturnDocument, variables: scope },
  result: {
    data: {
      overview: {
        __typename: 'Overview',
        organic: { __typename: 'OrganicSummary', engagementRate: 0.032, engagementRateCoverage: 1 },
        paid: { __typename: 'PaidSummary', roas: 2.4, roasCoverage: 0.39, roi: 1.4, roiCoverage: 0.39 },
        warnings: [],
      },
    },
  },
};
