import { randomUUID } from 'node:crypto';
import type { Platform } from '@tandem/formats/canonical.js';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountsService } from '../src/modules/accounts/accounts.service.js';
import { BatchContext } from '../src/modules/imports/import-batch-context.js';
import { CoverageWindows, recordCoverage } from '../src/modules/imports/import-coverage.js';
import { FACT_TABLES, type FactTable, type ResolvedRows } from '../src/modules/metrics/fact-tables.js';
import { FactWriter, type ImportChanges, NO_CHANGES } from '../src/modules/metrics/fact-writer.service.js';
import { PAID_FACTS, paidSourceFor } from '../src/modules/metrics/planner/paid-sources.js';
import { compilePaidQuery } from '../src/modules/metrics/planner/paid.query.js';
import type { DimensionId, QuerySpec } from '../src/modules/metrics/planner/query-spec.js';
import { TEST_MODES, TestApp } from './support/test-app.js';

/**
 * Every answer the planner reads from a rollup equals the one it reads from the facts, to the cent, after any
 * sequence of imports (restated days, levels that come and go, overlapping and one-day periods, other currencies),
 * the rollups each import kept equal the ones a full rebuild (the migration's backfill) would make, and what each
 * import says it changed equals what a plain model of the facts (a map of keys to values) says.
 */

/**
 * Dec 29, 2027 – Mar 3, 2028: January and a leap February whole, across a year's end, so that answers read the
 * monthly rollup too, and two partial months.
 */
const FIRST_DAY = Date.UTC(2027, 11, 29);
const DAYS = 66;
const dayOf = (index: number) => new Date(FIRST_DAY + index * 86_400_000).toISOString().slice(0, 10);
/** A day, often one at a month's edge (Dec 31, Jan 1, Jan 31, Feb 1, Feb 29, Mar 1), where whole months begin and end. */
const aDay = fc.oneof(fc.nat(DAYS - 1), fc.constantFrom(2, 3, 33, 34, 62, 63));
const ACCOUNTS: Array<[Platform, string]> = [
  ['FACEBOOK', 'act_1'],
  ['FACEBOOK', 'act_2'],
  ['GOOGLE_ADS', 'g_1'],
];

const cents = fc.option(
  fc.integer({ min: 0, max: 1_000_000 }).map((value) => (value / 100).toFixed(2)),
  { freq: 4 },
);
const count = fc.option(fc.integer({ min: 0, max: 50_000 }), { freq: 4 });

const entity = fc.integer({ min: 0, max: 3 }).chain((level) =>
  fc.record({
    campaignId: level >= 1 ? fc.constantFrom('c1', 'c2') : fc.constant(null),
    adSetId: level >= 2 ? fc.constantFrom('s1', 's2') : fc.constant(null),
    adId: level >= 3 ? fc.constantFrom('a1', 'a2') : fc.constant(null),
  }),
);

/** A paid row of an export: daily, or over 0–4, 28 or 30 more days (0: a one-day period; Feb 1 + 28: February). */
const paidRow = fc.record({
  account: fc.nat(ACCOUNTS.length - 1),
  entity,
  name: fc.constantFrom('Spring', 'Summer', null),
  objective: fc.constantFrom('OUTCOME_SALES', 'Website traffic', 'odd words', null),
  day: aDay,
  periodDays: fc.option(fc.oneof(fc.nat(4), fc.constantFrom(28, 30)), { freq: 4 }),
  currency: fc.constantFrom('USD', 'USD', 'USD', 'EUR'),
  spend: cents,
  impressions: count,
  clicks: count,
  conversions: fc.option(fc.integer({ min: -3, max: 400 }).map(String), { freq: 4 }),
  revenue: cents,
  reach: count,
  engagements: count,
  videoViews: count,
});

/** An import: its rows, written in one or two batches (transactions), as the importer writes them. */
const anImport = fc.record({
  rows: fc.array(paidRow, { minLength: 1, maxLength: 20 }),
  batches: fc.constantFrom(1, 2),
});

