import fc from 'fast-check';
import { objectiveOf } from '@tandem/metrics/objectives.js';
import { summarise, sumsOf, type SideSummary } from '@tandem/metrics/summary.js';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Granularity } from '../src/modules/metrics/dto/metrics.objects.js';
import { MetricsService, type Slice } from '../src/modules/metrics/metrics.service.js';
import type { DimensionId } from '../src/modules/metrics/planner/query-spec.js';
import {
  bucketOf,
  referenceGroups,
  type AudienceFact,
  type Coverage,
  type OrganicFact,
  type PaidFact,
  type ReferenceDimension,
  type ReferenceFilter,
  type ReferenceGroup,
} from './support/planner-reference.js';
import { TEST_MODES, TestApp } from './support/test-app.js';

const FIRST_DAY = Date.UTC(2026, 1, 23);
/** Two weeks across a week and a month boundary. */
const dayOf = (index: number) => new Date(FIRST_DAY + index * 86_400_000).toISOString().slice(0, 10);
const DAYS = 14;

const ACCOUNTS = [
  ['FACEBOOK', 'act_1'],
  ['FACEBOOK', 'act_2'],
  ['X', 'x_1'],
  ['INSTAGRAM', 'ig_1'],
] as const;
const PAID_ACCOUNTS = [0, 1, 2];
const ORGANIC_ACCOUNTS = [0, 3];

const money = fc.option(fc.integer({ min: 0, max: 100_000 }), { freq: 4 });
const count = fc.option(fc.integer({ min: 0, max: 50_000 }), { freq: 4 });

const entity = fc.integer({ min: 0, max: 3 }).chain((level) =>
  fc.record({
    campaignId: level >= 1 ? fc.constantFrom('c1', 'c2') : fc.constant(''),
    adSetId: level >= 2 ? fc.constantFrom('s1', 's2') : fc.constant(''),
    adId: level >= 3 ? fc.constantFrom('a1', 'a2') : fc.constant(''),
  }),
);

const paidFact = fc.record({
  account: fc.constantFrom(...PAID_ACCOUNTS),
  entity,
  objective: fc.constantFrom('OUTCOME_SALES', 'Website traffic', 'weird thing', null),
  start: fc.integer({ min: 0, max: DAYS - 1 }),
  length: fc.option(fc.integer({ min: 1, max: 6 }), { freq: 3 }),
  currency: fc.constantFrom('USD', 'USD', 'USD', 'EUR'),
  spend: money,
  impressions: count,
  clicks: count,
  conversions: count,
  revenue: money,
  reach: count,
});

/**
 * Segments of a few dimensions (a blank segment is Meta's `unknown`), per day or over a period, at any level; on
 * two accounts and the first eight days (across the month and the week boundary), so that levels and overlapping
 * periods meet in most runs.
 */
const audienceFact = fc.record({
  account: fc.constantFrom(0, 2),
  entity,
  objective: fc.constantFrom('OUTCOME_SALES', 'Website traffic', null),
  start: fc.integer({ min: 0, max: 7 }),
  length: fc.option(fc.integer({ min: 1, max: 6 }), { freq: 2 }),
  dimension: fc.constantFrom('age', 'age', 'age', 'gender', 'region', 'device'),
  segment: fc.constantFrom('18-24', '25-34', 'unknown', ''),
  currency: fc.constantFrom('USD', 'USD', 'USD', 'EUR'),
  spend: money,
  impressions: count,
  clicks: count,
  conversions: count,
  revenue: money,
  reach: count,
});

const organicFact = fc.record({
  account: fc.constantFrom(...ORGANIC_ACCOUNTS),
  day: fc.integer({ min: 0, max: DAYS - 1 }),
  followers: count,
  newFollowers: fc.option(fc.integer({ min: -50, max: 200 }), { freq: 4 }),
  impressions: count,
  reach: count,
  engagements: fc.option(fc.integer({ min: -5, max: 5_000 }), { freq: 4 }),
  posts: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 3 }),
});

