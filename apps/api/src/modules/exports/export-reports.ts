import type { CsvCell } from '@tandem/formats/csv-report.js';
import { coverageField, measuresOf, ratiosOf, splitsSide, type Side } from '@tandem/metrics/catalogue.js';
import type { SideSummary } from '@tandem/metrics/summary.js';
import type { AnalysisService } from '../metrics/analysis.service.js';
import type { CoverageService } from '../metrics/coverage.service.js';
import type { GrowthPoint, OrganicVsPaidSplit } from '../metrics/dto/analysis.objects.js';
import type { BreakdownRow } from '../metrics/dto/breakdown.objects.js';
import type { CoverageRow, DateRun } from '../metrics/dto/coverage.objects.js';
import type { HashtagStats, Post } from '../metrics/dto/post.objects.js';
import type { MetricsService, Slice } from '../metrics/metrics.service.js';
import { MAX_POSTS_PAGE, type PostsService } from '../metrics/posts.service.js';
import {
  breakdownParameters,
  coverageParameters,
  hashtagsParameters,
  organicVsPaidParameters,
  parseParameters,
  timeSeriesParameters,
  topPostsParameters,
  type BreakdownParameters,
  type UrlParameters,
} from './dto/export-parameters.dto.js';
import type { z } from 'zod';

/** The services the reports read through (MetricsModule's exports): each report asks the one its query asks. */
export interface ReportServices {
  metrics: MetricsService;
  posts: PostsService;
  coverage: CoverageService;
  analysis: AnalysisService;
}

/** What one download writes: its columns, its rows as they are read, and the file name offered. */
export interface ExportPlan {
  columns: string[];
  fileName: string;
  rows(services: ReportServices, workspaceId: string): AsyncIterable<CsvCell[]>;
}

/** A CSV report: reads its URL parameters (400 naming a bad one) and plans the download. */
export interface ExportReport {
  plan(parameters: UrlParameters): ExportPlan;
}

function report<Args>(schema: z.ZodType<Args>, plan: (args: Args) => ExportPlan): ExportReport {
  return { plan: (parameters) => plan(parseParameters(schema, parameters)) };
}

const SIDES: readonly Side[] = ['organic', 'paid'];

/** `videoViews` → `video_views`. */
const snakeCase = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** A column of a report whose rows are GraphQL objects: its name in the header and how a row gives its cell. */
type Column<Row> = readonly [name: string, cell: (row: Row) => CsvCell];

/** The fields of a GraphQL object that are cells as they are (text, numbers, null). */
type CellField<Row> = { [Key in keyof Row & string]: Row[Key] extends CsvCell ? Key : never }[keyof Row & string];

/** Fields written as they are, each column named after its GraphQL field in snake case (`asOf` → `as_of`). */
function fields<Row>(...keys: CellField<Row>[]): Column<Row>[] {
  return keys.map((key) => [snakeCase(key), (row: Row) => row[key] as CsvCell]);
}

const headerOf = <Row>(columns: readonly Column<Row>[]) => columns.map(([name]) => name);
const cellsOfRow = <Row>(columns: readonly Column<Row>[], row: Row) => columns.map(([, cell]) => cell(row));

interface SummaryColumn {
  name: string;
  side: Side;
  field: string;
}

/**
 * One column per catalogue field of the side, in the order of its GraphQL summary type (measures, then each ratio
 * followed by its coverage), named side + field in snake case: `paid_spend`, `paid_roas_coverage`,
 * `organic_engagement_rate`. Column names are a contract (README, CSV exports): a new catalogue entry adds a column.
 */
function summaryColumns(side: Side, prefix = ''): SummaryColumn[] {
  const fields = [
    ...measuresOf(side).map((measure) => measure.field),
    ...ratiosOf(side).flatMap((ratio) => [ratio.field, coverageField(ratio)]),
  ];
  return fields.map((field) => ({ name: `${prefix}${side}_${snakeCase(field)}`, side, field }));
}

const cellsOf = (columns: readonly SummaryColumn[], summaries: Partial<Record<Side, SideSummary | null>> | null) =>
  columns.map(({ side, field }) => summaries?.[side]?.[field] ?? null);

function sliceOf(workspaceId: string, args: { from: string; to: string; platforms: Slice['platforms'] }): Slice {
  const platforms = args.platforms && args.platforms.length > 0 ? args.platforms : null;
  return { workspaceId, range: { from: args.from, to: args.to }, platforms };
}