/**
 * Imports crowded into four days across a month's end (Jan 30 – Feb 2), so that later rows often land on a day, and in
 * a month, whose rollups already hold rows: what adding to them (rather than rebuilding) must get right.
 */
const crowdedImports = fc.array(
  fc.record({
    rows: fc.array(
      paidRow.map((row) => ({ ...row, day: 32 + (row.day % 4) })),
      { minLength: 1, maxLength: 20 },
    ),
    batches: fc.constantFrom(1, 2),
  }),
  { minLength: 2, maxLength: 4 },
);

const DIMENSION_SETS: DimensionId[][] = [
  [],
  ['PLATFORM'],
  ['ACCOUNT'],
  ['DAY'],
  ['WEEK'],
  ['MONTH'],
  ['PLATFORM', 'ACCOUNT', 'MONTH'],
  ['CAMPAIGN'],
  ['OBJECTIVE'],
  ['CAMPAIGN', 'DAY'],
  ['ACCOUNT', 'OBJECTIVE', 'WEEK'],
];

const question = fc.record({
  range: fc.tuple(aDay, aDay).map(([a, b]) => ({ from: dayOf(Math.min(a, b)), to: dayOf(Math.max(a, b)) })),
  dimensions: fc.constantFrom(...DIMENSION_SETS),
  platforms: fc.constantFrom<Platform[] | null>(null, ['FACEBOOK'], ['GOOGLE_ADS', 'X']),
  currency: fc.constantFrom('USD', 'EUR'),
  filter: fc.constantFrom<Array<{ accounts?: number[]; campaigns?: string[]; objectives?: string[] } | null>>(
    null,
    { accounts: [1] },
    { campaigns: ['c2'] },
    { objectives: ['SALES', ''] },
    { accounts: [0, 2], campaigns: ['c1'] },
  ),
});

const world = fc.record({
  imports: fc.array(anImport, { minLength: 1, maxLength: 4 }),
  questions: fc.array(question, { minLength: 8, maxLength: 8 }),
});
type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

/**
 * Rows in a stable order, so that two answers compare by content alone; `other_currencies` as the set the reader
 * makes of it (a rollup row stands for several facts, each listing its currency).
 */
const sorted = (rows: Record<string, unknown>[]) =>
  rows
    .map(({ other_currencies: other, ...row }) => JSON.stringify({ ...row, other: currencySet(other) }))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const currencySet = (listed: unknown) =>
  typeof listed === 'string' ? [...new Set(listed.split(','))].sort().join(',') : listed;

