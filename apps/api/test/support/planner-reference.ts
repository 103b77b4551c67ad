import { objectiveOf } from '@tandem/metrics/objectives.js';
import { summarise, ratioDenominatorKey, ratioNumeratorKey, type SideSummary } from '@tandem/metrics/summary.js';
import { MEASURES, RATIOS, type MeasureDefinition, type Side } from '@tandem/metrics/catalogue.js';

/**
 * The planner's rules written again, plainly, in TypeScript over in-memory facts: what the property test holds the
 * SQL to. Nothing here is shared with the planner but the catalogue and `summarise` (the planner's inputs).
 */

export type DateDimension = 'DAY' | 'WEEK' | 'MONTH';
export type AudienceDimension = 'AGE' | 'GENDER' | 'REGION' | 'COUNTRY' | 'PLACEMENT' | 'DEVICE';
export type ReferenceDimension =
  'PLATFORM' | 'ACCOUNT' | 'CAMPAIGN' | 'OBJECTIVE' | 'AD_SET' | 'AD' | DateDimension | AudienceDimension;

export interface PaidFact {
  platform: string;
  accountId: string;
  campaignId: string;
  adSetId: string;
  adId: string;
  objective: string | null;
  /** A daily fact has start = end and `period` false. */
  start: string;
  end: string;
  period: boolean;
  /** Write order: of overlapping periods the later-written wins. */
  written: number;
  currency: string;
  spend: number | null;
  impressions: number | null;
  clicks: number | null;
  conversions: number | null;
  revenue: number | null;
  reach: number | null;
}

/** A paid fact of one audience segment: `dimension` as stored (`age`), `segment` as the export names it. */
export interface AudienceFact extends PaidFact {
  dimension: string;
  segment: string;
}

export interface OrganicFact {
  platform: string;
  accountId: string;
  date: string;
  followers: number | null;
  newFollowers: number | null;
  impressions: number | null;
  reach: number | null;
  engagements: number | null;
  posts: number | null;
}

export interface Coverage {
  accountId: string;
  first: string;
  last: string;
}

export interface ReferenceQuestion {
  range: { from: string; to: string };
  platforms: string[] | null;
  currency: string;
  dimensions: ReferenceDimension[];
  /** Ids kept after the finest level is chosen (read for audience questions only). */
  filter?: ReferenceFilter | null;
}

export interface ReferenceFilter {
  accounts?: string[];
  campaigns?: string[];
  adSets?: string[];
  ads?: string[];
  objectives?: string[];
}

export interface ReferenceGroup {
  keys: Record<string, string>;
  organic: SideSummary | null;
  paid: SideSummary | null;
}

const PAID_ONLY = new Set<ReferenceDimension>(['CAMPAIGN', 'OBJECTIVE', 'AD_SET', 'AD']);
/** Each audience dimension and the `dimension` its facts are stored under. */
const AUDIENCE: Record<AudienceDimension, string> = {
  AGE: 'age',
  GENDER: 'gender',
  REGION: 'region',
  COUNTRY: 'country',
  PLACEMENT: 'placement',
  DEVICE: 'device',
};
const audienceOf = (dimensions: ReferenceDimension[]) =>
  dimensions.find((dimension): dimension is AudienceDimension => dimension in AUDIENCE);

