/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a key may do, each role including the ones before it: VIEWER < ANALYST < UPLOADER < OWNER */
export type ApiKeyRole = 'ANALYST' | 'OWNER' | 'UPLOADER' | 'VIEWER';

/** Facts kept by id; rows are the same as in the unfiltered breakdown */
export type BreakdownFilter = {
  /** Account ids (DimensionValue.id of ACCOUNT) */
  accounts?: Array<string | number> | null | undefined;
  /** Ad set ids (DimensionValue.id of AD_SET): paid facts only, so organic is null when set */
  adSets?: Array<string> | null | undefined;
  /** Ad ids (DimensionValue.id of AD): paid facts only, so organic is null when set */
  ads?: Array<string> | null | undefined;
  /** Campaign ids (DimensionValue.id of CAMPAIGN): paid facts only, so organic is null when set */
  campaigns?: Array<string> | null | undefined;
  /** Campaign objectives: paid facts only, so organic is null when set */
  objectives?: Array<Objective> | null | undefined;
};

/** Which metric orders the breakdown rows; rows without it come last */
export type BreakdownSort = {
  /** Largest first (the default); false for smallest first */
  descending?: boolean;
  /** A metric id of the `metrics` query, e.g. "paid.spend", "organic.engagementRate" */
  metric: string | number;
};

/** Both ends included, in the workspace time zone */
export type DateRange = {
  /** The first day (YYYY-MM-DD), included */
  from: string;
  /** The last day (YYYY-MM-DD), included; not before `from` */
  to: string;
};

/** What a breakdown splits facts by (libs/metrics/src/catalogue.ts) */
export type Dimension =
  /** The ad account, page or channel. */
  | 'ACCOUNT'
  /** The ad (creative). */
  | 'AD'
  /** The ad set or ad group. */
  | 'AD_SET'
  /** Age band of the audience. */
  | 'AGE'
  /** The campaign. */
  | 'CAMPAIGN'
  /** Country of the audience. */
  | 'COUNTRY'
  /** Report day. */
  | 'DAY'
  /** Device the ad was seen on. */
  | 'DEVICE'
  /** Gender of the audience. */
  | 'GENDER'
  /** A hashtag of organic posts. */
  | 'HASHTAG'
  /** Calendar month. */
  | 'MONTH'
  /** The campaign’s objective, normalised across platforms (the raw value is its label). */
  | 'OBJECTIVE'
  /** Where the ad was shown (feed, stories…). */
  | 'PLACEMENT'
  /** The platform. */
  | 'PLATFORM'
  /** An organic post. */
  | 'POST'
  /** Region of the audience. */
  | 'REGION'
  /** ISO week, from Monday. */
  | 'WEEK';

/** Weeks start on Monday (ISO 8601) */
export type Granularity = 'DAY' | 'MONTH' | 'WEEK';

/** Where an import stands, from upload to its last row */
export type ImportStatus =
  /** Every row imported */
  | 'COMPLETED'
  /** Imported, but some rows or values were rejected: see errors */
  | 'COMPLETED_WITH_ERRORS'
  /** Nothing imported: no format reads the file, every row was rejected, or it could not be read */
  | 'FAILED'
  /** A worker is reading the file; rowsImported grows as rows are written */
  | 'PROCESSING'
  /** Uploaded and stored, waiting for a worker */
  | 'QUEUED';

/** A campaign objective, normalised across platforms from each platform's own words */
export type Objective =
  'APP_PROMOTION' | 'AWARENESS' | 'ENGAGEMENT' | 'LEADS' | 'OTHER' | 'REACH' | 'SALES' | 'TRAFFIC' | 'VIDEO_VIEWS';

/** The organic measures (catalogue) */
export type OrganicMeasure =
  'ENGAGEMENTS' | 'FOLLOWERS' | 'FOLLOWER_GROWTH' | 'IMPRESSIONS' | 'POSTS' | 'REACH' | 'VIDEO_VIEWS';

