import {
  OrganicEngagementRateDocument,
  OrganicFollowersDocument,
  OrganicHashtagsDocument,
  OrganicTopPostsDocument,
  type DateRange,
  type PostSort,
} from '../generated/graphql';
import { coverageMock } from './dashboard.fixture';
import type { DashboardPeriod } from '../modules/dashboard/hooks/useDashboardPeriod';
import { formatPeriod } from '../modules/dashboard/date-range.util';

/** One week of data, Monday to Sunday, not compared: the organic and compare pages' tests read it day by day. */
export const week: DateRange = { from: '2026-11-23', to: '2026-11-29' };
export const DAYS = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];

export const weekPeriod: DashboardPeriod = {
  ready: true,
  range: week,
  compareTo: null,
  compareMode: 'off',
  activePreset: null,
  label: formatPeriod(week),
  compareLabel: '',
  compareDates: '',
  dataThrough: week.to,
  runsPastData: false,
  lastDay: week.to,
};

const row = (platform: string, day: string, followers: number | null, followerGrowth: number | null) => ({
  __typename: 'BreakdownEdge',
  node: {
    __typename: 'BreakdownRow',
    key: [
      { __typename: 'DimensionValue', dimension: 'PLATFORM', id: platform },
      { __typename: 'DimensionValue', dimension: 'DAY', id: day },
    ],
    organic:
      followers === null && followerGrowth === null
        ? null
        : { __typename: 'OrganicSummary', followers, followerGrowth },
  },
});

/** Facebook every day but Nov 25; Instagram from Nov 27; Google Ads (paid only) is no line. */
export const followersMock = {
  request: {
    query: OrganicFollowersDocument,
    variables: { range: week, by: ['PLATFORM', 'DAY'], platforms: null, first: 500 },
  },
  result: {
    data: {
      breakdown: {
        __typename: 'BreakdownConnection',
        edges: [
          ...DAYS.filter((day) => day !== '2026-11-25').map((day, index) =>
            row('FACEBOOK', day, 5000 + index * 10, 10),
          ),
          row('INSTAGRAM', '2026-11-27', 1200, -3),
          row('INSTAGRAM', '2026-11-28', 1210, 10),
          row('INSTAGRAM', '2026-11-29', 1215, 5),
          row('GOOGLE_ADS', '2026-11-27', null, null),
        ],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'r10' },
      },
    },
  },
};

const organicRates = (engagementRate: number | null, engagementRateByReach: number | null) => ({
  __typename: 'OrganicSummary',
  engagementRate,
  engagementRateCoverage: engagementRate === null ? null : 0.8,
  engagementRateByReach,
  engagementRateByReachCoverage: engagementRateByReach === null ? null : 1,
});

/** Reach is reported on the first two days only; Nov 29 has no facts at all. */
export const engagementRateMock = {
  request: { query: OrganicEngagementRateDocument, variables: { range: week, granularity: 'DAY', platforms: null } },
  result: {
    data: {
      timeSeries: DAYS.map((period, index) => ({
        __typename: 'SeriesPoint',
        period,
        organic: organicRates(index === 6 ? null : 0.05, index < 2 ? 0.125 : null),
      })),
    },
  },
};

export const postNode = (id: string, patch: Record<string, unknown> = {}) => ({
  __typename: 'Post',
  id,
  platform: 'INSTAGRAM',
  account: { __typename: 'PostAccount', id: 'acc-ig', name: 'Acme Instagram' },
  permalink: `https://www.instagram.com/p/${id}/`,
  text: 'Our autumn collection is here: knitted scarves, wool hats and the warmest socks we have ever made #autumn #knit',
  type: 'IG image',
  publishedOn: '2026-11-24',
  impressions: 10_000,
  reach: 8000,
  engagements: 600,
  engagementRate: 0.06,
  ...patch,
});

const postsPage = (nodes: ReturnType<typeof postNode>[], hasNextPage: boolean, totalCount: number) => ({
  data: {
    topPosts: {
      __typename: 'PostConnection',
      totalCount,
      edges: nodes.map((node) => ({ __typename: 'PostEdge', cursor: `cursor-${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `cursor-${nodes.at(-1)?.id}` },
    },
  },
});

export function topPostsMock(sortBy: PostSort = 'ENGAGEMENTS', after?: string) {
  const variables = { range: week, platforms: null, sortBy, first: 20, ...(after ? { after } : {}) };
  const result = after
    ? postsPage([postNode('p3', { platform: 'FACEBOOK', permalink: null, type: null })], false, 3)
    : postsPage([postNode('p1'), postNode('p2', { reach: null, engagementRate: null, impressions: null })], true, 3);
  return { request: { query: OrganicTopPostsDocument, variables }, result };
}

export const hashtagsMock = {
  request: { query: OrganicHashtagsDocument, variables: { range: week, platforms: null, first: 50 } },
  result: {
    data: {
      hashtags: [
        {
          __typename: 'HashtagStats',
          hashtag: 'autumn',
          posts: 4,
          impressions: 12_000,
          engagements: 420,
          engagementRate: 0.035,
          engagementRateCoverage: 0.8,
        },
        {
          __typename: 'HashtagStats',
          hashtag: 'knit',
          posts: 1,
          impressions: null,
          engagements: 30,
          engagementRate: null,
          engagementRateCoverage: null,
        },
      ],
    },
  },
};

/** The same questions answered with nothing imported. */
export const emptyOrganicMocks = [
  coverageMock,
  { ...followersMock, result: { data: { breakdown: { ...followersMock.result.data.breakdown, edges: [] } } } },
  {
    ...engagementRateMock,
    result: {
      data: {
        timeSeries: DAYS.map((period) => ({ __typename: 'SeriesPoint', period, organic: organicRates(null, null) })),
      },
    },
  },
  { ...topPostsMock(), result: postsPage([], false, 0) },
  { ...hashtagsMock, result: { data: { hashtags: [] } } },
];