export function bucketOf(day: string, dimension: DateDimension | undefined): string {
  if (!dimension) return 'range';
  if (dimension === 'DAY') return day;
  if (dimension === 'MONTH') return `${day.slice(0, 7)}-01`;
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/** The last day of a bucket inside the range. */
function lastDayOf(bucket: string, dimension: DateDimension | undefined, rangeEnd: string): string {
  if (!dimension) return rangeEnd;
  const date = new Date(`${bucket}T00:00:00Z`);
  if (dimension === 'WEEK') date.setUTCDate(date.getUTCDate() + 6);
  if (dimension === 'MONTH') date.setUTCMonth(date.getUTCMonth() + 1, 0);
  const last = date.toISOString().slice(0, 10);
  return last < rangeEnd ? last : rangeEnd;
}

const level = (fact: PaidFact) => (fact.adId ? 3 : fact.adSetId ? 2 : fact.campaignId ? 1 : 0);
const compatible = (a: string, b: string) => a === b || a === '' || b === '';

/** `newer` restates `fact`: written later, of the same account, over an overlapping but different period, same entity or one containing it. */
const restates = (newer: PaidFact, fact: PaidFact) =>
  newer.platform === fact.platform &&
  newer.accountId === fact.accountId &&
  newer.written > fact.written &&
  newer.start <= fact.end &&
  newer.end >= fact.start &&
  (newer.start !== fact.start || newer.end !== fact.end) &&
  compatible(newer.campaignId, fact.campaignId) &&
  compatible(newer.adSetId, fact.adSetId) &&
  compatible(newer.adId, fact.adId);

/** The facts at the finest level present for their account and period. */
function atFinestLevel<Fact extends PaidFact>(facts: Fact[]): Fact[] {
  const finest = new Map<string, number>();
  const slot = (fact: Fact) => `${fact.accountId}|${fact.start}|${fact.end}`;
  for (const fact of facts) finest.set(slot(fact), Math.max(finest.get(slot(fact)) ?? 0, level(fact)));
  return facts.filter((fact) => level(fact) === finest.get(slot(fact)));
}

function keysOf(
  dimensions: ReferenceDimension[],
  fact: { platform: string; accountId: string },
  bucket: string,
  paid?: PaidFact | AudienceFact,
) {
  const keys: Record<string, string> = {};
  for (const dimension of dimensions) {
    if (dimension === 'PLATFORM') keys[dimension] = fact.platform;
    else if (dimension === 'ACCOUNT') keys[dimension] = fact.accountId;
    else if (dimension === 'CAMPAIGN') keys[dimension] = paid!.campaignId;
    else if (dimension === 'AD_SET') keys[dimension] = paid!.adSetId;
    else if (dimension === 'AD') keys[dimension] = paid!.adId;
    else if (dimension === 'OBJECTIVE') keys[dimension] = objectiveOf(paid!.platform, paid!.objective) ?? '';
    else if (dimension in AUDIENCE) keys[dimension] = (paid as AudienceFact).segment || 'unknown';
    else keys[dimension] = bucket;
  }
  return keys;
}

/** Paid facts that count: daily ones, and whole periods in force, uncovered and inside one bucket; finest level. */
function countedPaid(facts: PaidFact[], coverage: Coverage[], question: ReferenceQuestion): Array<[PaidFact, string]> {
  const { range, platforms } = question;
  const date = question.dimensions.find((dimension): dimension is DateDimension =>
    ['DAY', 'WEEK', 'MONTH'].includes(dimension),
  );
  const inPlatforms = (fact: PaidFact) => !platforms || platforms.includes(fact.platform);
  const daily = facts.filter((fact) => !fact.period && fact.start >= range.from && fact.start <= range.to);
  const periods = facts.filter((fact) => fact.period && fact.start >= range.from && fact.end <= range.to);
  const inForce = periods.filter((fact) => !facts.some((newer) => newer.period && restates(newer, fact)));
  const covered = (fact: PaidFact) =>
    coverage.some((c) => c.accountId === fact.accountId && c.first <= fact.start && c.last >= fact.end);
  const whole = inForce.filter((fact) => !covered(fact) && bucketOf(fact.start, date) === bucketOf(fact.end, date));
  const all = [...daily, ...whole].filter(inPlatforms);
  return atFinestLevel(all).map((fact) => [fact, bucketOf(fact.start, date)]);
}

/**
 * Audience facts that count for a question split by one audience dimension: that dimension's facts only, in the
 * platforms and range; of two over overlapping, different periods of compatible entities the later-written; inside
 * one bucket; at the finest level per account and period; then the filter.
 */
function countedAudience(facts: AudienceFact[], question: ReferenceQuestion): Array<[AudienceFact, string]> {
  const { range, platforms } = question;
  const stored = AUDIENCE[audienceOf(question.dimensions)!];
  const date = question.dimensions.find((dimension): dimension is DateDimension =>
    ['DAY', 'WEEK', 'MONTH'].includes(dimension),
  );
  const ofDimension = facts.filter((fact) => fact.dimension === stored);
  const inScope = ofDimension.filter(
    (fact) => (!platforms || platforms.includes(fact.platform)) && fact.start >= range.from && fact.end <= range.to,
  );
  const inForce = inScope.filter((fact) => !ofDimension.some((newer) => restates(newer, fact)));
  const fitting = inForce.filter((fact) => bucketOf(fact.start, date) === bucketOf(fact.end, date));
  const filter = question.filter ?? {};
  const kept = (list: string[] | undefined, value: string) => !list || list.length === 0 || list.includes(value);
  return atFinestLevel(fitting)
    .filter(
      (fact) =>
        kept(filter.accounts, fact.accountId) &&
        kept(filter.campaigns, fact.campaignId) &&
        kept(filter.adSets, fact.adSetId) &&
        kept(filter.ads, fact.adId) &&
        kept(filter.objectives, objectiveOf(fact.platform, fact.objective) ?? ''),
    )
    .map((fact) => [fact, bucketOf(fact.start, date)]);
}

function paidSums(facts: PaidFact[], currency: string): Record<string, number | null> {
  const value = (fact: PaidFact, measure: MeasureDefinition) =>
    ((fact as unknown as Record<string, number | null | undefined>)[measure.field] ?? null) as number | null;
  const valid = (fact: PaidFact, measure: MeasureDefinition) =>
    value(fact, measure) !== null && (measure.unit !== 'money' || fact.currency === currency);
  return sidesSums('paid', facts, value, valid);
}

/** One side's sums as the planner defines them, over a group's facts. */
function sidesSums<Fact>(
  side: Side,
  facts: Fact[],
  value: (fact: Fact, measure: MeasureDefinition) => number | null,
  valid: (fact: Fact, measure: MeasureDefinition) => boolean,
): Record<string, number | null> {
  const sums: Record<string, number | null> = {};
  const measures = MEASURES.filter((measure) => measure.side === side);
  const total = (list: Fact[], measure: MeasureDefinition) =>
    list.reduce((sum, fact) => sum + (value(fact, measure) ?? 0), 0);
  for (const measure of measures) {
    if (measure.aggregation !== 'sum' && measure.aggregation !== 'unique') continue;
    const reported = facts.filter((fact) => value(fact, measure) !== null);
    let sum: number | null =
      reported.length === 0
        ? null
        : total(
            facts.filter((f) => valid(f, measure)),
            measure,
          );
    if (measure.aggregation === 'unique' && facts.length !== 1) sum = null;
    sums[measure.field] = sum;
  }
  for (const ratio of RATIOS.filter((candidate) => candidate.side === side)) {
    const numerator = measures.find((measure) => measure.field === ratio.numerator)!;
    const denominator = measures.find((measure) => measure.field === ratio.denominator)!;
    const both = facts.filter((fact) => valid(fact, numerator) && valid(fact, denominator));
    const unique = [numerator, denominator].some((measure) => measure.aggregation === 'unique');
    const sumOrNull = (measure: MeasureDefinition) =>
      both.length === 0 || (unique && facts.length !== 1) ? null : total(both, measure);
    sums[ratioNumeratorKey(ratio)] = sumOrNull(numerator);
    sums[ratioDenominatorKey(ratio)] = sumOrNull(denominator);
  }
  return sums;
}

function organicGroups(
  facts: OrganicFact[],
  question: ReferenceQuestion,
): Map<string, { keys: Record<string, string>; sums: Record<string, number | null> }> {
  const { range, platforms, dimensions } = question;
  const date = dimensions.find((dimension): dimension is DateDimension => ['DAY', 'WEEK', 'MONTH'].includes(dimension));
  const inPlatforms = (fact: OrganicFact) => !platforms || platforms.includes(fact.platform);
  const groups = new Map<string, { keys: Record<string, string>; facts: OrganicFact[]; bucket: string }>();
  const groupFor = (fact: OrganicFact, bucket: string) => {
    const keys = keysOf(dimensions, fact, bucket);
    const key = JSON.stringify(keys);
    const group = groups.get(key) ?? { keys, facts: [], bucket };
    groups.set(key, group);
    return group;
  };
  const inRange = facts.filter((fact) => inPlatforms(fact) && fact.date >= range.from && fact.date <= range.to);
  for (const fact of inRange) groupFor(fact, bucketOf(fact.date, date)).facts.push(fact);
  // Followers: for every bucket of the range, each account's last count up to its last day.
  const buckets = new Set<string>();
  for (let day = range.from; day <= range.to; day = nextDay(day)) buckets.add(bucketOf(day, date));
  const followers = new Map<string, number>();
  for (const bucket of buckets) {
    const last = lastDayOf(bucket, date, range.to);
    const accounts = new Set(facts.filter((f) => inPlatforms(f) && f.followers !== null).map((f) => f.accountId));
    for (const accountId of accounts) {
      const counts = facts
        .filter((f) => f.accountId === accountId && f.followers !== null && f.date <= last && inPlatforms(f))
        .sort((a, b) => b.date.localeCompare(a.date));
      const latest = counts[0];
      if (!latest || latest.date > range.to) continue;
      const group = groupFor(latest, bucket);
      const key = JSON.stringify(group.keys);
      followers.set(key, (followers.get(key) ?? 0) + latest.followers!);
    }
  }
  const answer = new Map<string, { keys: Record<string, string>; sums: Record<string, number | null> }>();
  for (const [key, group] of groups) {
    const value = (fact: OrganicFact, measure: MeasureDefinition) => {
      const field = measure.field === 'followerGrowth' ? 'newFollowers' : measure.field;
      return (fact as unknown as Record<string, number | null>)[field] ?? null;
    };
    const sums = sidesSums('organic', group.facts, value, (fact, measure) => value(fact, measure) !== null);
    const posts = group.facts.filter((fact) => fact.posts !== null);
    sums.posts = posts.length === 0 ? null : posts.reduce((sum, fact) => sum + fact.posts!, 0);
    sums.followers = followers.get(key) ?? null;
    answer.set(key, { keys: group.keys, sums });
  }
  return answer;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Every group the question's dimensions split the facts into, each side summarised (null: the side is not split).
 * Split by an audience dimension, the paid side is the audience facts' and there is no organic side.
 */
export function referenceGroups(
  paid: PaidFact[],
  organic: OrganicFact[],
  coverage: Coverage[],
  question: ReferenceQuestion,
  audience: AudienceFact[] = [],
): ReferenceGroup[] {
  const groups = new Map<string, ReferenceGroup>();
  const paidGroups = new Map<string, PaidFact[]>();
  const counted = audienceOf(question.dimensions)
    ? countedAudience(audience, question)
    : countedPaid(paid, coverage, question);
  for (const [fact, bucket] of counted) {
    const keys = keysOf(question.dimensions, fact, bucket, fact);
    const key = JSON.stringify(keys);
    paidGroups.set(key, [...(paidGroups.get(key) ?? []), fact]);
    groups.set(key, { keys, organic: null, paid: null });
  }
  for (const [key, facts] of paidGroups) groups.get(key)!.paid = summarise('paid', paidSums(facts, question.currency));
  if (question.dimensions.every((dimension) => !PAID_ONLY.has(dimension) && !(dimension in AUDIENCE))) {
    for (const [key, group] of organicGroups(organic, question)) {
      const known = groups.get(key) ?? { keys: group.keys, organic: null, paid: null };
      known.organic = summarise('organic', group.sums);
      groups.set(key, known);
    }
  }
  // Without dimensions the answer is the one whole-slice row, each side not reported when nothing counts.
  if (question.dimensions.length === 0) {
    const whole = groups.get('{}') ?? { keys: {}, organic: null, paid: null };
    return [
      { keys: {}, paid: whole.paid ?? summarise('paid', {}), organic: whole.organic ?? summarise('organic', {}) },
    ];
  }
  return [...groups.values()];
}