function breakdownPlan(args: BreakdownParameters): ExportPlan {
  const sides = SIDES.filter((side) => splitsSide(side, args.by));
  const current = sides.flatMap((side) => summaryColumns(side));
  const compared = args.compareFrom && args.compareTo ? { from: args.compareFrom, to: args.compareTo } : null;
  const previous = compared ? sides.flatMap((side) => summaryColumns(side, 'previous_')) : [];
  const { accounts, campaigns, adSets, ads, objectives } = args;
  const filter = Object.fromEntries(
    Object.entries({ accounts, campaigns, adSets, ads, objectives }).filter(([, ids]) => ids.length > 0),
  );
  const row = (node: BreakdownRow): CsvCell[] => [
    ...node.key.flatMap((value) => [value.id, value.label]),
    ...cellsOf(current, node),
    ...cellsOf(previous, node.previous),
  ];
  return {
    columns: [
      ...args.by.flatMap((dimension) => [`${dimension.toLowerCase()}_id`, dimension.toLowerCase()]),
      ...current.map((column) => column.name),
      ...previous.map((column) => column.name),
    ],
    fileName: `breakdown_${args.from}_${args.to}.csv`,
    async *rows({ metrics }, workspaceId) {
      const question = {
        by: args.by,
        filter: Object.keys(filter).length > 0 ? filter : null,
        compareTo: compared,
        sort: args.sort ? { metric: args.sort, descending: args.descending } : null,
        // The service groups and sorts every row before it pages: one page of them all reads the facts once, where
        // paging through them would group them again for each page.
        first: Number.MAX_SAFE_INTEGER,
        after: null,
      };
      const answer = await metrics.breakdown(sliceOf(workspaceId, args), question);
      for (const edge of answer.edges) yield row(edge.node);
    },
  };
}

/**
 * A post's GraphQL fields (its `account` as `account_id`, `account_name`), `publishedAt` as GraphQL writes it
 * (ISO 8601, the export's wall clock read as UTC) and its hashtags joined by a space. `id` is left out: it is
 * `account_id` + `:` + `post_id`.
 */
const POST_COLUMNS: readonly Column<Post>[] = [
  ...fields<Post>('postId', 'platform'),
  ['account_id', (post) => post.account.id],
  ['account_name', (post) => post.account.name],
  ['published_at', (post) => post.publishedAt?.toISOString() ?? null],
  ...fields<Post>('publishedOn', 'asOf', 'type', 'permalink', 'text'),
  ...fields<Post>('impressions', 'reach', 'engagements', 'engagementRate', 'engagementRateByReach'),
  ['hashtags', (post) => post.hashtags.join(' ')],
];

const HASHTAG_COLUMNS: readonly Column<HashtagStats>[] = fields<HashtagStats>(
  'hashtag',
  'posts',
  'impressions',
  'engagements',
  'engagementRate',
  'engagementRateCoverage',
  'medianEngagementsPerPost',
);

/** The run lists of a coverage row, in its GraphQL type's order. */
const RUN_KINDS = ['present', 'missing', 'restated'] as const satisfies readonly (keyof CoverageRow)[];

/** One run of one coverage row; an account and kind without a run of the range is one line with no run. */
interface CoverageRun {
  row: CoverageRow;
  runKind: (typeof RUN_KINDS)[number] | null;
  run: DateRun | null;
}

/** The coverage row's fields, then the run's: which list holds it and its DateRun fields, prefixed `run_`. */
const COVERAGE_COLUMNS: readonly Column<CoverageRun>[] = [
  ...fields<CoverageRow>('platform', 'accountId', 'accountName', 'kind', 'firstDay', 'lastDay').map(
    ([name, cell]): Column<CoverageRun> => [name, ({ row }) => cell(row)],
  ),
  ['run_kind', ({ runKind }) => runKind],
  ['run_from', ({ run }) => run?.from ?? null],
  ['run_to', ({ run }) => run?.to ?? null],
  ['run_days', ({ run }) => run?.days ?? null],
];

function* runsOf(row: CoverageRow): Generator<CoverageRun> {
  const runs = RUN_KINDS.flatMap((runKind) => row[runKind].map((run) => ({ row, runKind, run })));
  if (runs.length === 0) yield { row, runKind: null, run: null };
  else yield* runs;
}

const GROWTH_COLUMNS: readonly Column<GrowthPoint>[] = fields<GrowthPoint>(
  'period',
  'followers',
  'followerGrowth',
  'cumulativeFollowerGrowth',
  'conversions',
  'cumulativeConversions',
  'revenue',
  'cumulativeRevenue',
);

