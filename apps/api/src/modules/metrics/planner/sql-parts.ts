import type { AudienceDimension } from '@tandem/formats/canonical.js';
import {
  measuresOf,
  ratiosOf,
  type MeasureDefinition,
  type RatioDefinition,
  type Side,
} from '@tandem/metrics/catalogue.js';
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

/** An entity's level: ad 3, ad set 2, campaign 1, account 0. Of an account's facts of one period, the finest count. */
export const levelOf = (fact: string) =>
  `CASE WHEN ${fact}.ad_id <> '' THEN 3 WHEN ${fact}.ad_set_id <> '' THEN 2 WHEN ${fact}.campaign_id <> '' THEN 1 ELSE 0 END`;

/** Measures that add up over facts; `last-known` and `published` ones have their own queries. */
const summed = (measure: MeasureDefinition) => measure.aggregation === 'sum' || measure.aggregation === 'unique';

/** The column holding `measure` summed over the facts that report `other` too: the bases of a ratio of the two. */
const withColumn = (measure: MeasureDefinition, other: MeasureDefinition) => `${measure.column}_with_${other.column}`;

function basesOf(ratio: RatioDefinition): [MeasureDefinition, MeasureDefinition] {
  const measures = measuresOf(ratio.side);
  const numerator = measures.find((measure) => measure.field === ratio.numerator);
  const denominator = measures.find((measure) => measure.field === ratio.denominator);
  if (!numerator || !denominator) throw new Error(`Ratio ${ratio.field} names a measure the catalogue lacks`);
  return [numerator, denominator];
}

/**
 * The columns that add up over a side's facts, as one fact gives them: `fact_count` (1), each summed measure, and
 * each ratio's bases where the fact reports both. Rollup rows hold their sums under the same names, so one set of
 * aggregates (`measureColumns`) reads facts and rollups alike.
 */
function summables(side: Side): { name: string; of: (fact: string) => string }[] {
  const bases = new Map<string, (fact: string) => string>();
  for (const ratio of ratiosOf(side)) {
    const [numerator, denominator] = basesOf(ratio);
    for (const [measure, other] of [
      [numerator, denominator],
      [denominator, numerator],
    ] as const)
      bases.set(
        withColumn(measure, other),
        (fact) => `CASE WHEN ${fact}.${other.column} IS NOT NULL THEN ${fact}.${measure.column} END`,
      );
  }
  return [
    { name: 'fact_count', of: () => '1' },
    ...measuresOf(side)
      .filter(summed)
      .map((measure) => ({ name: measure.column, of: (fact: string) => `${fact}.${measure.column}` })),
    ...[...bases].map(([name, of]) => ({ name, of })),
  ];
}

/** The summable columns of one row of a fact table, `fact` its alias. */
export const summableColumns = (side: Side, fact: string): string =>
  summables(side)
    .map(({ name, of }) => `${of(fact)} AS ${name}`)
    .join(', ');

/** The summable columns of a rollup row, `rollup` its alias: their sums over its facts, by the same names. */
export const rolledUpColumns = (side: Side, rollup: string): string =>
  summables(side)
    .map(({ name }) => `${rollup}.${name}`)
    .join(', ');

/** Reach and the ratios over it are served only where one fact gives them for the exact scope of the group. */
function onlyForOneFact(expression: string, measures: readonly MeasureDefinition[]): string {
  return measures.some((measure) => measure.aggregation === 'unique')
    ? `CASE WHEN sum(facts.fact_count) = 1 THEN ${expression} END`
    : expression;
}

/**
 * One clause per catalogue entry of the side, over a `facts` relation of summable columns (facts or rollup rows, see
 * `summableColumns`) with their `currency`: each summed measure (null when no fact reports it; money reported only
 * in other currencies sums to 0, with a warning), and each ratio's bases over the facts reporting both, money in the
 * reporting currency only. Measures that are not plain sums of the facts (followers, posts) are left to their own
 * queries.
 */
export function measureColumns(side: Side, spec: Pick<QuerySpec, 'currency'>, params: Params): string {
  // Added once, when a money measure needs it: a statement may not carry a parameter it does not use.
  let placeholder: string | undefined;
  const inCurrency = (sum: string) =>
    `${sum} FILTER (WHERE facts.currency = ${(placeholder ??= params.add(spec.currency))})`;
  const sums = measuresOf(side)
    .filter(summed)
    .map((measure) => {
      const column = `facts.${measure.column}`;
      const total =
        measure.unit === 'money'
          ? `CASE WHEN count(${column}) > 0 THEN coalesce(${inCurrency(`sum(${column})`)}, 0) END`
          : `sum(${column})`;
      return `(${onlyForOneFact(total, [measure])})::float8 AS "${measure.field}"`;
    });
  const ratios = ratiosOf(side).flatMap((ratio) => {
    const bases = basesOf(ratio);
    const money = bases.some((measure) => measure.unit === 'money');
    const sumOf = (measure: MeasureDefinition, other: MeasureDefinition) => {
      const sum = `sum(facts.${withColumn(measure, other)})`;
      return `(${onlyForOneFact(money ? inCurrency(sum) : sum, bases)})::float8`;
    };
    const [numerator, denominator] = bases;
    return [
      `${sumOf(numerator, denominator)} AS "${ratioNumeratorKey(ratio)}"`,
      `${sumOf(denominator, numerator)} AS "${ratioDenominatorKey(ratio)}"`,
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
