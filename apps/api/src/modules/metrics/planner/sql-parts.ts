import type { AudienceDimension } from '@tandem/formats/canonical.js';
import { measuresOf, ratiosOf, type MeasureDefinition, type Side } from '@tandem/metrics/catalogue.js';
import { ratioDenominatorKey, ratioNumeratorKey } from '@tandem/metrics/summary.js';
import type { DimensionId, QuerySpec } from './query-spec.js';

/** Positional parameters of one statement: `add` gives the placeholder of a value. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export const DATE_UNITS: Partial<Record<DimensionId, 'day' | 'week' | 'month'>> = {
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
};

/** The bucket (a period's first day) a day column falls in, or one bucket for the whole range. */
export function bucketOf(dimensions: readonly DimensionId[], day: string): string {
  const unit = dimensions.map((dimension) => DATE_UNITS[dimension]).find((found) => found !== undefined);
  return unit ? `date_trunc('${unit}', ${day})::date::text` : `'range'`;
}

/** Key and label SQL of each dimension over a facts relation with the paid (or organic) fact columns. */
const KEY_SQL: Partial<Record<DimensionId, { key: string; label: string }>> = {
  PLATFORM: { key: 'facts.platform', label: 'facts.platform' },
  ACCOUNT: { key: 'facts.account_id::text', label: 'coalesce(max(account.name), max(account.external_id))' },
  CAMPAIGN: { key: 'facts.campaign_id', label: 'max(facts.campaign_name)' },
  OBJECTIVE: {
    key: `coalesce(facts.objective_kind, '')`,
    label: `string_agg(DISTINCT facts.objective, ', ' ORDER BY facts.objective)`,
  },
  AD_SET: { key: 'facts.ad_set_id', label: 'max(facts.ad_set_name)' },
  AD: { key: 'facts.ad_id', label: 'max(facts.ad_name)' },
};

/** The audience dimensions, by the `dimension` their facts carry in paid_audience_metric. */
export const AUDIENCE_DIMENSIONS: Partial<Record<DimensionId, AudienceDimension>> = {
  AGE: 'age',
  GENDER: 'gender',
  REGION: 'region',
  COUNTRY: 'country',
  PLACEMENT: 'placement',
  DEVICE: 'device',
};

/** The audience dimensions among a question's dimensions (a breakdown splits by one at most). */
export const audienceDimensionsOf = (dimensions: readonly DimensionId[]): DimensionId[] =>
  dimensions.filter((dimension) => AUDIENCE_DIMENSIONS[dimension] !== undefined);

/** An audience dimension's key and label over audience facts: the segment as the export names it. */
const SEGMENT_SQL = { key: 'facts.segment', label: 'facts.segment' };

export interface DimensionColumns {
  /** `<key> AS k_<dimension>, <label> AS l_<dimension>` for each dimension. */
  select: string;
  groupBy: string;
}

export const keyAlias = (dimension: DimensionId) => `k_${dimension.toLowerCase()}`;
export const labelAlias = (dimension: DimensionId) => `l_${dimension.toLowerCase()}`;

/**
 * The dimensions' columns; date dimensions read the facts' `bucket` column, audience dimensions (over audience facts
 * only, `segments`) their `segment` column.
 */
export function dimensionColumns(
  dimensions: readonly DimensionId[],
  { segments = false }: { segments?: boolean } = {},
): DimensionColumns {
  const parts = dimensions.map((dimension) => {
    const sql = DATE_UNITS[dimension]
      ? { key: 'facts.bucket', label: 'facts.bucket' }
      : segments && AUDIENCE_DIMENSIONS[dimension]
        ? SEGMENT_SQL
        : KEY_SQL[dimension];
    if (!sql) throw new Error(`The planner cannot split facts by ${dimension}`);
    return { dimension, ...sql };
  });
  return {
    select: parts
      .map(({ dimension, key, label }) => `${key} AS ${keyAlias(dimension)}, ${label} AS ${labelAlias(dimension)}`)
      .join(', '),
    groupBy: parts.map(({ key }) => key).join(', '),
  };
}

/**
 * A measure's value is countable in the reporting currency: money in another currency is left out (and warned
 * about), never summed unconverted. `$currency` is the placeholder of the reporting currency.
 */