/** One scope of `organicVsPaid`: the whole range, a platform, or a period (the other two cells empty). */
interface SplitRow {
  scope: 'total' | 'platform' | 'period';
  platform: string | null;
  period: string | null;
  split: OrganicVsPaidSplit;
}

/** The scope, then each side's exposure and the paid share, in the GraphQL types' order. */
const SPLIT_COLUMNS: readonly Column<SplitRow>[] = [
  ...fields<SplitRow>('scope', 'platform', 'period'),
  ...SIDES.flatMap((side) =>
    (['impressions', 'reach', 'engagements'] as const).map((field): Column<SplitRow> => [
      `${side}_${field}`,
      ({ split }) => split[side][field],
    ]),
  ),
  ...(['impressions', 'engagements'] as const).map((field): Column<SplitRow> => [
    `paid_share_${field}`,
    ({ split }) => split.paidShare[field],
  ]),
];

/**
 * The CSV reports, by the name in `GET /api/exports/<report>.csv`: one entry each, with the same arguments as
 * its GraphQL query (docs/CONTRACT.md, Analysis; README, CSV exports).
 */
export const EXPORT_REPORTS: Readonly<Record<string, ExportReport>> = {
  breakdown: report(breakdownParameters, breakdownPlan),
  'top-posts': report(topPostsParameters, (args) => ({
    columns: headerOf(POST_COLUMNS),
    fileName: `top-posts_${args.from}_${args.to}.csv`,
    async *rows({ posts }, workspaceId) {
      let after: string | null = null;
      do {
        const page = await posts.topPosts(sliceOf(workspaceId, args), {
          sortBy: args.sortBy,
          first: MAX_POSTS_PAGE,
          after,
        });
        for (const edge of page.edges) yield cellsOfRow(POST_COLUMNS, edge.node);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null);
    },
  })),
  hashtags: report(hashtagsParameters, (args) => ({
    columns: headerOf(HASHTAG_COLUMNS),
    fileName: `hashtags_${args.from}_${args.to}.csv`,
    async *rows({ posts }, workspaceId) {
      for (const tag of await posts.hashtags(sliceOf(workspaceId, args), args.first))
        yield cellsOfRow(HASHTAG_COLUMNS, tag);
    },
  })),
  'time-series': report(timeSeriesParameters, (args) => {
    const columns = SIDES.flatMap((side) => summaryColumns(side));
    return {
      columns: ['period', ...columns.map((column) => column.name)],
      fileName: `time-series_${args.granularity.toLowerCase()}_${args.from}_${args.to}.csv`,
      async *rows({ metrics }, workspaceId) {
        for (const point of await metrics.timeSeries(sliceOf(workspaceId, args), args.granularity))
          yield [point.period, ...cellsOf(columns, point)];
      },
    };
  }),
  growth: report(timeSeriesParameters, (args) => ({
    columns: headerOf(GROWTH_COLUMNS),
    fileName: `growth_${args.granularity.toLowerCase()}_${args.from}_${args.to}.csv`,
    async *rows({ analysis }, workspaceId) {
      for (const point of await analysis.growth(sliceOf(workspaceId, args), args.granularity))
        yield cellsOfRow(GROWTH_COLUMNS, point);
    },
  })),
  'organic-vs-paid': report(organicVsPaidParameters, (args) => ({
    columns: headerOf(SPLIT_COLUMNS),
    fileName: `organic-vs-paid_${args.from}_${args.to}.csv`,
    async *rows({ analysis }, workspaceId) {
      const answer = await analysis.organicVsPaid(sliceOf(workspaceId, args), args.granularity ?? null);
      const rows: SplitRow[] = [
        { scope: 'total', platform: null, period: null, split: answer.total },
        ...answer.byPlatform.map((split) => ({
          scope: 'platform' as const,
          platform: split.platform,
          period: null,
          split,
        })),
        ...answer.byPeriod.map((split) => ({ scope: 'period' as const, platform: null, period: split.period, split })),
      ];
      for (const row of rows) yield cellsOfRow(SPLIT_COLUMNS, row);
    },
  })),
  coverage: report(coverageParameters, (args) => ({
    columns: headerOf(COVERAGE_COLUMNS),
    fileName: `coverage_${args.from}_${args.to}.csv`,
    async *rows({ coverage }, workspaceId) {
      for (const row of await coverage.coverage(sliceOf(workspaceId, args)))
        for (const run of runsOf(row)) yield cellsOfRow(COVERAGE_COLUMNS, run);
    },
  })),
};