/** The paid measures (catalogue) */
export type PaidMeasure =
  'CLICKS' | 'CONVERSIONS' | 'ENGAGEMENTS' | 'IMPRESSIONS' | 'REACH' | 'REVENUE' | 'SPEND' | 'VIDEO_VIEWS';

/** A social or ad platform whose exports Tandem reads */
export type Platform =
  'FACEBOOK' | 'GOOGLE_ADS' | 'INSTAGRAM' | 'LINKEDIN' | 'PINTEREST' | 'SNAPCHAT' | 'TIKTOK' | 'X' | 'YOUTUBE';

/** How topPosts orders posts: posts that do not report the measure come last; ties go to the newest post, then by id */
export type PostSort =
  /** Most engagements first */
  | 'ENGAGEMENTS'
  /** Highest engagements ÷ impressions first */
  | 'ENGAGEMENT_RATE'
  /** Most impressions first */
  | 'IMPRESSIONS'
  /** Newest first */
  | 'PUBLISHED_AT'
  /** Most people reached first */
  | 'REACH';

export type CompareCostQueryVariables = Exact<{
  range: DateRange;
  platforms?: Array<Platform> | Platform | null | undefined;
}>;

export type CompareCostQuery = {
  costComparison: {
    warnings: Array<string>;
    organic: {
      cost: number | null;
      costCoverage: number;
      costPerEngagement: number | null;
      costPerFollowerGained: number | null;
      engagements: number | null;
      followerGrowth: number | null;
      missingMonths: Array<string>;
      months: Array<{ month: string; amount: number | null }>;
    };
    paid: {
      spend: number | null;
      conversions: number | null;
      engagements: number | null;
      cpa: number | null;
      cpaCoverage: number | null;
      costPerEngagement: number | null;
      costPerEngagementCoverage: number | null;
    };
  };
};

export type CompareGrowthQueryVariables = Exact<{
  range: DateRange;
  granularity: Granularity;
  platforms?: Array<Platform> | Platform | null | undefined;
}>;

export type CompareGrowthQuery = {
  growth: Array<{
    period: string;
    followerGrowth: number | null;
    cumulativeFollowerGrowth: number | null;
    conversions: number | null;
    cumulativeConversions: number | null;
  }>;
};

export type CompareExposureFragment = { impressions: number | null; reach: number | null; engagements: number | null };

export type ComparePaidShareFragment = { impressions: number | null; engagements: number | null };

export type CompareReachQueryVariables = Exact<{
  range: DateRange;
  platforms?: Array<Platform> | Platform | null | undefined;
}>;

export type CompareReachQuery = {
  organicVsPaid: {
    warnings: Array<string>;
    total: {
      organic: { impressions: number | null; reach: number | null; engagements: number | null };
      paid: { impressions: number | null; reach: number | null; engagements: number | null };
      paidShare: { impressions: number | null; engagements: number | null };
    };
    byPlatform: Array<{
      platform: Platform;
      organic: { impressions: number | null; reach: number | null; engagements: number | null };
      paid: { impressions: number | null; reach: number | null; engagements: number | null };
      paidShare: { impressions: number | null; engagements: number | null };
    }>;
  };
};

export type CompareReturnQueryVariables = Exact<{
  range: DateRange;
  platforms?: Array<Platform> | Platform | null | undefined;
}>;

export type CompareReturnQuery = {
  overview: {
    warnings: Array<string>;
    organic: { engagementRate: number | null; engagementRateCoverage: number | null };
    paid: { roas: number | null; roasCoverage: number | null; roi: number | null; roiCoverage: number | null };
  };
};

export type SetOrganicCostMutationVariables = Exact<{
  month: string;
  amount: number;
}>;

export type SetOrganicCostMutation = {
  setOrganicCost: { id: string; organicCosts: Array<{ month: string; amount: number }> };
};

export type DataThroughQueryVariables = Exact<{
  range: DateRange;
  platforms?: Array<Platform> | Platform | null | undefined;
}>;

