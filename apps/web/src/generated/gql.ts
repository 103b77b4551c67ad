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
    "query ExportFormats {\n  formats {\n    id\n    label\n  }\n}": typeof types.ExportFormatsDocument,
    "fragment ImportPreviewDetails on ImportPreview {\n  id\n  fileName\n  format\n  formatLabel\n  from\n  to\n  accounts {\n    platform\n    accountId\n    accountName\n  }\n  rows {\n    kind\n    count\n  }\n  paid {\n    currency\n    spend\n    revenue\n    conversions\n    impressions\n    clicks\n  }\n  organic {\n    impressions\n    engagements\n    newFollowers\n  }\n  posts\n  rowsRejected\n  errors {\n    row\n    column\n    message\n    rowImported\n  }\n  warnings\n  committedImportId\n}\n\nmutation CommitImportPreview($id: ID!) {\n  commitImportPreview(id: $id) {\n    ...ImportSummary\n  }\n}": typeof types.ImportPreviewDetailsFragmentDoc,
    "fragment ImportSummary on Import {\n  id\n  fileName\n  format\n  status\n  rowsTotal\n  rowsImported\n  rowsRejected\n  createdAt\n  finishedAt\n}\n\nquery Imports($first: Int) {\n  imports(first: $first) {\n    ...ImportSummary\n  }\n}\n\nquery ImportDetails($id: ID!, $firstErrors: Int!) {\n  import(id: $id) {\n    id\n    status\n    errors(first: $firstErrors) {\n      row\n      column\n      message\n      rowImported\n    }\n    warnings\n  }\n}": typeof types.ImportSummaryFragmentDoc,
    "query EngagementsConversionsSeries($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    organic {\n      engagements\n    }\n    paid {\n      conversions\n    }\n    organicReported\n    paidReported\n  }\n}": typeof types.EngagementsConversionsSeriesDocument,
    "fragment OrganicTotals on OrganicSummary {\n  followers\n  followerGrowth\n  impressions\n  reach\n  engagements\n  videoViews\n  posts\n  engagementRate\n  engagementRateCoverage\n  engagementRateByReach\n  engagementRateByReachCoverage\n}\n\nfragment PaidTotals on PaidSummary {\n  spend\n  impressions\n  reach\n  clicks\n  conversions\n  revenue\n  engagements\n  videoViews\n  ctr\n  ctrCoverage\n  cpc\n  cpcCoverage\n  cpm\n  cpmCoverage\n  cpa\n  cpaCoverage\n  roas\n  roasCoverage\n  roi\n  roiCoverage\n  frequency\n  frequencyCoverage\n  costPerEngagement\n  costPerEngagementCoverage\n}\n\nquery Overview($range: DateRange!, $compareTo: DateRange, $platforms: [Platform!]) {\n  overview(range: $range, compareTo: $compareTo, platforms: $platforms) {\n    organic {\n      ...OrganicTotals\n    }\n    paid {\n      ...PaidTotals\n    }\n    previous {\n      organic {\n        ...OrganicTotals\n      }\n      paid {\n        ...PaidTotals\n      }\n    }\n    warnings\n  }\n}": typeof types.OrganicTotalsFragmentDoc,
    "query Workspace {\n  workspace {\n    id\n    name\n    currency\n    timeZone\n    keyRole\n  }\n}": typeof types.WorkspaceDocument,
};
const documents: Documents = {
    "query ExportFormats {\n  formats {\n    id\n    label\n  }\n}": types.ExportFormatsDocument,
    "fragment ImportPreviewDetails on ImportPreview {\n  id\n  fileName\n  format\n  formatLabel\n  from\n  to\n  accounts {\n    platform\n    accountId\n    accountName\n  }\n  rows {\n    kind\n    count\n  }\n  paid {\n    currency\n    spend\n    revenue\n    conversions\n    impressions\n    clicks\n  }\n  organic {\n    impressions\n    engagements\n    newFollowers\n  }\n  posts\n  rowsRejected\n  errors {\n    row\n    column\n    message\n    rowImported\n  }\n  warnings\n  committedImportId\n}\n\nmutation CommitImportPreview($id: ID!) {\n  commitImportPreview(id: $id) {\n    ...ImportSummary\n  }\n}": types.ImportPreviewDetailsFragmentDoc,
    "fragment ImportSummary on Import {\n  id\n  fileName\n  format\n  status\n  rowsTotal\n  rowsImported\n  rowsRejected\n  createdAt\n  finishedAt\n}\n\nquery Imports($first: Int) {\n  imports(first: $first) {\n    ...ImportSummary\n  }\n}\n\nquery ImportDetails($id: ID!, $firstErrors: Int!) {\n  import(id: $id) {\n    id\n    status\n    errors(first: $firstErrors) {\n      row\n      column\n      message\n      rowImported\n    }\n    warnings\n  }\n}": types.ImportSummaryFragmentDoc,
    "query EngagementsConversionsSeries($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    organic {\n      engagements\n    }\n    paid {\n      conversions\n    }\n    organicReported\n    paidReported\n  }\n}": types.EngagementsConversionsSeriesDocument,
    "fragment OrganicTotals on OrganicSummary {\n  followers\n  followerGrowth\n  impressions\n  reach\n  engagements\n  videoViews\n  posts\n  engagementRate\n  engagementRateCoverage\n  engagementRateByReach\n  engagementRateByReachCoverage\n}\n\nfragment PaidTotals on PaidSummary {\n  spend\n  impressions\n  reach\n  clicks\n  conversions\n  revenue\n  engagements\n  videoViews\n  ctr\n  ctrCoverage\n  cpc\n  cpcCoverage\n  cpm\n  cpmCoverage\n  cpa\n  cpaCoverage\n  roas\n  roasCoverage\n  roi\n  roiCoverage\n  frequency\n  frequencyCoverage\n  costPerEngagement\n  costPerEngagementCoverage\n}\n\nquery Overview($range: DateRange!, $compareTo: DateRange, $platforms: [Platform!]) {\n  overview(range: $range, compareTo: $compareTo, platforms: $platforms) {\n    organic {\n      ...OrganicTotals\n    }\n    paid {\n      ...PaidTotals\n    }\n    previous {\n      organic {\n        ...OrganicTotals\n      }\n      paid {\n        ...PaidTotals\n      }\n    }\n    warnings\n  }\n}": types.OrganicTotalsFragmentDoc,
    "query Workspace {\n  workspace {\n    id\n    name\n    currency\n    timeZone\n    keyRole\n  }\n}": types.WorkspaceDocument,
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
export function graphql(source: "query ExportFormats {\n  formats {\n    id\n    label\n  }\n}"): (typeof documents)["query ExportFormats {\n  formats {\n    id\n    label\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ImportPreviewDetails on ImportPreview {\n  id\n  fileName\n  format\n  formatLabel\n  from\n  to\n  accounts {\n    platform\n    accountId\n    accountName\n  }\n  rows {\n    kind\n    count\n  }\n  paid {\n    currency\n    spend\n    revenue\n    conversions\n    impressions\n    clicks\n  }\n  organic {\n    impressions\n    engagements\n    newFollowers\n  }\n  posts\n  rowsRejected\n  errors {\n    row\n    column\n    message\n    rowImported\n  }\n  warnings\n  committedImportId\n}\n\nmutation CommitImportPreview($id: ID!) {\n  commitImportPreview(id: $id) {\n    ...ImportSummary\n  }\n}"): (typeof documents)["fragment ImportPreviewDetails on ImportPreview {\n  id\n  fileName\n  format\n  formatLabel\n  from\n  to\n  accounts {\n    platform\n    accountId\n    accountName\n  }\n  rows {\n    kind\n    count\n  }\n  paid {\n    currency\n    spend\n    revenue\n    conversions\n    impressions\n    clicks\n  }\n  organic {\n    impressions\n    engagements\n    newFollowers\n  }\n  posts\n  rowsRejected\n  errors {\n    row\n    column\n    message\n    rowImported\n  }\n  warnings\n  committedImportId\n}\n\nmutation CommitImportPreview($id: ID!) {\n  commitImportPreview(id: $id) {\n    ...ImportSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ImportSummary on Import {\n  id\n  fileName\n  format\n  status\n  rowsTotal\n  rowsImported\n  rowsRejected\n  createdAt\n  finishedAt\n}\n\nquery Imports($first: Int) {\n  imports(first: $first) {\n    ...ImportSummary\n  }\n}\n\nquery ImportDetails($id: ID!, $firstErrors: Int!) {\n  import(id: $id) {\n    id\n    status\n    errors(first: $firstErrors) {\n      row\n      column\n      message\n      rowImported\n    }\n    warnings\n  }\n}"): (typeof documents)["fragment ImportSummary on Import {\n  id\n  fileName\n  format\n  status\n  rowsTotal\n  rowsImported\n  rowsRejected\n  createdAt\n  finishedAt\n}\n\nquery Imports($first: Int) {\n  imports(first: $first) {\n    ...ImportSummary\n  }\n}\n\nquery ImportDetails($id: ID!, $firstErrors: Int!) {\n  import(id: $id) {\n    id\n    status\n    errors(first: $firstErrors) {\n      row\n      column\n      message\n      rowImported\n    }\n    warnings\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EngagementsConversionsSeries($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    organic {\n      engagements\n    }\n    paid {\n      conversions\n    }\n    organicReported\n    paidReported\n  }\n}"): (typeof documents)["query EngagementsConversionsSeries($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {\n  timeSeries(range: $range, granularity: $granularity, platforms: $platforms) {\n    period\n    organic {\n      engagements\n    }\n    paid {\n      conversions\n    }\n    organicReported\n    paidReported\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrganicTotals on OrganicSummary {\n  followers\n  followerGrowth\n  impressions\n  reach\n  engagements\n  videoViews\n  posts\n  engagementRate\n  engagementRateCoverage\n  engagementRateByReach\n  engagementRateByReachCoverage\n}\n\nfragment PaidTotals on PaidSummary {\n  spend\n  impressions\n  reach\n  clicks\n  conversions\n  revenue\n  engagements\n  videoViews\n  ctr\n  ctrCoverage\n  cpc\n  cpcCoverage\n  cpm\n  cpmCoverage\n  cpa\n  cpaCoverage\n  roas\n  roasCoverage\n  roi\n  roiCoverage\n  frequency\n  frequencyCoverage\n  costPerEngagement\n  costPerEngagementCoverage\n}\n\nquery Overview($range: DateRange!, $compareTo: DateRange, $platforms: [Platform!]) {\n  overview(range: $range, compareTo: $compareTo, platforms: $platforms) {\n    organic {\n      ...OrganicTotals\n    }\n    paid {\n      ...PaidTotals\n    }\n    previous {\n      organic {\n        ...OrganicTotals\n      }\n      paid {\n        ...PaidTotals\n      }\n    }\n    warnings\n  }\n}"): (typeof documents)["fragment OrganicTotals on OrganicSummary {\n  followers\n  followerGrowth\n  impressions\n  reach\n  engagements\n  videoViews\n  posts\n  engagementRate\n  engagementRateCoverage\n  engagementRateByReach\n  engagementRateByReachCoverage\n}\n\nfragment PaidTotals on PaidSummary {\n  spend\n  impressions\n  reach\n  clicks\n  conversions\n  revenue\n  engagements\n  videoViews\n  ctr\n  ctrCoverage\n  cpc\n  cpcCoverage\n  cpm\n  cpmCoverage\n  cpa\n  cpaCoverage\n  roas\n  roasCoverage\n  roi\n  roiCoverage\n  frequency\n  frequencyCoverage\n  costPerEngagement\n  costPerEngagementCoverage\n}\n\nquery Overview($range: DateRange!, $compareTo: DateRange, $platforms: [Platform!]) {\n  overview(range: $range, compareTo: $compareTo, platforms: $platforms) {\n    organic {\n      ...OrganicTotals\n    }\n    paid {\n      ...PaidTotals\n    }\n    previous {\n      organic {\n        ...OrganicTotals\n      }\n      paid {\n        ...PaidTotals\n      }\n    }\n    warnings\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Workspace {\n  workspace {\n    id\n    name\n    currency\n    timeZone\n    keyRole\n  }\n}"): (typeof documents)["query Workspace {\n  workspace {\n    id\n    name\n    currency\n    timeZone\n    keyRole\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;