const world = fc.record({
  // Enough facts that levels, periods and currencies meet on the same account and day in most runs.
  paid: fc.uniqueArray(paidFact, {
    minLength: 6,
    maxLength: 24,
    // The fact tables' keys: a period's end is cut at the window's last day.
    selector: (f) =>
      JSON.stringify([f.account, f.entity, f.start, f.length === null ? null : Math.min(DAYS - 1, f.start + f.length)]),
  }),
  organic: fc.uniqueArray(organicFact, {
    minLength: 2,
    maxLength: 12,
    selector: (f) => JSON.stringify([f.account, f.day]),
  }),
  audience: fc.uniqueArray(audienceFact, {
    minLength: 4,
    maxLength: 30,
    // paid_audience_metric's key: entity, period, dimension and segment.
    selector: (f) =>
      JSON.stringify([
        f.account,
        f.entity,
        f.start,
        f.length === null ? null : Math.min(DAYS - 1, f.start + f.length),
        f.dimension,
        f.segment,
      ]),
  }),
  /** Kept after the finest level is chosen; `accounts` by index into ACCOUNTS. */
  filter: fc.constantFrom<Array<(Omit<ReferenceFilter, 'accounts'> & { accounts?: number[] }) | null>>(
    null,
    { campaigns: ['c1'] },
    { objectives: ['SALES'] },
    { adSets: ['s2'] },
    { ads: ['a1', 'a2'] },
    { accounts: [1] },
  ),
  coverage: fc.uniqueArray(
    fc.record({ account: fc.constantFrom(...PAID_ACCOUNTS), first: fc.nat(DAYS - 1), length: fc.nat(DAYS) }),
    { maxLength: 2, selector: (c) => c.account },
  ),
  range: fc
    .tuple(fc.nat(DAYS - 1), fc.nat(DAYS - 1))
    .map(([a, b]) => ({ from: dayOf(Math.min(a, b)), to: dayOf(Math.max(a, b)) })),
  platforms: fc
    .constantFrom(null, ['FACEBOOK'], ['X', 'INSTAGRAM'])
    .map((platforms) => (platforms ? ([...platforms] as Array<'FACEBOOK' | 'X' | 'INSTAGRAM'>) : null)),
  /** The summary fields a query selects: the planner sums only what they need. */
  asked: fc.record({
    organic: fc.subarray(Object.keys(summarise('organic', {}))),
    paid: fc.subarray(Object.keys(summarise('paid', {}))),
  }),
});

type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

const DIMENSION_SETS: ReferenceDimension[][] = [
  [],
  ['PLATFORM'],
  ['ACCOUNT'],
  ['CAMPAIGN'],
  ['OBJECTIVE'],
  ['AD_SET'],
  ['AD'],
  ['DAY'],
  ['WEEK'],
  ['MONTH'],
  ['PLATFORM', 'WEEK'],
  ['ACCOUNT', 'MONTH'],
  ['CAMPAIGN', 'DAY'],
];

/** One audience dimension, alone or with entity and date dimensions (COUNTRY and PLACEMENT have no facts here). */
const AUDIENCE_DIMENSION_SETS: ReferenceDimension[][] = [
  ['AGE'],
  ['GENDER'],
  ['DEVICE', 'PLATFORM'],
  ['COUNTRY'],
  ['PLACEMENT', 'MONTH'],
  ['REGION', 'MONTH'],
  ['AGE', 'CAMPAIGN'],
  ['GENDER', 'WEEK'],
  ['AGE', 'ACCOUNT', 'DAY'],
  ['OBJECTIVE', 'AGE'],
  ['PLATFORM', 'AD_SET', 'AD', 'GENDER'],
];

function expectSameSummary(actual: SideSummary | null, expected: SideSummary | null, where: string): void {
  if (expected === null || actual === null) {
    expect(actual, where).toEqual(expected);
    return;
  }
  for (const [field, value] of Object.entries(expected)) {
    const served = actual[field] ?? null;
    if (value === null || served === null) expect(served, `${where} ${field}`).toBe(value);
    else expect(served, `${where} ${field}`).toBeCloseTo(value, 6);
  }
}

