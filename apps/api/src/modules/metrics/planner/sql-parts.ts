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

/**
 * The bucket (a period's first day, a date) a day column falls in, or one bucket for the whole range. Kept a date
 * until it is served (`BUCKET_SPLIT`): dates sort and group several times faster than their text.
 */
export function bucketOf(dimensions: readonly DimensionId[], day: string): string {
  const unit = dimensions.map((dimension) => DATE_UNITS[dimension]).find((found) => found !== undefined);
  if (!unit) return `'range'`;
  return unit === 'day' ? day : `date_trunc('${unit}', ${day})::date`;
}

/** How a dimension splits a facts relation: key and label SQL, and the columns of the facts they read. */
interface Split {
  key: string;
  label: string;
  reads: string[];
  /** What the groups are formed by, when not the key itself. */
  groupBy?: string;
}

/** Each entity dimension over a facts relation with the paid (or organic) fact columns. */
const ENTITY_SPLITS: Partial<Record<DimensionId, Split>> = {
  PLATFORM: { key: 'facts.platform', label: 'facts.platform', reads: ['platform'] },
  ACCOUNT: {
    key: 'facts.account_id::text',
    label: 'coalesce(max(account.name), max(account.external_id))',
    reads: ['account_id'],
  },
  CAMPAIGN: { key: 'facts.campaign_id', label: 'max(facts.campaign_name)', reads: ['campaign_id', 'campaign_name'] },
  OBJECTIVE: {
    key: `coalesce(facts.objective_kind, '')`,
    label: `string_agg(DISTINCT facts.objective, ', ' ORDER BY facts.objective)`,
    reads: ['objective_kind', 'objective'],
  },
  AD_SET: { key: 'facts.ad_set_id', label: 'max(facts.ad_set_name)', reads: ['ad_set_id', 'ad_set_name'] },
  AD: { key: 'facts.ad_id', label: 'max(facts.ad_name)', reads: ['ad_id', 'ad_name'] },
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
const SEGMENT_SPLIT: Split = { key: 'facts.segment', label: 'facts.segment', reads: ['segment'] };
/** A date bucket is served as text (YYYY-MM-DD; pg would make a date a JavaScript Date) and grouped as it is. */
const BUCKET_SPLIT: Split = {
  key: 'facts.bucket::text',
  label: 'facts.bucket::text',
  reads: ['bucket'],
  groupBy: 'facts.bucket',
};

/**
 * How a dimension splits facts; date dimensions read the facts' `bucket` column, audience dimensions (over audience
 * facts only, `segments`) their `segment` column.
 */
function splitOf(dimension: DimensionId, segments: boolean): Split {
  const split = DATE_UNITS[dimension]
    ? BUCKET_SPLIT
    : segments && AUDIENCE_DIMENSIONS[dimension]
      ? SEGMENT_SPLIT
      : ENTITY_SPLITS[dimension];
  if (!split) throw new Error(`The planner cannot split facts by ${dimension}`);
  return split;
}

export interface DimensionColumns {
  /** `<key> AS k_<dimension>, <label> AS l_<dimension>` for each dimension. */
  select: string;
  groupBy: string;
}

export const keyAlias = (dimension: DimensionId) => `k_${dimension.toLowerCase()}`;
export const labelAlias = (dimension: DimensionId) => `l_${dimension.toLowerCase()}`;

/** The dimensions' key and label columns (see `splitOf`). */
export function dimensionColumns(
  dimensions: readonly DimensionId[],
  { segments = false }: { segments?: boolean } = {},
): DimensionColumns {
  const parts = dimensions.map((dimension) => ({ dimension, ...splitOf(dimension, segments) }));
  return {
    select: parts
      .map(({ dimension, key, label }) => `${key} AS ${keyAlias(dimension)}, ${label} AS ${labelAlias(dimension)}`)
      .join(', '),
    groupBy: parts.map(({ key, groupBy }) => groupBy ?? key).join(', '),
  };
}

/** An entity's level: ad 3, ad set 2, campaign 1, account 0. Of an account's facts of one period, the finest count. */
export const levelOf = (fact: string) =>
  `CASE WHEN ${fact}.ad_id <> '' THEN 3 WHEN ${fact}.ad_set_id <> '' THEN 2 WHEN ${fact}.campaign_id <> '' THEN 1 ELSE 0 END`;

/** Measures that add up over facts; `last-known` and `published` ones have their own queries. */
const summed = (measure: MeasureDefinition) => measure.aggregation === 'sum' || measure.aggregation === 'unique';

/**
 * Fact columns of type numeric (money, fractional conversions, at most six decimals): summed as whole millionths in
 * bigint, which Postgres adds exactly and several times faster than numeric (summed as `summing` says).
 */
const DECIMAL_COLUMNS = new Set(['spend', 'revenue', 'conversions']);

interface Summable {
  name: string;
  /** Its value in one fact, `fact` the fact's alias. */
  of: (fact: string) => string;
  /** Held in millionths. */
  micros: boolean;
}

/** The summable column of a measure, or of its values over the facts that report `other` too (a ratio's base). */
function summableOf(measure: MeasureDefinition, other?: MeasureDefinition): Summable {
  const name = other ? `${measure.column}_with_${other.column}` : measure.column;
  const value = (fact: string) =>
    other
      ? `CASE WHEN ${fact}.${other.column} IS NOT NULL THEN ${fact}.${measure.column} END`
      : `${fact}.${measure.column}`;
  return DECIMAL_COLUMNS.has(measure.column)
    ? { name: `${name}_micros`, of: (fact) => `(${value(fact)} * 1000000)::bigint`, micros: true }
    : { name, of: value, micros: false };
}

/**
 * The aggregate that sums a summable column: `bigint_sum` (migrations/1764440000000-BigintSum.ts), a third of `sum`'s
 * cost per group, for counts; `sum`, whose numeric never overflows, for millionths of money across days, which would
 * pass bigint's range at 9.2 × 10¹² of a currency: a few hundred million dollars in Vietnamese dong or rupiah. A
 * group of one day (`oneDay`) sums money by `bigint_sum` too: no workspace spends that in a day.
 */
const summing = ({ micros }: Summable, oneDay = false) => (micros && !oneDay ? 'sum' : 'bigint_sum');

/** How many facts a row stands for: 1 for a fact, their count for a rollup row. */
const FACT_COUNT: Summable = { name: 'fact_count', of: () => '1', micros: false };

/** A summable column summed over `facts` (where `filter` holds), back in the fact column's unit. */
function sumOf(column: Summable, { filter, oneDay }: { filter?: string; oneDay?: boolean } = {}): string {
  const sum = `${summing(column, oneDay)}(facts.${column.name})${filter ? ` FILTER (WHERE ${filter})` : ''}`;
  return column.micros ? `${sum} * 0.000001` : sum;
}

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
function summables(side: Side): Summable[] {
  const bases = new Map<string, Summable>();
  for (const ratio of ratiosOf(side)) {
    const [numerator, denominator] = basesOf(ratio);
    for (const base of [summableOf(numerator, denominator), summableOf(denominator, numerator)])
      bases.set(base.name, base);
  }
  return [
    FACT_COUNT,
    ...measuresOf(side)
      .filter(summed)
      .map((measure) => summableOf(measure)),
    ...bases.values(),
  ];
}

/** The summable columns of one row of a fact table, `fact` its alias. */
export const summableColumns = (side: Side, fact: string): string =>
  summables(side)
    .map(({ name, of }) => `${of(fact)} AS ${name}`)
    .join(', ');

/** Summable columns of `facts` summed, by the same names: rows of partial sums, like a rollup's. */
const summedColumns = (columns: readonly Summable[]): string =>
  columns.map((column) => `${summing(column)}(facts.${column.name}) AS ${column.name}`).join(', ');

/** The summable columns of a rollup row, `rollup` its alias: their sums over its facts, by the same names. */
export const rolledUpColumns = (side: Side, rollup: string): string =>
  summables(side)
    .map(({ name }) => `${rollup}.${name}`)
    .join(', ');

/** Reach and the ratios over it are served only where one fact gives them for the exact scope of the group. */
function onlyForOneFact(expression: string, measures: readonly MeasureDefinition[]): string {
  return measures.some((measure) => measure.aggregation === 'unique')
    ? `CASE WHEN ${sumOf(FACT_COUNT)} = 1 THEN ${expression} END`
    : expression;
}

/** What decides a side's measure columns: the currency money is summed in, one day a group or more, the sums asked. */
type MeasureSpec = Pick<QuerySpec, 'currency' | 'dimensions' | 'sums'>;

/** One column of `measureColumns`: its name, the summable columns it reads, and its SQL (built only when asked for). */
interface MeasureColumn {
  name: string;
  reads: readonly Summable[];
  sql: () => string;
}

/**
 * One clause per catalogue entry of the side the spec asks for (`QuerySpec.sums`; every entry when it names none),
 * over a `facts` relation of summable columns (facts or rollup rows, see `summableColumns`) with their `currency`: each
 * summed measure (null when no fact reports it; money reported only in other currencies sums to 0, with a warning),
 * and each ratio's bases over the facts reporting both, money in the reporting currency only. Measures that are not
 * plain sums of the facts (followers, posts) are left to their own queries.
 */
function measureColumnsOf(side: Side, spec: MeasureSpec, params: Params) {
  const oneDay = spec.dimensions.includes('DAY');
  // Added once, when a money measure asked for needs it: a statement may not carry a parameter it does not use.
  let placeholder: string | undefined;
  const inCurrency = (column: Summable) =>
    sumOf(column, { filter: `facts.currency = ${(placeholder ??= params.add(spec.currency))}`, oneDay });
  const sums = measuresOf(side)
    .filter(summed)
    .map((measure): MeasureColumn => {
      const column = summableOf(measure);
      const total = () =>
        measure.unit === 'money'
          ? `CASE WHEN count(facts.${column.name}) > 0 THEN coalesce(${inCurrency(column)}, 0) END`
          : sumOf(column, { oneDay });
      return { name: measure.field, reads: [column], sql: () => `(${onlyForOneFact(total(), [measure])})::float8` };
    });
  const ratios = ratiosOf(side).flatMap((ratio) => {
    const bases = basesOf(ratio);
    const money = bases.some((measure) => measure.unit === 'money');
    const baseOf = (name: string, measure: MeasureDefinition, other: MeasureDefinition): MeasureColumn => {
      const column = summableOf(measure, other);
      const sum = () => (money ? inCurrency(column) : sumOf(column, { oneDay }));
      return { name, reads: [column], sql: () => `(${onlyForOneFact(sum(), bases)})::float8` };
    };
    const [numerator, denominator] = bases;
    return [
      baseOf(ratioNumeratorKey(ratio), numerator, denominator),
      baseOf(ratioDenominatorKey(ratio), denominator, numerator),
    ];
  });
  const asked = spec.sums?.[side];
  return [...sums, ...ratios].filter(({ name }) => !asked || asked.has(name));
}

export const measureColumns = (side: Side, spec: MeasureSpec, params: Params): string =>
  measureColumnsOf(side, spec, params)
    .map(({ name, sql }) => `${sql()} AS "${name}"`)
    .join(',\n  ');

/** The names of `measureColumns`' columns, in its order: each summed measure's field, then each ratio's two bases. */
export const measureColumnNames = (side: Side, spec: MeasureSpec): string[] =>
  measureColumnsOf(side, spec, new Params()).map(({ name }) => name);

/** The summable columns the asked measure columns read, and the fact count (reach is served from one fact alone). */
const summablesRead = (side: Side, spec: MeasureSpec): Summable[] => [
  FACT_COUNT,
  ...new Map(
    measureColumnsOf(side, spec, new Params()).flatMap(({ reads }) => reads.map((column) => [column.name, column])),
  ).values(),
];

/** `AND column = ANY($n)` for a list given, nothing for a list not given. */
export function anyOf(column: string, values: readonly string[] | null | undefined, params: Params): string {
  return values && values.length > 0 ? ` AND ${column} = ANY(${params.add(values)}::text[])` : '';
}

/**
 * The rows of `ranked` (a statement whose rows carry `level` and, in `finest_level`, the finest level of their
 * account and period) at that finest level. Apart, so that a relation whose rows are all at it (a rollup) is not
 * filtered: Postgres cannot tell, and would expect a fraction of the rows and plan for that.
 */
export const atFinestLevel = (ranked: string): string =>
  `SELECT * FROM (
    ${ranked}
  ) AS ranked
  WHERE ranked.level = ranked.finest_level`;

/**
 * The paid groups of a `facts` relation of summable columns at the finest level of their account and period:
 * the filter (so a filtered group equals its row in the unfiltered answer), split by
 * `dimensions` and summed as the catalogue says, with the currencies left out of money sums. `segments`: audience
 * dimensions split by the facts' `segment`.
 *
 * In two steps: the facts are first summed per currency and per value of each column the dimensions read (a
 * hash aggregate over many rows), then the few partial sums are summed per group, where the labels and currencies
 * are listed (aggregates over distinct values, which Postgres computes only by sorting their input). Split by day,
 * a group holds few rows (a rollup's: one an account or campaign and currency), and one step is cheaper. Other
 * currencies are listed once a group, unless `fewRowsPerCurrency` (rollup rows): then as often as their rows are, since
 * a DISTINCT sorts each group's rows (1,096 sorts for a three-year series by day) and the reader keeps each once.
 */
export function finestPaidGroups(
  spec: QuerySpec,
  dimensions: readonly DimensionId[],
  params: Params,
  { segments = false, fewRowsPerCurrency = false }: { segments?: boolean; fewRowsPerCurrency?: boolean } = {},
): string {
  const filter = spec.filter ?? {};
  const read = [...new Set(dimensions.flatMap((dimension) => splitOf(dimension, segments).reads)), 'currency'];
  const columns = read.map((column) => `facts.${column}`).join(', ');
  const split = dimensionColumns(dimensions, { segments });
  const account = dimensions.includes('ACCOUNT') ? ' LEFT JOIN account ON account.id = facts.account_id' : '';
  const measures = measureColumns('paid', { ...spec, dimensions }, params);
  const otherCurrency = params.add(spec.currency);
  const kept = [
    anyOf('facts.account_id::text', filter.accounts, params),
    anyOf('facts.campaign_id', filter.campaigns, params),
    anyOf('facts.ad_set_id', filter.adSets, params),
    anyOf('facts.ad_id', filter.ads, params),
    anyOf(`coalesce(facts.objective_kind, '')`, filter.objectives, params),
  ]
    .join('')
    .replace(/^ AND /, '\n  WHERE ');
  const from = dimensions.includes('DAY')
    ? `facts${account}${kept}`
    : `(
  SELECT ${columns}, ${summedColumns(summablesRead('paid', spec))}
  FROM facts${kept}
  GROUP BY ${columns}
) AS facts${account}`;
  const otherCurrencies = `array_to_string(array_agg(${fewRowsPerCurrency ? '' : 'DISTINCT '}facts.currency) FILTER (WHERE facts.currency <> ${otherCurrency}), ',') AS other_currencies`;
  const select = [split.select, measures, otherCurrencies].filter(Boolean).join(',\n  ');
  return `SELECT ${select}
FROM ${from}
${split.groupBy ? `GROUP BY ${split.groupBy}` : ''}`;
}