function valid(measure: MeasureDefinition, currency: () => string): string {
  const present = `facts.${measure.column} IS NOT NULL`;
  return measure.unit === 'money' ? `${present} AND facts.currency = ${currency()}` : present;
}

/** `unique` measures (reach) are served only where one fact gives them for the exact scope of the group. */
function onlyForOneFact(expression: string, measures: readonly MeasureDefinition[]): string {
  return measures.some((measure) => measure.aggregation === 'unique')
    ? `CASE WHEN count(*) = 1 THEN ${expression} END`
    : expression;
}

/**
 * One clause per catalogue entry of the side: each summed measure (null when no fact reports it; money reported
 * only in other currencies sums to 0, with a warning), and each ratio's bases over the facts reporting both.
 * Measures that are not plain sums of the facts (followers, posts) are left to their own queries.
 */
export function measureColumns(side: Side, spec: Pick<QuerySpec, 'currency'>, params: Params): string {
  // Added once, when a money measure needs it: a statement may not carry a parameter it does not use.
  let placeholder: string | undefined;
  const currency = () => (placeholder ??= params.add(spec.currency));
  const measures = measuresOf(side);
  const byField = new Map(measures.map((measure) => [measure.field, measure]));
  const sums = measures
    .filter((measure) => measure.aggregation === 'sum' || measure.aggregation === 'unique')
    .map((measure) => {
      const total =
        measure.unit === 'money'
          ? `CASE WHEN count(facts.${measure.column}) > 0 THEN coalesce(sum(facts.${measure.column}) FILTER (WHERE ${valid(measure, currency)}), 0) END`
          : `sum(facts.${measure.column})`;
      return `(${onlyForOneFact(total, [measure])})::float8 AS "${measure.field}"`;
    });
  const ratios = ratiosOf(side).flatMap((ratio) => {
    const numerator = byField.get(ratio.numerator);
    const denominator = byField.get(ratio.denominator);
    if (!numerator || !denominator) throw new Error(`Ratio ${ratio.field} names a measure the catalogue lacks`);
    const both = `${valid(numerator, currency)} AND ${valid(denominator, currency)}`;
    const sumOf = (measure: MeasureDefinition) =>
      `(${onlyForOneFact(`sum(facts.${measure.column}) FILTER (WHERE ${both})`, [numerator, denominator])})::float8`;
    return [
      `${sumOf(numerator)} AS "${ratioNumeratorKey(ratio)}"`,
      `${sumOf(denominator)} AS "${ratioDenominatorKey(ratio)}"`,
    ];
  });
  return [...sums, ...ratios].join(',\n  ');
}

/** `AND column = ANY($n)` for a list given, nothing for a list not given. */
export function anyOf(column: string, values: readonly string[] | null | undefined, params: Params): string {
  return values && values.length > 0 ? ` AND ${column} = ANY(${params.add(values)}::text[])` : '';
}

/**
 * The paid groups of a `facts` relation carrying `level` and `finest_level`: the facts at the finest level, then the
 * filter (so a filtered group equals its row in the unfiltered answer), split by `dimensions` and summed as the
 * catalogue says, with the currencies left out of money sums.
 */
export function finestPaidGroups(spec: QuerySpec, dimensions: DimensionColumns, params: Params): string {
  const filter = spec.filter ?? {};
  return `SELECT ${[dimensions.select, measureColumns('paid', spec, params)].filter(Boolean).join(',\n  ')},
  array_to_string(array_agg(DISTINCT facts.currency) FILTER (WHERE facts.currency <> ${params.add(spec.currency)}), ',') AS other_currencies
FROM facts LEFT JOIN account ON account.id = facts.account_id
WHERE facts.level = facts.finest_level${anyOf('facts.account_id::text', filter.accounts, params)}${anyOf(
    'facts.campaign_id',
    filter.campaigns,
    params,
  )}${anyOf('facts.ad_set_id', filter.adSets, params)}${anyOf('facts.ad_id', filter.ads, params)}${anyOf(
    `coalesce(facts.objective_kind, '')`,
    filter.objectives,
    params,
  )}
${dimensions.groupBy ? `GROUP BY ${dimensions.groupBy}` : ''}`;
}