const keyOf = (keys: Record<string, string>) => JSON.stringify(keys);

/** The summary's `fields` alone (null: the side has none). */
const only = (summary: SideSummary | null, fields: readonly string[]): SideSummary | null =>
  summary && Object.fromEntries(fields.map((field) => [field, summary[field] ?? null]));

/** The reference groups with each side's `asked` fields alone. */
const askedOf = (groups: ReferenceGroup[], asked: World['asked']): ReferenceGroup[] =>
  groups.map((group) => ({
    ...group,
    paid: only(group.paid, asked.paid),
    organic: only(group.organic, asked.organic),
  }));

/** The same groups (by keys) as the reference, each side with the same summary. */
function expectSameGroups(served: { groups: ReferenceGroup[] }, expected: ReferenceGroup[], where: string): void {
  const byKey = new Map(served.groups.map((group) => [keyOf(group.keys), group]));
  expect([...byKey.keys()].sort(), where).toEqual(expected.map((group) => keyOf(group.keys)).sort());
  for (const group of expected) {
    const actual = byKey.get(keyOf(group.keys))!;
    expectSameSummary(actual.paid, group.paid, `${where}: paid ${keyOf(group.keys)}`);
    expectSameSummary(actual.organic, group.organic, `${where}: organic ${keyOf(group.keys)}`);
  }
}

