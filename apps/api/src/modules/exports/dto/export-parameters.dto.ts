import { BadRequestException } from '@nestjs/common';
import { PLATFORMS } from '@tandem/formats/canonical.js';
import { DIMENSIONS, metricEntries } from '@tandem/metrics/catalogue.js';
import { OBJECTIVES } from '@tandem/metrics/objectives.js';
import { z } from 'zod';
import { Granularity } from '../../metrics/dto/metrics.objects.js';
import { POST_SORTS } from '../../metrics/planner/posts.query.js';
import { MAX_HASHTAGS } from '../../metrics/posts.service.js';

/** A URL's parameters, each as the list of its values: `by=CAMPAIGN&by=DAY` is `{ by: ['CAMPAIGN', 'DAY'] }`. */
export type UrlParameters = Record<string, string[]>;

export function urlParameters(search: URLSearchParams): UrlParameters {
  const parameters: UrlParameters = {};
  for (const [name, value] of search) (parameters[name] ??= []).push(value);
  return parameters;
}

/** A parameter given exactly once. */
function one<T extends z.ZodType>(value: T) {
  return z
    .array(value, { error: 'is required' })
    .length(1, { error: 'give it once' })
    .transform((values) => values[0] as z.output<T>);
}

/** A repeatable parameter; missing is an empty list. */
function list<T extends z.ZodType>(value: T) {
  return z.array(value).default([]);
}

/** A GraphQL enum value, in any case (`by=campaign` is `CAMPAIGN`). */
function enumValue<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(z.enum(values, { error: `must be one of ${values.join(', ')}` }));
}

const day = z.iso.date({ error: 'must be a real day written YYYY-MM-DD' });
const METRIC_IDS = new Set(metricEntries().map((entry) => entry.id));
const DIMENSION_IDS = DIMENSIONS.map((dimension) => dimension.id) as [string, ...string[]];
const id = z.string().min(1, { error: 'must not be empty' }).max(200);

/** `to` may not come before `from`; nor `compareTo` before `compareFrom`, which come both or not at all. */
function ranged<Shape extends { from: string; to: string; compareFrom?: string; compareTo?: string }>(
  schema: z.ZodType<Shape>,
) {
  return schema
    .refine((args) => args.from <= args.to, { error: 'must not be before from', path: ['to'] })
    .refine((args) => (args.compareFrom === undefined) === (args.compareTo === undefined), {
      error: 'give both compareFrom and compareTo, or neither',
      path: ['compareTo'],
    })
    .refine((args) => !args.compareFrom || !args.compareTo || args.compareFrom <= args.compareTo, {
      error: 'must not be before compareFrom',
      path: ['compareTo'],
    });
}

const slice = {
  from: one(day),
  to: one(day),
  platforms: list(enumValue(PLATFORMS)),
};

/** `breakdown`'s arguments as URL parameters (docs/CONTRACT.md, Analysis): `range` is `from`/`to`, `compareTo` is `compareFrom`/`compareTo`. */
export const breakdownParameters = ranged(
  z.strictObject({
    ...slice,
    by: z.array(enumValue(DIMENSION_IDS), { error: 'is required: name a dimension, e.g. by=CAMPAIGN' }),
    accounts: list(id),
    campaigns: list(id),
    adSets: list(id),
    ads: list(id),
    objectives: list(enumValue(OBJECTIVES)),
    compareFrom: one(day).optional(),
    compareTo: one(day).optional(),
    sort: one(
      z.string().refine((metric) => METRIC_IDS.has(metric), {
        error: 'must be a metric id of the `metrics` query, e.g. paid.spend or organic.engagementRate',
      }),
    ).optional(),
    descending: one(
      z.enum(['true', 'false'], { error: 'must be true or false' }).transform((value) => value === 'true'),
    )
      .optional()
      .default(true),
  }),
);
export type BreakdownParameters = z.output<typeof breakdownParameters>;

const granularity = one(enumValue(Object.values(Granularity) as [Granularity, ...Granularity[]]));

/** `timeSeries`'s arguments as URL parameters; `growth` takes the same. */
export const timeSeriesParameters = ranged(z.strictObject({ ...slice, granularity }));
export type TimeSeriesParameters = z.output<typeof timeSeriesParameters>;

/** `organicVsPaid`'s arguments as URL parameters: without a granularity, its one period is the range. */
export const organicVsPaidParameters = ranged(z.strictObject({ ...slice, granularity: granularity.optional() }));

/**
 * `topPosts`'s arguments as URL parameters, but for `first` and `after`: the file holds every post of the range
 * (the export pages through them itself, as `breakdown.csv` does), so both are unknown parameters here.
 */
export const topPostsParameters = ranged(
  z.strictObject({
    ...slice,
    sortBy: one(enumValue(POST_SORTS)).optional().default('ENGAGEMENTS'),
  }),
);
export type TopPostsParameters = z.output<typeof topPostsParameters>;

/**
 * `hashtags`'s arguments as URL parameters. `hashtags` has no cursor, so the file holds the `first` most engaging
 * tags, at most the query's own cap; by default that cap, not the query's 50 (a dashboard list's length).
 */
export const hashtagsParameters = ranged(
  z.strictObject({
    ...slice,
    first: one(
      z
        .string()
        .regex(/^\d{1,9}$/, { error: `must be a whole number from 0 to ${MAX_HASHTAGS}` })
        .transform(Number)
        .refine((first) => first <= MAX_HASHTAGS, { error: `must be a whole number from 0 to ${MAX_HASHTAGS}` }),
    )
      .optional()
      .default(MAX_HASHTAGS),
  }),
);
export type HashtagsParameters = z.output<typeof hashtagsParameters>;

/** `coverage`'s arguments as URL parameters. */
export const coverageParameters = ranged(z.strictObject(slice));
export type CoverageParameters = z.output<typeof coverageParameters>;

/**
 * Reads a report's URL parameters, or refuses with 400 naming each bad one:
 * `{ statusCode, error, message: "from: must be a real day written YYYY-MM-DD", parameters: ["from"] }`.
 */
export function parseParameters<Args>(schema: z.ZodType<Args>, parameters: UrlParameters): Args {
  const parsed = schema.safeParse(parameters);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? { names: issue.keys, message: `unknown parameter${issue.keys.length > 1 ? 's' : ''} for this report` }
      : { names: [String(issue.path[0] ?? '')], message: issue.message },
  );
  throw new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: problems.map(({ names, message }) => `${names.join(', ')}: ${message}`).join('; '),
    parameters: [...new Set(problems.flatMap(({ names }) => names))],
  });
}