describe.each(TEST_MODES)('rollups against the facts they sum (%s)', (mode) => {
  let tandem: TestApp;
  let db: DataSource;
  let runs = 0;

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 40 });
    db = tandem.app.get(DataSource);
  });

  afterAll(async () => tandem?.close());

  /** Each import's batches through the importer's own account resolution, fact writer and coverage. */
  async function importAll(workspaceId: string, imports: World['imports'], afterEach: () => Promise<void>) {
    const context = new BatchContext(workspaceId, tandem.app.get(AccountsService), {}, 'USD', new Set());
    const writer = tandem.app.get(FactWriter);
    const model = new FactsModel();
    for (const { rows, batches } of imports) {
      const staged: ResolvedRows[] = [];
      const [{ id: importId }] = (await db.query(
        `INSERT INTO import (workspace_id, file_name, stored_path, size_bytes, status) VALUES ($1, 'f', 'f', 0, 'COMPLETED') RETURNING id`,
        [workspaceId],
      )) as [{ id: string }];
      const size = Math.ceil(rows.length / batches);
      const coverage = new CoverageWindows();
      for (let start = 0; start < rows.length; start += size) {
        const canonical = rows.slice(start, start + size).map(canonicalRow);
        await db.transaction(async (manager) => {
          const byKind = await context.resolve(manager, canonical);
          await writer.stage(manager, workspaceId, importId, byKind);
          coverage.widen(Object.values(byKind).flat());
          staged.push(byKind);
        });
      }
      const changes = await db.transaction(async (manager) => {
        await recordCoverage(manager, workspaceId, importId, coverage.windows());
        return writer.mergeStaged(manager, workspaceId, importId);
      });
      expect(rounded(changes), 'the import’s changes = the model’s').toEqual(rounded(model.merge(staged)));
      await afterEach();
    }
  }

  /** The workspace's rollup rows, then the same after rebuilding every day it has facts for. */
  async function rollupsAndRebuilt(workspaceId: string) {
    const read = async () =>
      Promise.all(
        ['paid_daily_rollup', 'paid_campaign_daily_rollup', 'paid_campaign_monthly_rollup'].map(async (table) =>
          sorted(await db.query(`SELECT * FROM ${table} WHERE workspace_id = $1`, [workspaceId])),
        ),
      );
    const kept = await read();
    await db.query(
      'SELECT refresh_paid_rollups($1, array_agg(account_id), array_agg(date)) FROM paid_daily_metric WHERE workspace_id = $1',
      [workspaceId],
    );
    return { kept, rebuilt: await read() };
  }

  it('keeps the rollups a rebuild would make when rows are written batch by batch, as webhook deliveries are', async () => {
    await fc.assert(
      fc.asyncProperty(crowdedImports, async (imports) => {
        runs += 1;
        const [{ id: workspaceId }] = (await db.query(
          `INSERT INTO workspace (slug, name) VALUES ($1, $1) RETURNING id`,
          [`rollups-batches-${mode}-${runs}`],
        )) as [{ id: string }];
        const context = new BatchContext(workspaceId, tandem.app.get(AccountsService), {}, 'USD', new Set());
        const writer = tandem.app.get(FactWriter);
        for (const { rows, batches } of imports) {
          const size = Math.ceil(rows.length / batches);
          for (let start = 0; start < rows.length; start += size) {
            const canonical = rows.slice(start, start + size).map(canonicalRow);
            await db.transaction(async (manager) =>
              writer.writeBatch(manager, workspaceId, randomUUID(), await context.resolve(manager, canonical)),
            );
            const { kept, rebuilt } = await rollupsAndRebuilt(workspaceId);
            expect(kept, 'rollups kept batch by batch = rollups rebuilt from the facts').toEqual(rebuilt);
          }
        }
      }),
      { numRuns: mode === 'embedded' ? 15 : 25 },
    );
  }, 600_000);

  it('answers every question from a rollup exactly as from the facts, after any sequence of imports', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (input) => {
        runs += 1;
        const workspaceId = (
          await tandem.app
            .get(DataSource)
            .query(`INSERT INTO workspace (slug, name) VALUES ($1, $1) RETURNING id`, [`rollups-${mode}-${runs}`])
        )[0].id as string;
        await importAll(workspaceId, input.imports, async () => {
          const { kept, rebuilt } = await rollupsAndRebuilt(workspaceId);
          expect(kept, 'rollups kept by the imports = rollups rebuilt from the facts').toEqual(rebuilt);
        });
        const accounts = (await db.query(
          'SELECT id FROM account WHERE workspace_id = $1 ORDER BY platform, external_id',
          [workspaceId],
        )) as { id: string }[];
        for (const asked of input.questions) {
          const { accounts: indexes, ...entities } = asked.filter ?? {};
          const spec: QuerySpec = {
            workspaceId,
            ...asked,
            filter: {
              ...entities,
              ...(indexes ? { accounts: indexes.map((index) => accounts[index]?.id ?? index.toString()) } : {}),
            },
          };
          const source = paidSourceFor(spec);
          expect(source.rolledUp, `${JSON.stringify(asked)} is answered by a rollup`).toBe(true);
          const fromRollup = compilePaidQuery(spec, source);
          const fromFacts = compilePaidQuery(spec, PAID_FACTS);
          expect(
            sorted(await db.query(fromRollup.sql, fromRollup.params)),
            `${JSON.stringify(asked)} from ${source.table}`,
          ).toEqual(sorted(await db.query(fromFacts.sql, fromFacts.params)));
        }
      }),
      { numRuns: mode === 'embedded' ? 25 : 40 },
    );
  }, 600_000);
});