export type DataThroughQuery = {
  coverage: Array<{ platform: Platform; accountId: string; accountName: string; kind: string; lastDay: string }>;
};

export type CoverageQueryVariables = Exact<{
  range: DateRange;
  platforms?: Array<Platform> | Platform | null | undefined;
}>;

export type CoverageQuery = {
  coverage: Array<{
    platform: Platform;
    accountId: string;
    accountName: string;
    kind: string;
    firstDay: string;
    lastDay: string;
    present: Array<{ from: string; to: string; days: number }>;
    missing: Array<{ from: string; to: string; days: number }>;
    restated: Array<{ days: number }>;
  }>;
};

export type ExportFormatsQueryVariables = Exact<{ [key: string]: never }>;

export type ExportFormatsQuery = { formats: Array<{ id: string; label: string }> };

export type ImportPreviewDetailsFragment = {
  id: string;
  fileName: string;
  format: string | null;
  formatLabel: string | null;
  from: string | null;
  to: string | null;
  posts: number;
  rowsRejected: number;
  warnings: Array<string>;
  committedImportId: string | null;
  accounts: Array<{ platform: Platform; accountId: string; accountName: string | null }>;
  rows: Array<{ kind: string; count: number }>;
  paid: Array<{
    currency: string | null;
    spend: string;
    revenue: string;
    conversions: string;
    impressions: number;
    clicks: number;
  }>;
  organic: { impressions: number; engagements: number; newFollowers: number };
  errors: Array<{ row: number | null; column: string | null; message: string; rowImported: boolean }>;
};

export type CommitImportPreviewMutationVariables = Exact<{
  id: string | number;
}>;

export type CommitImportPreviewMutation = {
  commitImportPreview: {
    id: string;
    fileName: string;
    format: string | null;
    status: ImportStatus;
    rowsTotal: number | null;
    rowsImported: number | null;
    rowsRejected: number | null;
    createdAt: string;
    finishedAt: string | null;
    warnings: Array<string>;
  };
};

export type ImportSummaryFragment = {
  id: string;
  fileName: string;
  format: string | null;
  status: ImportStatus;
  rowsTotal: number | null;
  rowsImported: number | null;
  rowsRejected: number | null;
  createdAt: string;
  finishedAt: string | null;
  warnings: Array<string>;
};

export type ImportsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type ImportsQuery = {
  imports: Array<{
    id: string;
    fileName: string;
    format: string | null;
    status: ImportStatus;
    rowsTotal: number | null;
    rowsImported: number | null;
    rowsRejected: number | null;
    createdAt: string;
    finishedAt: string | null;
    warnings: Array<string>;
  }>;
};

export type ImportDetailsQueryVariables = Exact<{
  id: string | number;
  firstErrors: number;
}>;

export type ImportDetailsQuery = {
  import: {
    id: string;
    status: ImportStatus;
    warnings: Array<string>;
    errors: Array<{ row: number | null; column: string | null; message: string; rowImported: boolean }>;
  } | null;
};

export type OrganicEngagementRateQueryVariables = Exact<{
  range: DateRange;
  granularity: Granularity;
  platforms?: Array<Platform> | Platform | null | undefined;
}>;

export type OrganicEngagementRateQuery = {
  timeSeries: Array<{
    period: string;
    organic: {
      engagementRate: number | null;
      engagementRateCoverage: number | null;
      engagementRateByReach: number | null;
      engagementRateByReachCoverage: number | null;
    };
  }>;
};

