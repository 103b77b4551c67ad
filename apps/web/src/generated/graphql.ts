/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a key may do, each role including the ones before it: VIEWER < ANALYST < UPLOADER < OWNER */
export type ApiKeyRole =
  | 'ANALYST'
  | 'OWNER'
  | 'UPLOADER'
  | 'VIEWER';

/** Both ends included, in the workspace time zone */
export type DateRange = {
  /** The first day (YYYY-MM-DD), included */
  from: string;
  /** The last day (YYYY-MM-DD), included; not before `from` */
  to: string;
};

/** Weeks start on Monday (ISO 8601) */
export type Granularity =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

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

/** The organic measures (catalogue) */
export type OrganicMeasure =
  | 'ENGAGEMENTS'
  | 'FOLLOWERS'
  | 'FOLLOWER_GROWTH'
  | 'IMPRESSIONS'
  | 'POSTS'
  | 'REACH'
  | 'VIDEO_VIEWS';

/** The paid measures (catalogue) */
export type PaidMeasure =
  | 'CLICKS'
  | 'CONVERSIONS'
  | 'ENGAGEMENTS'
  | 'IMPRESSIONS'
  | 'REACH'
  | 'REVENUE'
  | 'SPEND'
  | 'VIDEO_VIEWS';

/** A social or ad platform whose exports Tandem reads */
export type Platform =
  | 'FACEBOOK'
  | 'GOOGLE_ADS'
  | 'INSTAGRAM'
  | 'LINKEDIN'
  | 'PINTEREST'
  | 'SNAPCHAT'
  | 'TIKTOK'
  | 'X'
  | 'YOUTUBE';

export type ExportFormatsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportFormatsQuery = { formats: Array<{ id: string, label: string }> };

export type ImportPreviewDetailsFragment = { id: string, fileName: string, format: string | null, formatLabel: string | null, from: string | null, to: string | null, posts: number, rowsRejected: number, warnings: Array<string>, committedImportId: string | null, accounts: Array<{ platform: Platform, accountId: string, accountName: string | null }>, rows: Array<{ kind: string, count: number }>, paid: Array<{ currency: string | null, spend: string, revenue: string, conversions: string, impressions: number, clicks: number }>, organic: { impressions: number, engagements: number, newFollowers: number }, errors: Array<{ row: number | null, column: string | null, message: string, rowImported: boolean }> };

export type CommitImportPreviewMutationVariables = Exact<{
  id: string | number;
}>;


export type CommitImportPreviewMutation = { commitImportPreview: { id: string, fileName: string, format: string | null, status: ImportStatus, rowsTotal: number | null, rowsImported: number | null, rowsRejected: number | null, createdAt: string, finishedAt: string | null } };

export type ImportSummaryFragment = { id: string, fileName: string, format: string | null, status: ImportStatus, rowsTotal: number | null, rowsImported: number | null, rowsRejected: number | null, createdAt: string, finishedAt: string | null };

export type ImportsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ImportsQuery = { imports: Array<{ id: string, fileName: string, format: string | null, status: ImportStatus, rowsTotal: number | null, rowsImported: number | null, rowsRejected: number | null, createdAt: string, finishedAt: string | null }> };

export type ImportDetailsQueryVariables = Exact<{
  id: string | number;
  firstErrors: number;
}>;


export type ImportDetailsQuery = { import: { id: string, status: ImportStatus, warnings: Array<string>, errors: Array<{ row: number | null, column: string | null, message: string, rowImported: boolean }> } | null };

export type EngagementsConversionsSeriesQueryVariables = Exact<{
  range: DateRange;
  granularity: Granularity;
  platforms?: Array<Platform> | Platform | null | undefined;
}>;


export type EngagementsConversionsSeriesQuery = { timeSeries: Array<{ period: string, organicReported: Array<OrganicMeasure>, paidReported: Array<PaidMeasure>, organic: { engagements: number | null }, paid: { conversions: number | null } }> };

export type OrganicTotalsFragment = { followers: number | null, followerGrowth: number | null, impressions: number | null, reach: number | null, engagements: number | null, videoViews: number | null, posts: number | null, engagementRate: number | null, engagementRateCoverage: number | null, engagementRateByReach: number | null, engagementRateByReachCoverage: number | null };

export type PaidTotalsFragment = { spend: number | null, impressions: number | null, reach: number | null, clicks: number | null, conversions: number | null, revenue: number | null, engagements: number | null, videoViews: number | null, ctr: number | null, ctrCoverage: number | null, cpc: number | null, cpcCoverage: number | null, cpm: number | null, cpmCoverage: number | null, cpa: number | null, cpaCoverage: number | null, roas: number | null, roasCoverage: number | null, roi: number | null, roiCoverage: number | null, frequency: number | null, frequencyCoverage: number | null, costPerEngagement: number | null, costPerEngagementCoverage: number | null };

export type OverviewQueryVariables = Exact<{
  range: DateRange;
  compareTo?: DateRange | null | undefined;
  platforms?: Array<Platform> | Platform | null | undefined;
}>;


