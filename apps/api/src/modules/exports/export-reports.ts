import type { CsvCell } from '@tandem/formats/csv-report.js';
import { coverageField, DIMENSIONS, measuresOf, ratiosOf, type Side } from '@tandem/metrics/catalogue.js';
import type { SideSummary } from '@tandem/metrics/summary.js';
import type { BreakdownRow } from '../metrics/dto/breakdown.objects.js';
import type { MetricsService, Slice } from '../metrics/metrics.service.js';
import {
  breakdownParameters,
  parseParameters,
  timeSeriesParameters,
  type BreakdownParameters,
  type UrlParameters,
} from './dto/export-parameters.dto.js';
import type { z } from 'zod';

/** What one download writes: its columns, its rows as they are read, and the file name offered. */
export interface ExportPlan {
  columns: string[];
  fileName: string;
  rows(metrics: MetricsService, workspaceId: string): AsyncIterable<CsvCell[]>;
}

/** A CSV report: reads its URL parameters (400 naming a bad one) and plans the download. */
export interface ExportReport {
  plan(parameters: UrlParameters): ExportPlan;
}

function report<Args>(schema: z.ZodType<Args>, plan: (args: Args) => ExportPlan): ExportReport {
  return { plan: (parameters) => plan(parseParameters(schema, parameters)) };
}

/** Rows of a breakdown read per call; the GraphQL query's own cap on `first`. */
const BREAKDOWN_PAGE = 500;
const SIDES: readonly Side[] = ['organic', 'paid'];

/** `videoViews` → `video_views`. */
const snakeCase = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

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

/** The sides every dimension of `by` splits (organic facts have no campaign): the planner's rule, from the catalogue. */
function sidesSplitBy(by: readonly string[]): Side[] {
  return SIDES.filter((side) =>
    by.every((id) => DIMENSIONS.find((dimension) => dimension.id === id)?.sides.includes(side)),
  );
}

function breakdownPlan(args: BreakdownParameters): ExportPlan {
  const sides = sidesSplitBy(args.by);
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
    async *rows(metrics, workspaceId) {
      const question = {
        by: args.by,
        filter: Object.keys(filter).length > 0 ? filter : null,
        compareTo: compared,
        sort: args.sort ? { metric: args.sort, descending: args.descending } : null,
        first: BREAKDOWN_PAGE,
      };
      let after: string | null = null;
      do {
        const page = await metrics.breakdown(sliceOf(workspaceId, args), { ...question, after });
        for (const edge of page.edges) yield row(edge.node);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null);
    },
  };
}

/**
 * The CSV reports, by the name in `GET /api/exports/<report>.csv`: one entry each, with the same arguments as
 * its GraphQL query. `top-posts`, `hashtags` and `coverage` (CONTRACT.md, Analysis) join when their queries exist.
 */
export const EXPORT_REPORTS: Readonly<Record<string, ExportReport>> = {
  breakdown: report(breakdownParameters, breakdownPlan),
  'time-series': report(timeSeriesParameters, (args) => {
    const columns = SIDES.flatMap((side) => summaryColumns(side));
    return {
      columns: ['period', ...columns.map((column) => column.name)],
      fileName: `time-series_${args.granularity.toLowerCase()}_${args.from}_${args.to}.csv`,
      async *rows(metrics, workspaceId) {
        for (const point of await metrics.timeSeries(sliceOf(workspaceId, args), args.granularity))
          yield [point.period, ...cellsOf(columns, point)];
      },
    };
  }),
};