describe.each(TEST_MODES)('the query planner against a plain reference (%s)', (mode) => {
  let tandem: TestApp;
  let db: DataSource;
  let metrics: MetricsService;
  let runs = 0;

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 12 });
    db = tandem.app.get(DataSource);
    metrics = tandem.app.get(MetricsService);
  });

  afterAll(async () => tandem?.close());

  /** A fresh workspace holding exactly these facts, written as the importer writes them; the facts with ids. */
  async function seed(input: World) {
    runs += 1;
    const slug = `planner-${mode}-${runs}`;
    await tandem.workspaceKey(slug);
    const [{ id: workspaceId }] = (await db.query('SELECT id FROM workspace WHERE slug = $1', [slug])) as [
      { id: string },
    ];
    const accountIds: string[] = [];
    for (const [platform, external] of ACCOUNTS) {
      const [row] = (await db.query(
        `INSERT INTO account (workspace_id, platform, external_id, name, currency) VALUES ($1, $2, $3, $3, 'USD') RETURNING id`,
        [workspaceId, platform, external],
      )) as [{ id: string }];
      accountIds.push(row.id);
    }
    /** A generated paid or audience fact with its account's id and days; `written`: its place in write order. */
    const paidFactOf = (fact: World['paid'][number], written: number): PaidFact => {
      const end = fact.length === null ? fact.start : Math.min(DAYS - 1, fact.start + fact.length);
      return {
        platform: ACCOUNTS[fact.account]![0],
        accountId: accountIds[fact.account]!,
        ...fact.entity,
        objective: fact.objective,
        start: dayOf(fact.start),
        end: dayOf(end),
        period: fact.length !== null,
        written,
        currency: fact.currency,
        spend: fact.spend,
        impressions: fact.impressions,
        clicks: fact.clicks,
        conversions: fact.conversions,
        revenue: fact.revenue,
        reach: fact.reach,
      };
    };
    /** The columns both paid fact tables share, as $1..$15. */
    const paidValues = (fact: PaidFact) => [
      workspaceId,
      fact.platform,
      fact.accountId,
      fact.campaignId,
      fact.adSetId,
      fact.adId,
      fact.objective,
      objectiveOf(fact.platform, fact.objective),
      fact.currency,
      fact.spend,
      fact.impressions,
      fact.clicks,
      fact.conversions,
      fact.revenue,
      fact.reach,
    ];
    const paid = input.paid.map(paidFactOf);
    for (const fact of paid) {
      const days = fact.period ? [fact.start, fact.end] : [fact.start];
      const table = fact.period ? 'paid_period_metric' : 'paid_daily_metric';
      const dayColumns = fact.period ? 'period_start, period_end' : 'date';
      const dayValues = days.map((_, index) => `$${16 + index}`).join(', ');
      await db.query(
        `INSERT INTO ${table} (workspace_id, platform, account_id, campaign_id, ad_set_id, ad_id, objective, objective_kind,
           currency, spend, impressions, clicks, conversions, revenue, reach, ${dayColumns}, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, ${dayValues},
           timestamptz '2026-01-01T00:00:00Z' + make_interval(secs => $${16 + days.length}))`,
        [...paidValues(fact), ...days, fact.written],
      );
    }
    // The rollups of every day written, as the importer (and the rollups' migration) builds them.
    await db.query(
      'SELECT refresh_paid_rollups($1, array_agg(account_id), array_agg(date)) FROM paid_daily_metric WHERE workspace_id = $1',
      [workspaceId],
    );
    const audience: AudienceFact[] = input.audience.map((fact, written) => ({
      ...paidFactOf(fact, written),
      dimension: fact.dimension,
      segment: fact.segment,
    }));
    for (const fact of audience) {
      await db.query(
        `INSERT INTO paid_audience_metric (workspace_id, platform, account_id, campaign_id, ad_set_id, ad_id, objective,
           objective_kind, currency, spend, impressions, clicks, conversions, revenue, reach, period_start, period_end,
           dimension, segment, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
           timestamptz '2026-01-01T00:00:00Z' + make_interval(secs => $20))`,
        [...paidValues(fact), fact.start, fact.end, fact.dimension, fact.segment, fact.written],
      );
    }
    const { accounts, ...entities } = input.filter ?? {};
    const filter: ReferenceFilter | null = input.filter
      ? { ...entities, ...(accounts ? { accounts: accounts.map((index) => accountIds[index]!) } : {}) }
      : null;
    const organic: OrganicFact[] = input.organic.map((fact) => ({
      platform: ACCOUNTS[fact.account]![0],
      accountId: accountIds[fact.account]!,
      date: dayOf(fact.day),
      followers: fact.followers,
      newFollowers: fact.newFollowers,
      impressions: fact.impressions,
      reach: fact.reach,
      engagements: fact.engagements,
      posts: fact.posts,
    }));
    for (const fact of organic) {
      await db.query(
        `INSERT INTO organic_daily_metric (workspace_id, platform, account_id, date, followers, new_followers, impressions,
           reach, engagements, posts) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          workspaceId,
          fact.platform,
          fact.accountId,
          fact.date,
          fact.followers,
          fact.newFollowers,
          fact.impressions,
          fact.reach,
          fact.engagements,
          fact.posts,
        ],
      );
    }
    const coverage: Coverage[] = input.coverage.map((c) => ({
      accountId: accountIds[c.account]!,
      first: dayOf(c.first),
      last: dayOf(Math.min(DAYS - 1, c.first + c.length)),
    }));
    if (coverage.length > 0) {
      const [importRow] = (await db.query(
        `INSERT INTO import (workspace_id, file_name, stored_path, size_bytes, status) VALUES ($1, 'f', 'f', 0, 'COMPLETED') RETURNING id`,
        [workspaceId],
      )) as [{ id: string }];
      for (const c of coverage) {
        await db.query(
          `INSERT INTO import_coverage (import_id, workspace_id, platform, account_id, kind, first_day, last_day)
           SELECT $1, $2, platform, id, 'paid', $4, $5 FROM account WHERE id = $3`,
          [importRow.id, workspaceId, c.accountId, c.first, c.last],
        );
      }
    }
    return { workspaceId, paid, audience, filter, organic, coverage };
  }

  it('answers overview, every breakdown dimension and time series exactly as the reference does', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (input) => {
        const { workspaceId, paid, audience, filter, organic, coverage } = await seed(input);
        const slice = { workspaceId, range: input.range, platforms: input.platforms };
        const sums = { organic: sumsOf('organic', input.asked.organic), paid: sumsOf('paid', input.asked.paid) };
        const question = { range: input.range, platforms: input.platforms, currency: 'USD' };
        for (const dimensions of DIMENSION_SETS) {
          const served = await metrics.groups(slice, dimensions as DimensionId[]);
          const expected = referenceGroups(paid, organic, coverage, { ...question, dimensions });
          expectSameGroups(served, expected, `groups by ${dimensions.join('+')}`);
          // Only some fields asked: the same groups, the same values of those fields.
          const asked = await metrics.groups({ ...slice, sums }, dimensions as DimensionId[]);
          expectSameGroups(asked, askedOf(expected, input.asked), `asked groups by ${dimensions.join('+')}`);
        }
        // Sorted by spend (the default) with spend not asked: the same order.
        const rows = async (sliced: Slice) =>
          (
            await metrics.breakdown(sliced, {
              by: ['AD'],
              filter: null,
              compareTo: null,
              sort: null,
              first: 50,
              after: null,
            })
          ).edges.map(({ node }) => node.key[0]!.id);
        expect(await rows({ ...slice, sums: { paid: new Set(), organic: new Set() } })).toEqual(await rows(slice));
        for (const dimensions of AUDIENCE_DIMENSION_SETS) {
          for (const kept of [null, filter]) {
            const where = `audience groups by ${dimensions.join('+')} kept by ${JSON.stringify(kept)}`;
            const served = await metrics.groups(slice, dimensions as DimensionId[], kept);
            const expected = referenceGroups(
              paid,
              organic,
              coverage,
              { ...question, dimensions, filter: kept },
              audience,
            );
            // The reference's organic side is null: audience facts have none.
            expectSameGroups(served, expected, where);
          }
        }
        const overview = await metrics.overview(slice, null);
        const [whole] = referenceGroups(paid, organic, coverage, { ...question, dimensions: [] });
        expectSameSummary(overview.paid, whole?.paid ?? summarise('paid', {}), 'overview paid');
        expectSameSummary(overview.organic, whole?.organic ?? summarise('organic', {}), 'overview organic');
        const weeks = await metrics.timeSeries(slice, Granularity.WEEK);
        const byWeek = new Map<string, ReferenceGroup>(
          referenceGroups(paid, organic, coverage, { ...question, dimensions: ['WEEK'] }).map((g) => [g.keys.WEEK!, g]),
        );
        expect(weeks.map((point) => point.period)).toEqual([
          ...new Set(
            Array.from({ length: DAYS }, (_, i) => dayOf(i))
              .filter((d) => d >= input.range.from && d <= input.range.to)
              .map((d) => bucketOf(d, 'WEEK')),
          ),
        ]);
        for (const point of weeks) {
          expectSameSummary(
            point.paid,
            byWeek.get(point.period)?.paid ?? summarise('paid', {}),
            `week ${point.period}`,
          );
          expectSameSummary(
            point.organic,
            byWeek.get(point.period)?.organic ?? summarise('organic', {}),
            `week ${point.period}`,
          );
        }
        // A side none of whose fields is asked is not read: the points are still every week, the asked fields right.
        const askedWeeks = await metrics.timeSeries({ ...slice, sums }, Granularity.WEEK);
        expect(askedWeeks.map((point) => point.period)).toEqual(weeks.map((point) => point.period));
        for (const point of askedWeeks) {
          const expected = byWeek.get(point.period);
          const where = `asked week ${point.period}`;
          expectSameSummary(point.paid, only(expected?.paid ?? summarise('paid', {}), input.asked.paid), where);
          expectSameSummary(
            point.organic,
            only(expected?.organic ?? summarise('organic', {}), input.asked.organic),
            where,
          );
        }
      }),
      { numRuns: mode === 'embedded' ? 20 : 30 },
    );
  }, 600_000);
});