export type OrganicFollowersQueryVariables = Exact<{
  range: DateRange;
  by: Array<Dimension> | Dimension;
  platforms?: Array<Platform> | Platform | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type OrganicFollowersQuery = {
  breakdown: {
    edges: Array<{
      node: {
        key: Array<{ dimension: Dimension; id: string }>;
        organic: { followers: number | null; followerGrowth: number | null } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type OrganicHashtagsQueryVariables = Exact<{
  range: DateRange;
  platforms?: Array<Platform> | Platform | null | undefined;
  first: number;
}>;

export type OrganicHashtagsQuery = {
  hashtags: Array<{
    hashtag: string;
    posts: number;
    impressions: number | null;
    engagements: number | null;
    engagementRate: number | null;
    engagementRateCoverage: number | null;
  }>;
};

export type OrganicTopPostsQueryVariables = Exact<{
  range: DateRange;
  platforms?: Array<Platform> | Platform | null | undefined;
  sortBy: PostSort;
  first: number;
  after?: string | null | undefined;
}>;

export type OrganicTopPostsQuery = {
  topPosts: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        platform: Platform;
        permalink: string | null;
        text: string | null;
        type: string | null;
        publishedOn: string;
        impressions: number | null;
        reach: number | null;
        engagements: number | null;
        engagementRate: number | null;
        account: { id: string; name: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type OverviewSeriesQueryVariables = Exact<{
  range: DateRange;
  granularity: Granularity;
  platforms?: Array<Platform> | Platform | null | undefined;
}>;

export type OverviewSeriesQuery = {
  timeSeries: Array<{
    period: string;
    organicReported: Array<OrganicMeasure>;
    paidReported: Array<PaidMeasure>;
    organic: {
      followers: number | null;
      followerGrowth: number | null;
      impressions: number | null;
      reach: number | null;
      engagements: number | null;
      videoViews: number | null;
      posts: number | null;
      engagementRate: number | null;
      engagementRateCoverage: number | null;
      engagementRateByReach: number | null;
      engagementRateByReachCoverage: number | null;
    };
    paid: {
      spend: number | null;
      impressions: number | null;
      reach: number | null;
      clicks: number | null;
      conversions: number | null;
      revenue: number | null;
      engagements: number | null;
      videoViews: number | null;
      ctr: number | null;
      ctrCoverage: number | null;
      cpc: number | null;
      cpcCoverage: number | null;
      cpm: number | null;
      cpmCoverage: number | null;
      cpa: number | null;
      cpaCoverage: number | null;
      roas: number | null;
      roasCoverage: number | null;
      roi: number | null;
      roiCoverage: number | null;
      frequency: number | null;
      frequencyCoverage: number | null;
      costPerEngagement: number | null;
      costPerEngagementCoverage: number | null;
    };
  }>;
};

export type OrganicTotalsFragment = {
  followers: number | null;
  followerGrowth: number | null;
  impressions: number | null;
  reach: number | null;
  engagements: number | null;
  videoViews: number | null;
  posts: number | null;
  engagementRate: number | null;
  engagementRateCoverage: number | null;
  engagementRateByReach: number | null;
  engagementRateByReachCoverage: number | null;
};

export type PaidTotalsFragment = {
  spend: number | null;
  impressions: number | null;
  reach: number | null;
  clicks: number | null;
  conversions: number | null;
  revenue: number | null;
  engagements: number | null;
  videoViews: number | null;
  ctr: number | null;
  ctrCoverage: number | null;
  cpc: number | null;
  cpcCoverage: number | null;
  cpm: number | null;
  cpmCoverage: number | null;
  cpa: number | null;
  cpaCoverage: number | null;
  roas: number | null;
  roasCoverage: number | null;
  roi: number | null;
  roiCoverage: number | null;
  frequency: number | null;
  frequencyCoverage: number | null;
  costPerEngagement: number | null;
  costPerEngagementCoverage: number | null;
};

export type OverviewQueryVariables = Exact<{
  range: DateRange;
  compareTo?: DateRange | null | undefined;
  platforms?: Array<Platform> | Platform | null | undefined;
}>;

export type OverviewQuery = {
  overview: {
    warnings: Array<string>;
    organic: {
      followers: number | null;
      followerGrowth: number | null;
      impressions: number | null;
      reach: number | null;
      engagements: number | null;
      videoViews: number | null;
      posts: number | null;
      engagementRate: number | null;
      engagementRateCoverage: number | null;
      engagementRateByReach: number | null;
      engagementRateByReachCoverage: number | null;
    };
    paid: {
      spend: number | null;
      impressions: number | null;
      reach: number | null;
      clicks: number | null;
      conversions: number | null;
      revenue: number | null;
      engagements: number | null;
      videoViews: number | null;
      ctr: number | null;
      ctrCoverage: number | null;
      cpc: number | null;
      cpcCoverage: number | null;
      cpm: number | null;
      cpmCoverage: number | null;
      cpa: number | null;
      cpaCoverage: number | null;
      roas: number | null;
      roasCoverage: number | null;
      roi: number | null;
      roiCoverage: number | null;
      frequency: number | null;
      frequencyCoverage: number | null;
      costPerEngagement: number | null;
      costPerEngagementCoverage: number | null;
    };
    previous: {
      organic: {
        followers: number | null;
        followerGrowth: number | null;
        impressions: number | null;
        reach: number | null;
        engagements: number | null;
        videoViews: number | null;
        posts: number | null;
        engagementRate: number | null;
        engagementRateCoverage: number | null;
        engagementRateByReach: number | null;
        engagementRateByReachCoverage: number | null;
      };
      paid: {
        spend: number | null;
        impressions: number | null;
        reach: number | null;
        clicks: number | null;
        conversions: number | null;
        revenue: number | null;
        engagements: number | null;
        videoViews: number | null;
        ctr: number | null;
        ctrCoverage: number | null;
        cpc: number | null;
        cpcCoverage: number | null;
        cpm: number | null;
        cpmCoverage: number | null;
        cpa: number | null;
        cpaCoverage: number | null;
        roas: number | null;
        roasCoverage: number | null;
        roi: number | null;
        roiCoverage: number | null;
        frequency: number | null;
        frequencyCoverage: number | null;
        costPerEngagement: number | null;
        costPerEngagementCoverage: number | null;
      };
    } | null;
  };
};

export type PaidRowFiguresFragment = {
  spend: number | null;
  impressions: number | null;
  clicks: number | null;
  conversions: number | null;
  revenue: number | null;
  ctr: number | null;
  ctrCoverage: number | null;
  cpc: number | null;
  cpcCoverage: number | null;
  cpm: number | null;
  cpmCoverage: number | null;
  cpa: number | null;
  cpaCoverage: number | null;
  roas: number | null;
  roasCoverage: number | null;
  roi: number | null;
  roiCoverage: number | null;
};

export type PaidBreakdownQueryVariables = Exact<{
  range: DateRange;
  compareTo?: DateRange | null | undefined;
  platforms?: Array<Platform> | Platform | null | undefined;
  by: Array<Dimension> | Dimension;
  filter?: BreakdownFilter | null | undefined;
  sort?: BreakdownSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type PaidBreakdownQuery = {
  breakdown: {
    totalCount: number;
    warnings: Array<string>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        key: Array<{ dimension: Dimension; id: string; label: string }>;
        paid: {
          spend: number | null;
          impressions: number | null;
          clicks: number | null;
          conversions: number | null;
          revenue: number | null;
          ctr: number | null;
          ctrCoverage: number | null;
          cpc: number | null;
          cpcCoverage: number | null;
          cpm: number | null;
          cpmCoverage: number | null;
          cpa: number | null;
          cpaCoverage: number | null;
          roas: number | null;
          roasCoverage: number | null;
          roi: number | null;
          roiCoverage: number | null;
        } | null;
        previous: {
          paid: {
            spend: number | null;
            impressions: number | null;
            clicks: number | null;
            conversions: number | null;
            revenue: number | null;
            ctr: number | null;
            ctrCoverage: number | null;
            cpc: number | null;
            cpcCoverage: number | null;
            cpm: number | null;
            cpmCoverage: number | null;
            cpa: number | null;
            cpaCoverage: number | null;
            roas: number | null;
            roasCoverage: number | null;
            roi: number | null;
            roiCoverage: number | null;
          };
        } | null;
      };
    }>;
  };
};

export type PaidSpendConversionsQueryVariables = Exact<{
  range: DateRange;
  granularity: Granularity;
  platforms?: Array<Platform> | Platform | null | undefined;
}>;

export type PaidSpendConversionsQuery = {
  timeSeries: Array<{
    period: string;
    paidReported: Array<PaidMeasure>;
    paid: { spend: number | null; conversions: number | null };
  }>;
};

export type WorkspaceQueryVariables = Exact<{ [key: string]: never }>;

export type WorkspaceQuery = {
  workspace: { id: string; name: string; currency: string; timeZone: string; keyRole: ApiKeyRole };
};

export const CompareExposureFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompareExposure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Exposure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompareExposureFragment, unknown>;
export const ComparePaidShareFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComparePaidShare' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaidShare' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComparePaidShareFragment, unknown>;
export const ImportPreviewDetailsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImportPreviewDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportPreview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'format' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'platform' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paid' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revenue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conversions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organic' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newFollowers' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'posts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowsRejected' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rowImported' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committedImportId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportPreviewDetailsFragment, unknown>;
export const ImportSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImportSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Import' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'format' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowsTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowsImported' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowsRejected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportSummaryFragment, unknown>;
export const OrganicTotalsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganicTotals' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganicSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'followers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followerGrowth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoViews' } },
          { kind: 'Field', name: { kind: 'Name', value: 'posts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagementRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagementRateCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagementRateByReach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagementRateByReachCoverage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganicTotalsFragment, unknown>;
export const PaidTotalsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaidTotals' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaidSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'spend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoViews' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ctr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ctrCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpcCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpmCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpaCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roasCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roi' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roiCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frequencyCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costPerEngagement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costPerEngagementCoverage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaidTotalsFragment, unknown>;
export const PaidRowFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaidRowFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaidSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'spend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ctr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ctrCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpcCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpmCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpaCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roasCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roi' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roiCoverage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaidRowFiguresFragment, unknown>;
export const CompareCostDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompareCost' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costComparison' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organic' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costCoverage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerEngagement' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerFollowerGained' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'followerGrowth' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missingMonths' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'months' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'paid' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'spend' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conversions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cpa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cpaCoverage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerEngagement' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerEngagementCoverage' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompareCostQuery, CompareCostQueryVariables>;
export const CompareGrowthDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompareGrowth' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'granularity' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Granularity' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'growth' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'granularity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'granularity' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followerGrowth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cumulativeFollowerGrowth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conversions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cumulativeConversions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompareGrowthQuery, CompareGrowthQueryVariables>;
export const CompareReachDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompareReach' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organicVsPaid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organic' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompareExposure' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'paid' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompareExposure' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'paidShare' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComparePaidShare' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byPlatform' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'platform' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organic' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompareExposure' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'paid' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompareExposure' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'paidShare' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComparePaidShare' } }],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompareExposure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Exposure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComparePaidShare' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaidShare' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompareReachQuery, CompareReachQueryVariables>;
export const CompareReturnDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompareReturn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organic' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'engagementRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'engagementRateCoverage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'paid' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'roas' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'roasCoverage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'roi' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'roiCoverage' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompareReturnQuery, CompareReturnQueryVariables>;
export const SetOrganicCostDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetOrganicCost' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setOrganicCost' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amount' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organicCosts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetOrganicCostMutation, SetOrganicCostMutationVariables>;
export const DataThroughDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DataThrough' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coverage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'platform' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DataThroughQuery, DataThroughQueryVariables>;
export const CoverageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Coverage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coverage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'platform' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'present' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'missing' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'restated' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'days' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoverageQuery, CoverageQueryVariables>;
export const ExportFormatsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportFormats' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'formats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportFormatsQuery, ExportFormatsQueryVariables>;
export const CommitImportPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CommitImportPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commitImportPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImportSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImportSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Import' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'format' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowsTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowsImported' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowsRejected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommitImportPreviewMutation, CommitImportPreviewMutationVariables>;
export const ImportsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Imports' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'imports' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImportSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImportSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Import' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'format' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowsTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowsImported' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowsRejected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportsQuery, ImportsQueryVariables>;
export const ImportDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ImportDetails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'firstErrors' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'import' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'firstErrors' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rowImported' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportDetailsQuery, ImportDetailsQueryVariables>;
export const OrganicEngagementRateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganicEngagementRate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'granularity' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Granularity' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeSeries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'granularity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'granularity' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organic' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'engagementRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'engagementRateCoverage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'engagementRateByReach' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'engagementRateByReachCoverage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganicEngagementRateQuery, OrganicEngagementRateQueryVariables>;
export const OrganicFollowersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganicFollowers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'by' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Dimension' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'by' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'by' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'key' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'organic' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'followers' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'followerGrowth' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganicFollowersQuery, OrganicFollowersQueryVariables>;
export const OrganicHashtagsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganicHashtags' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hashtags' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'hashtag' } },
                { kind: 'Field', name: { kind: 'Name', value: 'posts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'engagementRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'engagementRateCoverage' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganicHashtagsQuery, OrganicHashtagsQueryVariables>;
export const OrganicTopPostsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganicTopPosts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sortBy' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PostSort' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'topPosts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sortBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sortBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'platform' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'account' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'permalink' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'engagementRate' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganicTopPostsQuery, OrganicTopPostsQueryVariables>;
export const OverviewSeriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OverviewSeries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'granularity' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Granularity' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeSeries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'granularity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'granularity' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organic' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganicTotals' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'paid' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaidTotals' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'organicReported' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paidReported' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganicTotals' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganicSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'followers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followerGrowth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoViews' } },
          { kind: 'Field', name: { kind: 'Name', value: 'posts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagementRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagementRateCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagementRateByReach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagementRateByReachCoverage' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaidTotals' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaidSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'spend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoViews' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ctr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ctrCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpcCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpmCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpaCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roasCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roi' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roiCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frequencyCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costPerEngagement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costPerEngagementCoverage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewSeriesQuery, OverviewSeriesQueryVariables>;
export const OverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Overview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'compareTo' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'compareTo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'compareTo' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organic' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganicTotals' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'paid' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaidTotals' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'previous' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organic' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganicTotals' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'paid' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaidTotals' } }],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganicTotals' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganicSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'followers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followerGrowth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoViews' } },
          { kind: 'Field', name: { kind: 'Name', value: 'posts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagementRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagementRateCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagementRateByReach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagementRateByReachCoverage' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaidTotals' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaidSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'spend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoViews' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ctr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ctrCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpcCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpmCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpaCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roasCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roi' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roiCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frequencyCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costPerEngagement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costPerEngagementCoverage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const PaidBreakdownDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PaidBreakdown' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'compareTo' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'by' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Dimension' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BreakdownFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BreakdownSort' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'compareTo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'compareTo' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'by' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'by' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'key' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'paid' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaidRowFigures' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'previous' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'paid' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaidRowFigures' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaidRowFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaidSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'spend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impressions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ctr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ctrCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpcCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpmCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpaCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roasCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roi' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roiCoverage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaidBreakdownQuery, PaidBreakdownQueryVariables>;
export const PaidSpendConversionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PaidSpendConversions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'granularity' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Granularity' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeSeries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'granularity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'granularity' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'paid' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'spend' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conversions' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'paidReported' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaidSpendConversionsQuery, PaidSpendConversionsQueryVariables>;
export const WorkspaceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Workspace' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workspace' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyRole' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkspaceQuery, WorkspaceQueryVariables>;
