import type { DimensionId, FactFilter, QuerySpec } from './query-spec.js';
import { DATE_UNITS } from './sql-parts.js';

/**
 * A table the paid side's daily facts can be read from: the facts themselves, or a rollup of them
 * (migrations/1764416000000-PaidRollups.ts) holding every summable column of the catalogue, summed per day at the
 * finest level of each account's day, and keeping fewer dimensions and filters the coarser it is.
 */
export interface PaidSource {
  table: string;
  /** Dimensions it keeps besides the date dimensions, which every source keeps (its rows are per day). */
  dimensions: readonly DimensionId[];
  filters: readonly (keyof FactFilter)[];
  /** The entity columns of its rows (summable columns, `level` and `currency` aside). */
  entityColumns: readonly string[];
  /** Its rows are sums of facts at the finest level of their account and day, that level in `level`. */
  rolledUp: boolean;
  /**
   * A table of its rows summed per calendar month (a `month` column for `date`), read for the whole months of a
   * question that is not split by day or week.
   */
  monthTable?: string;
}

export const PAID_FACTS: PaidSource = {
  table: 'paid_daily_metric',
  dimensions: ['PLATFORM', 'ACCOUNT', 'CAMPAIGN', 'OBJECTIVE', 'AD_SET', 'AD'],
  filters: ['accounts', 'campaigns', 'objectives', 'adSets', 'ads'],
  entityColumns: [
    'platform',
    'account_id',
    'campaign_id',
    'campaign_name',
    'objective',
    'objective_kind',
    'ad_set_id',
    'ad_set_name',
    'ad_id',
    'ad_name',
  ],
  rolledUp: false,
};

export const PAID_CAMPAIGN_ROLLUP: PaidSource = {
  table: 'paid_campaign_daily_rollup',
  dimensions: ['PLATFORM', 'ACCOUNT', 'CAMPAIGN', 'OBJECTIVE'],
  filters: ['accounts', 'campaigns', 'objectives'],
  entityColumns: ['platform', 'account_id', 'campaign_id', 'campaign_name', 'objective', 'objective_kind'],
  rolledUp: true,
  monthTable: 'paid_campaign_monthly_rollup',
};

export const PAID_ACCOUNT_ROLLUP: PaidSource = {
  table: 'paid_daily_rollup',
  dimensions: ['PLATFORM', 'ACCOUNT'],
  filters: ['accounts'],
  entityColumns: ['platform', 'account_id'],
  rolledUp: true,
};

/** Coarsest first: the first that keeps a question's dimensions and filters answers it with the fewest rows. */
const PAID_SOURCES = [PAID_ACCOUNT_ROLLUP, PAID_CAMPAIGN_ROLLUP, PAID_FACTS];

/**
 * The coarsest source that can answer the question: every source holds every paid measure, so its dimensions and
 * filters decide. The facts answer everything.
 */
export function paidSourceFor(spec: Pick<QuerySpec, 'dimensions' | 'filter'>): PaidSource {
  const filtered = Object.entries(spec.filter ?? {})
    .filter(([, values]) => values && values.length > 0)
    .map(([name]) => name as keyof FactFilter);
  const answers = (source: PaidSource) =>
    spec.dimensions.every((dimension) => DATE_UNITS[dimension] || source.dimensions.includes(dimension)) &&
    filtered.every((name) => source.filters.includes(name));
  return PAID_SOURCES.find(answers) ?? PAID_FACTS;
}
