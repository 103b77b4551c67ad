/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'query CompareCost($range: DateRange!, $platforms: [Platform!]) {\n  costComparison(range: $range, platforms: $platforms) {\n    organic {\n      cost\n      costCoverage\n      costPerEngagement\n      costPerFollowerGained\n      engagements\n      followerGrowth\n      missingMonths\n      months {\n        month\n        amount\n      }\n    }\n    paid {\n      spend\n      conversions\n      engagements\n      cpa\n      cpaCoverage\n      costPerEngagement\n      costPerEngagementCoverage\n    }\n    warnings\n  }\n}': typeof types.CompareCostDocument;
  'query CompareGrowth($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  growth(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    followerGrowth\n    cumulativeFollowerGrowth\n    conversions\n    cumulativeConversions\n  }\n}': typeof types.CompareGrowthDocument;
  'fragment CompareExposure on Exposure {\n  impressions\n  reach\n  engagements\n}\n\nfragment ComparePaidShare on PaidShare {\n  impressions\n  engagements\n}\n\nquery CompareReach($range: DateRange!, $platforms: [Platform!]) {\n  organicVsPaid(range: $range, platforms: $platforms) {\n    total {\n      organic {\n        ...CompareExposure\n      }\n      paid {\n        ...CompareExposure\n      }\n      paidShare {\n        ...ComparePaidShare\n      }\n    }\n    byPlatform {\n      platform\n      organic {\n        ...CompareExposure\n      }\n      paid {\n        ...CompareExposure\n      }\n      paidShare {\n        ...ComparePaidShare\n      }\n    }\n    warnings\n  }\n}': typeof types.CompareExposureFragmentDoc;
  'query CompareReturn($range: DateRange!, $platforms: [Platform!]) {\n  overview(range: $range, platforms: $platforms) {\n    organic {\n      engagementRate\n      engagementRateCoverage\n    }\n    paid {\n      roas\n      roasCoverage\n      roi\n      roiCoverage\n    }\n    warnings\n  }\n}': typeof types.CompareReturnDocument;
  'mutation SetOrganicCost($month: String!, $amount: Float!) {\n  setOrganicCost(month: $month, amount: $amount) {\n    id\n    organicCosts {\n      month\n      amount\n    }\n  }\n}': typeof types.SetOrganicCostDocument;
  'query DataThrough($range: DateRange!, $platforms: [Platform!]) {\n  coverage(range: $range, platforms: $platforms) {\n    platform\n    accountId\n    accountName\n    kind\n    lastDay\n  }\n}\n\nquery Coverage($range: DateRange!, $platforms: [Platform!]) {\n  coverage(range: $range, platforms: $platforms) {\n    platform\n    accountId\n    accountName\n    kind\n    firstDay\n    lastDay\n    present {\n      from\n      to\n      days\n    }\n    missing {\n      from\n      to\n      days\n    }\n    restated {\n      days\n    }\n  }\n}': typeof types.DataThroughDocument;
  'query ExportFormats {\n  formats {\n    id\n    label\n  }\n}': typeof types.ExportFormatsDocument;
  'fragment ImportPreviewDetails on ImportPreview {\n  id\n  fileName\n  format\n  formatLabel\n  from\n  to\n  accounts {\n    platform\n    accountId\n    accountName\n  }\n  rows {\n    kind\n    count\n  }\n  paid {\n    currency\n    spend\n    revenue\n    conversions\n    impressions\n    clicks\n  }\n  organic {\n    impressions\n    engagements\n    newFollowers\n  }\n  posts\n  rowsRejected\n  errors {\n    row\n    column\n    message\n    rowImported\n  }\n  warnings\n  committedImportId\n}\n\nmutation CommitImportPreview($id: ID!) {\n  commitImportPreview(id: $id) {\n    ...ImportSummary\n  }\n}': typeof types.ImportPreviewDetailsFragmentDoc;
  'fragment ImportSummary on Import {\n  id\n  fileName\n  format\n  status\n  rowsTotal\n  rowsImported\n  rowsRejected\n  createdAt\n  finishedAt\n  warnings\n}\n\nquery Imports($first: Int) {\n  imports(first: $first) {\n    ...ImportSummary\n  }\n}\n\nquery ImportDetails($id: ID!, $firstErrors: Int!) {\n  import(id: $id) {\n    id\n    status\n    errors(first: $firstErrors) {\n      row\n      column\n      message\n      rowImported\n    }\n    warnings\n  }\n}': typeof types.ImportSummaryFragmentDoc;
  'query OrganicEngagementRate($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    organic {\n      engagementRate\n      engagementRateCoverage\n      engagementRateByReach\n      engagementRateByReachCoverage\n    }\n  }\n}': typeof types.OrganicEngagementRateDocument;
  'query OrganicFollowers($range: DateRange!, $by: [Dimension!]!, $platforms: [Platform!], $first: Int!, $after: String) {\n  breakdown(\n    range: $range\n    by: $by\n    platforms: $platforms\n    first: $first\n    after: $after\n  ) {\n    edges {\n      node {\n        key {\n          dimension\n          id\n        }\n        organic {\n          followers\n          followerGrowth\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.OrganicFollowersDocument;
  'query OrganicHashtags($range: DateRange!, $platforms: [Platform!], $first: Int!) {\n  hashtags(range: $range, platforms: $platforms, first: $first) {\n    hashtag\n    posts\n    impressions\n    engagements\n    engagementRate\n    engagementRateCoverage\n  }\n}': typeof types.OrganicHashtagsDocument;
  'query OrganicTopPosts($range: DateRange!, $platforms: [Platform!], $sortBy: PostSort!, $first: Int!, $after: String) {\n  topPosts(\n    range: $range\n    platforms: $platforms\n    sortBy: $sortBy\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        platform\n        account {\n          id\n          name\n        }\n        permalink\n        text\n        type\n        publishedOn\n        impressions\n        reach\n        engagements\n        engagementRate\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.OrganicTopPostsDocument;
  'query OverviewSeries($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    organic {\n      ...OrganicTotals\n    }\n    paid {\n      ...PaidTotals\n    }\n    organicReported\n    paidReported\n  }\n}': typeof types.OverviewSeriesDocument;
  'fragment OrganicTotals on OrganicSummary {\n  followers\n  followerGrowth\n  impressions\n  reach\n  engagements\n  videoViews\n  posts\n  engagementRate\n  engagementRateCoverage\n  engagementRateByReach\n  engagementRateByReachCoverage\n}\n\nfragment PaidTotals on PaidSummary {\n  spend\n  impressions\n  reach\n  clicks\n  conversions\n  revenue\n  engagements\n  videoViews\n  ctr\n  ctrCoverage\n  cpc\n  cpcCoverage\n  cpm\n  cpmCoverage\n  cpa\n  cpaCoverage\n  roas\n  roasCoverage\n  roi\n  roiCoverage\n  frequency\n  frequencyCoverage\n  costPerEngagement\n  costPerEngagementCoverage\n}\n\nquery Overview($range: DateRange!, $compareTo: DateRange, $platforms: [Platform!]) {\n  overview(range: $range, compareTo: $compareTo, platforms: $platforms) {\n    organic {\n      ...OrganicTotals\n    }\n    paid {\n      ...PaidTotals\n    }\n    previous {\n      organic {\n        ...OrganicTotals\n      }\n      paid {\n        ...PaidTotals\n      }\n    }\n    warnings\n  }\n}': typeof types.OrganicTotalsFragmentDoc;
  'fragment PaidRowFigures on PaidSummary {\n  spend\n  impressions\n  clicks\n  conversions\n  revenue\n  ctr\n  ctrCoverage\n  cpc\n  cpcCoverage\n  cpm\n  cpmCoverage\n  cpa\n  cpaCoverage\n  roas\n  roasCoverage\n  roi\n  roiCoverage\n}\n\nquery PaidBreakdown($range: DateRange!, $compareTo: DateRange, $platforms: [Platform!], $by: [Dimension!]!, $filter: BreakdownFilter, $sort: BreakdownSort, $first: Int!, $after: String) {\n  breakdown(\n    range: $range\n    compareTo: $compareTo\n    platforms: $platforms\n    by: $by\n    filter: $filter\n    sort: $sort\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    warnings\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        key {\n          dimension\n          id\n          label\n        }\n        paid {\n          ...PaidRowFigures\n        }\n        previous {\n          paid {\n            ...PaidRowFigures\n          }\n        }\n      }\n    }\n  }\n}\n\nquery PaidSpendConversions($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    paid {\n      spend\n      conversions\n    }\n    paidReported\n  }\n}': typeof types.PaidRowFiguresFragmentDoc;
  'query Workspace {\n  workspace {\n    id\n    name\n    currency\n    timeZone\n    keyRole\n  }\n}': typeof types.WorkspaceDocument;
};
const documents: Documents = {
  'query CompareCost($range: DateRange!, $platforms: [Platform!]) {\n  costComparison(range: $range, platforms: $platforms) {\n    organic {\n      cost\n      costCoverage\n      costPerEngagement\n      costPerFollowerGained\n      engagements\n      followerGrowth\n      missingMonths\n      months {\n        month\n        amount\n      }\n    }\n    paid {\n      spend\n      conversions\n      engagements\n      cpa\n      cpaCoverage\n      costPerEngagement\n      costPerEngagementCoverage\n    }\n    warnings\n  }\n}':
    types.CompareCostDocument,
  'query CompareGrowth($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  growth(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    followerGrowth\n    cumulativeFollowerGrowth\n    conversions\n    cumulativeConversions\n  }\n}':
    types.CompareGrowthDocument,
  'fragment CompareExposure on Exposure {\n  impressions\n  reach\n  engagements\n}\n\nfragment ComparePaidShare on PaidShare {\n  impressions\n  engagements\n}\n\nquery CompareReach($range: DateRange!, $platforms: [Platform!]) {\n  organicVsPaid(range: $range, platforms: $platforms) {\n    total {\n      organic {\n        ...CompareExposure\n      }\n      paid {\n        ...CompareExposure\n      }\n      paidShare {\n        ...ComparePaidShare\n      }\n    }\n    byPlatform {\n      platform\n      organic {\n        ...CompareExposure\n      }\n      paid {\n        ...CompareExposure\n      }\n      paidShare {\n        ...ComparePaidShare\n      }\n    }\n    warnings\n  }\n}':
    types.CompareExposureFragmentDoc,
  'query CompareReturn($range: DateRange!, $platforms: [Platform!]) {\n  overview(range: $range, platforms: $platforms) {\n    organic {\n      engagementRate\n      engagementRateCoverage\n    }\n    paid {\n      roas\n      roasCoverage\n      roi\n      roiCoverage\n    }\n    warnings\n  }\n}':
    types.CompareReturnDocument,
  'mutation SetOrganicCost($month: String!, $amount: Float!) {\n  setOrganicCost(month: $month, amount: $amount) {\n    id\n    organicCosts {\n      month\n      amount\n    }\n  }\n}':
    types.SetOrganicCostDocument,
  'query DataThrough($range: DateRange!, $platforms: [Platform!]) {\n  coverage(range: $range, platforms: $platforms) {\n    platform\n    accountId\n    accountName\n    kind\n    lastDay\n  }\n}\n\nquery Coverage($range: DateRange!, $platforms: [Platform!]) {\n  coverage(range: $range, platforms: $platforms) {\n    platform\n    accountId\n    accountName\n    kind\n    firstDay\n    lastDay\n    present {\n      from\n      to\n      days\n    }\n    missing {\n      from\n      to\n      days\n    }\n    restated {\n      days\n    }\n  }\n}':
    types.DataThroughDocument,
  'query ExportFormats {\n  formats {\n    id\n    label\n  }\n}': types.ExportFormatsDocument,
  'fragment ImportPreviewDetails on ImportPreview {\n  id\n  fileName\n  format\n  formatLabel\n  from\n  to\n  accounts {\n    platform\n    accountId\n    accountName\n  }\n  rows {\n    kind\n    count\n  }\n  paid {\n    currency\n    spend\n    revenue\n    conversions\n    impressions\n    clicks\n  }\n  organic {\n    impressions\n    engagements\n    newFollowers\n  }\n  posts\n  rowsRejected\n  errors {\n    row\n    column\n    message\n    rowImported\n  }\n  warnings\n  committedImportId\n}\n\nmutation CommitImportPreview($id: ID!) {\n  commitImportPreview(id: $id) {\n    ...ImportSummary\n  }\n}':
    types.ImportPreviewDetailsFragmentDoc,
  'fragment ImportSummary on Import {\n  id\n  fileName\n  format\n  status\n  rowsTotal\n  rowsImported\n  rowsRejected\n  createdAt\n  finishedAt\n  warnings\n}\n\nquery Imports($first: Int) {\n  imports(first: $first) {\n    ...ImportSummary\n  }\n}\n\nquery ImportDetails($id: ID!, $firstErrors: Int!) {\n  import(id: $id) {\n    id\n    status\n    errors(first: $firstErrors) {\n      row\n      column\n      message\n      rowImported\n    }\n    warnings\n  }\n}':
    types.ImportSummaryFragmentDoc,
  'query OrganicEngagementRate($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    organic {\n      engagementRate\n      engagementRateCoverage\n      engagementRateByReach\n      engagementRateByReachCoverage\n    }\n  }\n}':
    types.OrganicEngagementRateDocument,
  'query OrganicFollowers($range: DateRange!, $by: [Dimension!]!, $platforms: [Platform!], $first: Int!, $after: String) {\n  breakdown(\n    range: $range\n    by: $by\n    platforms: $platforms\n    first: $first\n    after: $after\n  ) {\n    edges {\n      node {\n        key {\n          dimension\n          id\n        }\n        organic {\n          followers\n          followerGrowth\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.OrganicFollowersDocument,
  'query OrganicHashtags($range: DateRange!, $platforms: [Platform!], $first: Int!) {\n  hashtags(range: $range, platforms: $platforms, first: $first) {\n    hashtag\n    posts\n    impressions\n    engagements\n    engagementRate\n    engagementRateCoverage\n  }\n}':
    types.OrganicHashtagsDocument,
  'query OrganicTopPosts($range: DateRange!, $platforms: [Platform!], $sortBy: PostSort!, $first: Int!, $after: String) {\n  topPosts(\n    range: $range\n    platforms: $platforms\n    sortBy: $sortBy\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        platform\n        account {\n          id\n          name\n        }\n        permalink\n        text\n        type\n        publishedOn\n        impressions\n        reach\n        engagements\n        engagementRate\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.OrganicTopPostsDocument,
  'query OverviewSeries($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    organic {\n      ...OrganicTotals\n    }\n    paid {\n      ...PaidTotals\n    }\n    organicReported\n    paidReported\n  }\n}':
    types.OverviewSeriesDocument,
  'fragment OrganicTotals on OrganicSummary {\n  followers\n  followerGrowth\n  impressions\n  reach\n  engagements\n  videoViews\n  posts\n  engagementRate\n  engagementRateCoverage\n  engagementRateByReach\n  engagementRateByReachCoverage\n}\n\nfragment PaidTotals on PaidSummary {\n  spend\n  impressions\n  reach\n  clicks\n  conversions\n  revenue\n  engagements\n  videoViews\n  ctr\n  ctrCoverage\n  cpc\n  cpcCoverage\n  cpm\n  cpmCoverage\n  cpa\n  cpaCoverage\n  roas\n  roasCoverage\n  roi\n  roiCoverage\n  frequency\n  frequencyCoverage\n  costPerEngagement\n  costPerEngagementCoverage\n}\n\nquery Overview($range: DateRange!, $compareTo: DateRange, $platforms: [Platform!]) {\n  overview(range: $range, compareTo: $compareTo, platforms: $platforms) {\n    organic {\n      ...OrganicTotals\n    }\n    paid {\n      ...PaidTotals\n    }\n    previous {\n      organic {\n        ...OrganicTotals\n      }\n      paid {\n        ...PaidTotals\n      }\n    }\n    warnings\n  }\n}':
    types.OrganicTotalsFragmentDoc,
  'fragment PaidRowFigures on PaidSummary {\n  spend\n  impressions\n  clicks\n  conversions\n  revenue\n  ctr\n  ctrCoverage\n  cpc\n  cpcCoverage\n  cpm\n  cpmCoverage\n  cpa\n  cpaCoverage\n  roas\n  roasCoverage\n  roi\n  roiCoverage\n}\n\nquery PaidBreakdown($range: DateRange!, $compareTo: DateRange, $platforms: [Platform!], $by: [Dimension!]!, $filter: BreakdownFilter, $sort: BreakdownSort, $first: Int!, $after: String) {\n  breakdown(\n    range: $range\n    compareTo: $compareTo\n    platforms: $platforms\n    by: $by\n    filter: $filter\n    sort: $sort\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    warnings\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        key {\n          dimension\n          id\n          label\n        }\n        paid {\n          ...PaidRowFigures\n        }\n        previous {\n          paid {\n            ...PaidRowFigures\n          }\n        }\n      }\n    }\n  }\n}\n\nquery PaidSpendConversions($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    paid {\n      spend\n      conversions\n    }\n    paidReported\n  }\n}':
    types.PaidRowFiguresFragmentDoc,
  'query Workspace {\n  workspace {\n    id\n    name\n    currency\n    timeZone\n    keyRole\n  }\n}':
    types.WorkspaceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CompareCost($range: DateRange!, $platforms: [Platform!]) {\n  costComparison(range: $range, platforms: $platforms) {\n    organic {\n      cost\n      costCoverage\n      costPerEngagement\n      costPerFollowerGained\n      engagements\n      followerGrowth\n      missingMonths\n      months {\n        month\n        amount\n      }\n    }\n    paid {\n      spend\n      conversions\n      engagements\n      cpa\n      cpaCoverage\n      costPerEngagement\n      costPerEngagementCoverage\n    }\n    warnings\n  }\n}',
): (typeof documents)['query CompareCost($range: DateRange!, $platforms: [Platform!]) {\n  costComparison(range: $range, platforms: $platforms) {\n    organic {\n      cost\n      costCoverage\n      costPerEngagement\n      costPerFollowerGained\n      engagements\n      followerGrowth\n      missingMonths\n      months {\n        month\n        amount\n      }\n    }\n    paid {\n      spend\n      conversions\n      engagements\n      cpa\n      cpaCoverage\n      costPerEngagement\n      costPerEngagementCoverage\n    }\n    warnings\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CompareGrowth($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  growth(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    followerGrowth\n    cumulativeFollowerGrowth\n    conversions\n    cumulativeConversions\n  }\n}',
): (typeof documents)['query CompareGrowth($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  growth(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    followerGrowth\n    cumulativeFollowerGrowth\n    conversions\n    cumulativeConversions\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment CompareExposure on Exposure {\n  impressions\n  reach\n  engagements\n}\n\nfragment ComparePaidShare on PaidShare {\n  impressions\n  engagements\n}\n\nquery CompareReach($range: DateRange!, $platforms: [Platform!]) {\n  organicVsPaid(range: $range, platforms: $platforms) {\n    total {\n      organic {\n        ...CompareExposure\n      }\n      paid {\n        ...CompareExposure\n      }\n      paidShare {\n        ...ComparePaidShare\n      }\n    }\n    byPlatform {\n      platform\n      organic {\n        ...CompareExposure\n      }\n      paid {\n        ...CompareExposure\n      }\n      paidShare {\n        ...ComparePaidShare\n      }\n    }\n    warnings\n  }\n}',
): (typeof documents)['fragment CompareExposure on Exposure {\n  impressions\n  reach\n  engagements\n}\n\nfragment ComparePaidShare on PaidShare {\n  impressions\n  engagements\n}\n\nquery CompareReach($range: DateRange!, $platforms: [Platform!]) {\n  organicVsPaid(range: $range, platforms: $platforms) {\n    total {\n      organic {\n        ...CompareExposure\n      }\n      paid {\n        ...CompareExposure\n      }\n      paidShare {\n        ...ComparePaidShare\n      }\n    }\n    byPlatform {\n      platform\n      organic {\n        ...CompareExposure\n      }\n      paid {\n        ...CompareExposure\n      }\n      paidShare {\n        ...ComparePaidShare\n      }\n    }\n    warnings\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CompareReturn($range: DateRange!, $platforms: [Platform!]) {\n  overview(range: $range, platforms: $platforms) {\n    organic {\n      engagementRate\n      engagementRateCoverage\n    }\n    paid {\n      roas\n      roasCoverage\n      roi\n      roiCoverage\n    }\n    warnings\n  }\n}',
): (typeof documents)['query CompareReturn($range: DateRange!, $platforms: [Platform!]) {\n  overview(range: $range, platforms: $platforms) {\n    organic {\n      engagementRate\n      engagementRateCoverage\n    }\n    paid {\n      roas\n      roasCoverage\n      roi\n      roiCoverage\n    }\n    warnings\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SetOrganicCost($month: String!, $amount: Float!) {\n  setOrganicCost(month: $month, amount: $amount) {\n    id\n    organicCosts {\n      month\n      amount\n    }\n  }\n}',
): (typeof documents)['mutation SetOrganicCost($month: String!, $amount: Float!) {\n  setOrganicCost(month: $month, amount: $amount) {\n    id\n    organicCosts {\n      month\n      amount\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query DataThrough($range: DateRange!, $platforms: [Platform!]) {\n  coverage(range: $range, platforms: $platforms) {\n    platform\n    accountId\n    accountName\n    kind\n    lastDay\n  }\n}\n\nquery Coverage($range: DateRange!, $platforms: [Platform!]) {\n  coverage(range: $range, platforms: $platforms) {\n    platform\n    accountId\n    accountName\n    kind\n    firstDay\n    lastDay\n    present {\n      from\n      to\n      days\n    }\n    missing {\n      from\n      to\n      days\n    }\n    restated {\n      days\n    }\n  }\n}',
): (typeof documents)['query DataThrough($range: DateRange!, $platforms: [Platform!]) {\n  coverage(range: $range, platforms: $platforms) {\n    platform\n    accountId\n    accountName\n    kind\n    lastDay\n  }\n}\n\nquery Coverage($range: DateRange!, $platforms: [Platform!]) {\n  coverage(range: $range, platforms: $platforms) {\n    platform\n    accountId\n    accountName\n    kind\n    firstDay\n    lastDay\n    present {\n      from\n      to\n      days\n    }\n    missing {\n      from\n      to\n      days\n    }\n    restated {\n      days\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ExportFormats {\n  formats {\n    id\n    label\n  }\n}',
): (typeof documents)['query ExportFormats {\n  formats {\n    id\n    label\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ImportPreviewDetails on ImportPreview {\n  id\n  fileName\n  format\n  formatLabel\n  from\n  to\n  accounts {\n    platform\n    accountId\n    accountName\n  }\n  rows {\n    kind\n    count\n  }\n  paid {\n    currency\n    spend\n    revenue\n    conversions\n    impressions\n    clicks\n  }\n  organic {\n    impressions\n    engagements\n    newFollowers\n  }\n  posts\n  rowsRejected\n  errors {\n    row\n    column\n    message\n    rowImported\n  }\n  warnings\n  committedImportId\n}\n\nmutation CommitImportPreview($id: ID!) {\n  commitImportPreview(id: $id) {\n    ...ImportSummary\n  }\n}',
): (typeof documents)['fragment ImportPreviewDetails on ImportPreview {\n  id\n  fileName\n  format\n  formatLabel\n  from\n  to\n  accounts {\n    platform\n    accountId\n    accountName\n  }\n  rows {\n    kind\n    count\n  }\n  paid {\n    currency\n    spend\n    revenue\n    conversions\n    impressions\n    clicks\n  }\n  organic {\n    impressions\n    engagements\n    newFollowers\n  }\n  posts\n  rowsRejected\n  errors {\n    row\n    column\n    message\n    rowImported\n  }\n  warnings\n  committedImportId\n}\n\nmutation CommitImportPreview($id: ID!) {\n  commitImportPreview(id: $id) {\n    ...ImportSummary\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ImportSummary on Import {\n  id\n  fileName\n  format\n  status\n  rowsTotal\n  rowsImported\n  rowsRejected\n  createdAt\n  finishedAt\n  warnings\n}\n\nquery Imports($first: Int) {\n  imports(first: $first) {\n    ...ImportSummary\n  }\n}\n\nquery ImportDetails($id: ID!, $firstErrors: Int!) {\n  import(id: $id) {\n    id\n    status\n    errors(first: $firstErrors) {\n      row\n      column\n      message\n      rowImported\n    }\n    warnings\n  }\n}',
): (typeof documents)['fragment ImportSummary on Import {\n  id\n  fileName\n  format\n  status\n  rowsTotal\n  rowsImported\n  rowsRejected\n  createdAt\n  finishedAt\n  warnings\n}\n\nquery Imports($first: Int) {\n  imports(first: $first) {\n    ...ImportSummary\n  }\n}\n\nquery ImportDetails($id: ID!, $firstErrors: Int!) {\n  import(id: $id) {\n    id\n    status\n    errors(first: $firstErrors) {\n      row\n      column\n      message\n      rowImported\n    }\n    warnings\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OrganicEngagementRate($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    organic {\n      engagementRate\n      engagementRateCoverage\n      engagementRateByReach\n      engagementRateByReachCoverage\n    }\n  }\n}',
): (typeof documents)['query OrganicEngagementRate($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    organic {\n      engagementRate\n      engagementRateCoverage\n      engagementRateByReach\n      engagementRateByReachCoverage\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OrganicFollowers($range: DateRange!, $by: [Dimension!]!, $platforms: [Platform!], $first: Int!, $after: String) {\n  breakdown(\n    range: $range\n    by: $by\n    platforms: $platforms\n    first: $first\n    after: $after\n  ) {\n    edges {\n      node {\n        key {\n          dimension\n          id\n        }\n        organic {\n          followers\n          followerGrowth\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query OrganicFollowers($range: DateRange!, $by: [Dimension!]!, $platforms: [Platform!], $first: Int!, $after: String) {\n  breakdown(\n    range: $range\n    by: $by\n    platforms: $platforms\n    first: $first\n    after: $after\n  ) {\n    edges {\n      node {\n        key {\n          dimension\n          id\n        }\n        organic {\n          followers\n          followerGrowth\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OrganicHashtags($range: DateRange!, $platforms: [Platform!], $first: Int!) {\n  hashtags(range: $range, platforms: $platforms, first: $first) {\n    hashtag\n    posts\n    impressions\n    engagements\n    engagementRate\n    engagementRateCoverage\n  }\n}',
): (typeof documents)['query OrganicHashtags($range: DateRange!, $platforms: [Platform!], $first: Int!) {\n  hashtags(range: $range, platforms: $platforms, first: $first) {\n    hashtag\n    posts\n    impressions\n    engagements\n    engagementRate\n    engagementRateCoverage\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OrganicTopPosts($range: DateRange!, $platforms: [Platform!], $sortBy: PostSort!, $first: Int!, $after: String) {\n  topPosts(\n    range: $range\n    platforms: $platforms\n    sortBy: $sortBy\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        platform\n        account {\n          id\n          name\n        }\n        permalink\n        text\n        type\n        publishedOn\n        impressions\n        reach\n        engagements\n        engagementRate\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query OrganicTopPosts($range: DateRange!, $platforms: [Platform!], $sortBy: PostSort!, $first: Int!, $after: String) {\n  topPosts(\n    range: $range\n    platforms: $platforms\n    sortBy: $sortBy\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        platform\n        account {\n          id\n          name\n        }\n        permalink\n        text\n        type\n        publishedOn\n        impressions\n        reach\n        engagements\n        engagementRate\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OverviewSeries($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    organic {\n      ...OrganicTotals\n    }\n    paid {\n      ...PaidTotals\n    }\n    organicReported\n    paidReported\n  }\n}',
): (typeof documents)['query OverviewSeries($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    organic {\n      ...OrganicTotals\n    }\n    paid {\n      ...PaidTotals\n    }\n    organicReported\n    paidReported\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment OrganicTotals on OrganicSummary {\n  followers\n  followerGrowth\n  impressions\n  reach\n  engagements\n  videoViews\n  posts\n  engagementRate\n  engagementRateCoverage\n  engagementRateByReach\n  engagementRateByReachCoverage\n}\n\nfragment PaidTotals on PaidSummary {\n  spend\n  impressions\n  reach\n  clicks\n  conversions\n  revenue\n  engagements\n  videoViews\n  ctr\n  ctrCoverage\n  cpc\n  cpcCoverage\n  cpm\n  cpmCoverage\n  cpa\n  cpaCoverage\n  roas\n  roasCoverage\n  roi\n  roiCoverage\n  frequency\n  frequencyCoverage\n  costPerEngagement\n  costPerEngagementCoverage\n}\n\nquery Overview($range: DateRange!, $compareTo: DateRange, $platforms: [Platform!]) {\n  overview(range: $range, compareTo: $compareTo, platforms: $platforms) {\n    organic {\n      ...OrganicTotals\n    }\n    paid {\n      ...PaidTotals\n    }\n    previous {\n      organic {\n        ...OrganicTotals\n      }\n      paid {\n        ...PaidTotals\n      }\n    }\n    warnings\n  }\n}',
): (typeof documents)['fragment OrganicTotals on OrganicSummary {\n  followers\n  followerGrowth\n  impressions\n  reach\n  engagements\n  videoViews\n  posts\n  engagementRate\n  engagementRateCoverage\n  engagementRateByReach\n  engagementRateByReachCoverage\n}\n\nfragment PaidTotals on PaidSummary {\n  spend\n  impressions\n  reach\n  clicks\n  conversions\n  revenue\n  engagements\n  videoViews\n  ctr\n  ctrCoverage\n  cpc\n  cpcCoverage\n  cpm\n  cpmCoverage\n  cpa\n  cpaCoverage\n  roas\n  roasCoverage\n  roi\n  roiCoverage\n  frequency\n  frequencyCoverage\n  costPerEngagement\n  costPerEngagementCoverage\n}\n\nquery Overview($range: DateRange!, $compareTo: DateRange, $platforms: [Platform!]) {\n  overview(range: $range, compareTo: $compareTo, platforms: $platforms) {\n    organic {\n      ...OrganicTotals\n    }\n    paid {\n      ...PaidTotals\n    }\n    previous {\n      organic {\n        ...OrganicTotals\n      }\n      paid {\n        ...PaidTotals\n      }\n    }\n    warnings\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment PaidRowFigures on PaidSummary {\n  spend\n  impressions\n  clicks\n  conversions\n  revenue\n  ctr\n  ctrCoverage\n  cpc\n  cpcCoverage\n  cpm\n  cpmCoverage\n  cpa\n  cpaCoverage\n  roas\n  roasCoverage\n  roi\n  roiCoverage\n}\n\nquery PaidBreakdown($range: DateRange!, $compareTo: DateRange, $platforms: [Platform!], $by: [Dimension!]!, $filter: BreakdownFilter, $sort: BreakdownSort, $first: Int!, $after: String) {\n  breakdown(\n    range: $range\n    compareTo: $compareTo\n    platforms: $platforms\n    by: $by\n    filter: $filter\n    sort: $sort\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    warnings\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        key {\n          dimension\n          id\n          label\n        }\n        paid {\n          ...PaidRowFigures\n        }\n        previous {\n          paid {\n            ...PaidRowFigures\n          }\n        }\n      }\n    }\n  }\n}\n\nquery PaidSpendConversions($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    paid {\n      spend\n      conversions\n    }\n    paidReported\n  }\n}',
): (typeof documents)['fragment PaidRowFigures on PaidSummary {\n  spend\n  impressions\n  clicks\n  conversions\n  revenue\n  ctr\n  ctrCoverage\n  cpc\n  cpcCoverage\n  cpm\n  cpmCoverage\n  cpa\n  cpaCoverage\n  roas\n  roasCoverage\n  roi\n  roiCoverage\n}\n\nquery PaidBreakdown($range: DateRange!, $compareTo: DateRange, $platforms: [Platform!], $by: [Dimension!]!, $filter: BreakdownFilter, $sort: BreakdownSort, $first: Int!, $after: String) {\n  breakdown(\n    range: $range\n    compareTo: $compareTo\n    platforms: $platforms\n    by: $by\n    filter: $filter\n    sort: $sort\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    warnings\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        key {\n          dimension\n          id\n          label\n        }\n        paid {\n          ...PaidRowFigures\n        }\n        previous {\n          paid {\n            ...PaidRowFigures\n          }\n        }\n      }\n    }\n  }\n}\n\nquery PaidSpendConversions($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    paid {\n      spend\n      conversions\n    }\n    paidReported\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Workspace {\n  workspace {\n    id\n    name\n    currency\n    timeZone\n    keyRole\n  }\n}',
): (typeof documents)['query Workspace {\n  workspace {\n    id\n    name\n    currency\n    timeZone\n    keyRole\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