/** A generated row as a format parser would give it. */
/** The facts as a map of keys to values, merged as the contract says: the file's later row wins, an empty value keeps. */
class FactsModel {
  private readonly facts = new Map<string, FactValues>();

  merge(staged: ResolvedRows[]): ImportChanges {
    const changes: ImportChanges = { ...NO_CHANGES };
    const days = new Set<string>();
    for (const [kind, table] of Object.entries(FACT_TABLES) as [keyof ResolvedRows, FactTable<unknown>][]) {
      const incoming = new Map<string, unknown>();
      for (const batch of staged)
        for (const row of batch[kind]) incoming.set(kind + table.key.map((c) => String(c.value(row))).join('|'), row);
      for (const [key, row] of incoming) {
        const before = this.facts.get(key);
        const given = Object.fromEntries(table.columns.map((c) => [c.name, normalised(c.value(row), c.sqlType)]));
        const after = before ? mapValues(given, (value, name) => value ?? before[name] ?? null) : given;
        const restated = before !== undefined && JSON.stringify(after) !== JSON.stringify(before);
        if (!before) changes.rowsInserted++;
        else if (restated) changes.rowsRestated++;
        else changes.rowsUnchanged++;
        for (const measure of ['spend', 'conversions', 'revenue', 'impressions', 'engagements'] as const)
          changes[measure] += Number(after[measure] ?? 0) - Number(before?.[measure] ?? 0);
        if (!before || restated)
          for (const day of daysOf(row as { date?: string; periodStart?: string; periodEnd?: string })) days.add(day);
        this.facts.set(key, after);
      }
    }
    changes.daysTouched = days.size;
    return changes;
  }
}
type FactValues = Record<string, string | number | boolean | null>;

function normalised(value: unknown, sqlType: string): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  return ['numeric', 'bigint', 'integer'].includes(sqlType) ? Number(value) : (value as string | boolean);
}

function mapValues(
  values: FactValues,
  map: (value: FactValues[string], name: string) => FactValues[string],
): FactValues {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, map(value, name)]));
}

function daysOf(row: { date?: string; periodStart?: string; periodEnd?: string }): string[] {
  if (row.date) return [row.date];
  const days = [];
  for (let day = Date.parse(row.periodStart!); day <= Date.parse(row.periodEnd!); day += 86_400_000)
    days.push(new Date(day).toISOString().slice(0, 10));
  return days;
}

/** Sums of cents in floating point: equal to the micro-unit. */
const rounded = (changes: ImportChanges) =>
  mapValues({ ...changes }, (value) => Math.round(Number(value) * 1e6) / 1e6 + 0);

function canonicalRow(row: World['imports'][number]['rows'][number], line: number) {
  const [platform, accountId] = ACCOUNTS[row.account]!;
  const entity = {
    platform,
    accountId,
    accountName: accountId,
    currency: row.currency,
    campaignId: row.entity.campaignId,
    campaignName: row.entity.campaignId && row.name,
    objective: row.objective,
    adSetId: row.entity.adSetId,
    adSetName: row.entity.adSetId,
    adId: row.entity.adId,
    adName: row.entity.adId,
    spend: row.spend,
    impressions: row.impressions,
    clicks: row.clicks,
    conversions: row.conversions,
    revenue: row.revenue,
    reach: row.reach,
    engagements: row.engagements,
    videoViews: row.videoViews,
    line: line + 2,
  };
  return row.periodDays === null
    ? { ...entity, kind: 'paid' as const, date: dayOf(row.day) }
    : {
        ...entity,
        kind: 'paid-period' as const,
        periodStart: dayOf(row.day),
        periodEnd: dayOf(Math.min(DAYS - 1, row.day + row.periodDays)),
      };
}