export type OverviewQuery = { overview: { warnings: Array<string>, organic: { followers: number | null, followerGrowth: number | null, impressions: number | null, reach: number | null, engagements: number | null, videoViews: number | null, posts: number | null, engagementRate: number | null, engagementRateCoverage: number | null, engagementRateByReach: number | null, engagementRateByReachCoverage: number | null }, paid: { spend: number | null, impressions: number | null, reach: number | null, clicks: number | null, conversions: number | null, revenue: number | null, engagements: number | null, videoViews: number | null, ctr: number | null, ctrCoverage: number | null, cpc: number | null, cpcCoverage: number | null, cpm: number | null, cpmCoverage: number | null, cpa: number | null, cpaCoverage: number | null, roas: number | null, roasCoverage: number | null, roi: number | null, roiCoverage: number | null, frequency: number | null, frequencyCoverage: number | null, costPerEngagement: number | null, costPerEngagementCoverage: number | null }, previous: { organic: { followers: number | null, followerGrowth: number | null, impressions: number | null, reach: number | null, engagements: number | null, videoViews: number | null, posts: number | null, engagementRate: number | null, engagementRateCoverage: number | null, engagementRateByReach: number | null, engagementRateByReachCoverage: number | null }, paid: { spend: number | null, impressions: number | null, reach: number | null, clicks: number | null, conversions: number | null, revenue: number | null, engagements: number | null, videoViews: number | null, ctr: number | null, ctrCoverage: number | null, cpc: number | null, cpcCoverage: number | null, cpm: number | null, cpmCoverage: number | null, cpa: number | null, cpaCoverage: number | null, roas: number | null, roasCoverage: number | null, roi: number | null, roiCoverage: number | null, frequency: number | null, frequencyCoverage: number | null, costPerEngagement: number | null, costPerEngagementCoverage: number | null } } | null } };

export type WorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceQuery = { workspace: { id: string, name: string, currency: string, timeZone: string, keyRole: ApiKeyRole } };

export const ImportPreviewDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportPreviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"formatLabel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"clicks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"engagements"}},{"kind":"Field","name":{"kind":"Name","value":"newFollowers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"rowImported"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"committedImportId"}}]}}]} as unknown as DocumentNode<ImportPreviewDetailsFragment, unknown>;
export const ImportSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ImportSummaryFragment, unknown>;
export const OrganicTotalsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganicTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganicSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"followerGrowth"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"engagements"}},{"kind":"Field","name":{"kind":"Name","value":"videoViews"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRate"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRateCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRateByReach"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRateByReachCoverage"}}]}}]} as unknown as DocumentNode<OrganicTotalsFragment, unknown>;
export const PaidTotalsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaidTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaidSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"clicks"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"engagements"}},{"kind":"Field","name":{"kind":"Name","value":"videoViews"}},{"kind":"Field","name":{"kind":"Name","value":"ctr"}},{"kind":"Field","name":{"kind":"Name","value":"ctrCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"cpc"}},{"kind":"Field","name":{"kind":"Name","value":"cpcCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"cpm"}},{"kind":"Field","name":{"kind":"Name","value":"cpmCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"cpa"}},{"kind":"Field","name":{"kind":"Name","value":"cpaCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"roas"}},{"kind":"Field","name":{"kind":"Name","value":"roasCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"roi"}},{"kind":"Field","name":{"kind":"Name","value":"roiCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"costPerEngagement"}},{"kind":"Field","name":{"kind":"Name","value":"costPerEngagementCoverage"}}]}}]} as unknown as DocumentNode<PaidTotalsFragment, unknown>;
export const ExportFormatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportFormats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ExportFormatsQuery, ExportFormatsQueryVariables>;
export const CommitImportPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitImportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImportPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<CommitImportPreviewMutation, CommitImportPreviewMutationVariables>;
export const ImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Imports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ImportsQuery, ImportsQueryVariables>;
export const ImportDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstErrors"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"import"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstErrors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"rowImported"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<ImportDetailsQuery, ImportDetailsQueryVariables>;
export const EngagementsConversionsSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementsConversionsSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platforms"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"platforms"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platforms"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"organic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagements"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organicReported"}},{"kind":"Field","name":{"kind":"Name","value":"paidReported"}}]}}]}}]} as unknown as DocumentNode<EngagementsConversionsSeriesQuery, EngagementsConversionsSeriesQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compareTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platforms"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"compareTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compareTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"platforms"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platforms"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganicTotals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaidTotals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganicTotals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaidTotals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganicTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganicSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"followerGrowth"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"engagements"}},{"kind":"Field","name":{"kind":"Name","value":"videoViews"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRate"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRateCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRateByReach"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRateByReachCoverage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaidTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaidSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"clicks"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"engagements"}},{"kind":"Field","name":{"kind":"Name","value":"videoViews"}},{"kind":"Field","name":{"kind":"Name","value":"ctr"}},{"kind":"Field","name":{"kind":"Name","value":"ctrCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"cpc"}},{"kind":"Field","name":{"kind":"Name","value":"cpcCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"cpm"}},{"kind":"Field","name":{"kind":"Name","value":"cpmCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"cpa"}},{"kind":"Field","name":{"kind":"Name","value":"cpaCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"roas"}},{"kind":"Field","name":{"kind":"Name","value":"roasCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"roi"}},{"kind":"Field","name":{"kind":"Name","value":"roiCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"costPerEngagement"}},{"kind":"Field","name":{"kind":"Name","value":"costPerEngagementCoverage"}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const WorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"keyRole"}}]}}]}}]} as unknown as DocumentNode<WorkspaceQuery, WorkspaceQueryVariables>;