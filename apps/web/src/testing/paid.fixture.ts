import {
  PaidBreakdownDocument,
  PaidSpendConversionsDocument,
  type BreakdownFilter,
  type BreakdownSort,
  type DateRange,
  type Dimension,
  type Granularity,
  type PaidMeasure,
  type PaidRowFiguresFragment,
} from '../generated/graphql';

/** The dashboard's default period as the fixtures resolve it: the last 30 days to 2026-11-29, against the 30 before. */
export const last30Days: DateRange = { from: '2026-10-31', to: '2026-11-29' };
export const the30DaysBefore: DateRange = { from: '2026-10-01', to: '2026-10-30' };
export const SPEND_FIRST: BreakdownSort = { metric: 'paid.spend', descending: true };

/** Paid figures of a row: ROAS and ROI over 39% of spend (the exports that report revenue), CPA covering all. */
export const paidFigures = (spend: number, patch: Partial<PaidRowFiguresFragment> = {}) => ({
  __typename: 'PaidSummary',
  spend,
  impressions: 100_000,
  clicks: 2000,
  conversions: 80,
  revenue: 6000,
  ctr: 0.02,
  ctrCoverage: 1,
  cpc: spend / 2000,
  cpcCoverage: 1,
  cpm: (1000 * spend) / 100_000,
  cpmCoverage: 1,
  cpa: spend / 80,
  cpaCoverage: 1,
  roas: 6000 / (spend * 0.39),
  roasCoverage: 0.39,
  roi: (6000 - spend * 0.39) / (spend * 0.39),
  roiCoverage: 0.39,
  ...patch,
});

type Figures = ReturnType<typeof paidFigures>;

export interface RowSpec {
  /** [dimension, id, label], in the order of `by`. */
  key: Array<[Dimension, string, string]>;
  paid: Figures;
  /** Omitted when not comparing. */
  previous?: Figures;
}

interface BreakdownSpec {
  by: Dimension[];
  rows: RowSpec[];
  filter?: BreakdownFilter | null;
  sort?: BreakdownSort | null;
  compareTo?: DateRange | null;
  after?: string;
  /** Rows in all pages; the rows given by default. */
  totalCount?: number;
  endCursor?: string;
  warnings?: string[];
}

/** One page of a PaidBreakdown answer, asked with exactly these variables. */
export function breakdownMock(spec: BreakdownSpec) {
  const { by, rows, filter = null, sort = SPEND_FIRST, compareTo = the30DaysBefore, after } = spec;
  const totalCount = spec.totalCount ?? rows.length;
  const variables = {
    range: last30Days,
    compareTo,
    platforms: null,
    by,
    filter,
    sort,
    first: 50,
    ...(after === undefined ? {} : { after }),
  };
  return {
    request: { query: PaidBreakdownDocument, variables },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        breakdown: {
          __typename: 'BreakdownConnection',
          totalCount,
          warnings: spec.warnings ?? [],
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: spec.endCursor !== undefined,
            endCursor: spec.endCursor ?? null,
          },
          edges: rows.map((row, index) => ({
            __typename: 'BreakdownEdge',
            cursor: `cursor-${index}`,
            node: {
              __typename: 'BreakdownRow',
              key: row.key.map(([dimension, id, label]) => ({ __typename: 'DimensionValue', dimension, id, label })),
              paid: row.paid,
              previous: compareTo ? { __typename: 'OverviewTotals', paid: row.previous ?? paidFigures(0) } : null,
            },
          })),
        },
      },
    },
  };
}

export function seriesMock(
  points: Array<{ period: string; spend: number; conversions: number; reported: PaidMeasure[] }>,
  granularity: Granularity = 'DAY',
) {
  return {
    request: { query: PaidSpendConversionsDocument, variables: { range: last30Days, granularity, platforms: null } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        timeSeries: points.map((point) => ({
          __typename: 'SeriesPoint',
          period: point.period,
          paid: { __typename: 'PaidSummary', spend: point.spend, conversions: point.conversions },
          paidReported: point.reported,
        })),
      },
    },
  };
}
