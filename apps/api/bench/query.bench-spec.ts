import { sumsOf } from '@tandem/metrics/summary.js';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { expect, it } from 'vitest';
import { Granularity } from '../src/modules/metrics/dto/metrics.objects.js';
import { MetricsService, type Slice } from '../src/modules/metrics/metrics.service.js';
import { PAID_FACTS } from '../src/modules/metrics/planner/paid-sources.js';
import { compilePaidQuery } from '../src/modules/metrics/planner/paid.query.js';
import type { DimensionId, QuerySpec, SumsAsked } from '../src/modules/metrics/planner/query-spec.js';
import { TEST_MODES, TestApp, type TestMode } from '../test/support/test-app.js';
import {
  copyPaidFacts,
  createWorkspaces,
  DAYS,
  dayOf,
  insertPaidFacts,
  insertTheRest,
  type BenchWorkspace,
} from './query-bench-data.js';

/**
 * `npm run bench:query`: dashboards over BENCH_FACTS paid facts (default 10 M; BENCH_EMBEDDED_FACTS, default 1 M, in
 * embedded mode) spread over five workspaces and three years, plus organic facts. Each question is asked of the
 * largest workspace, over random ranges: through GraphQL over HTTP, to the service in-process (all the statements
 * the answer needs, no HTTP), as the paid rollup statement the planner chose alone, and as the planner's statement
 * over the facts (what the API ran before rollups; at most NAIVE_BUDGET_MS of
 * it per question). Figures are printed, never asserted; in services mode, so is the plan (EXPLAIN ANALYZE, BUFFERS)
 * of each question's rollup statement over the whole three years.
 */
const FACTS: Record<TestMode, number> = {
  services: Number(process.env.BENCH_FACTS ?? 10_000_000),
  embedded: Number(process.env.BENCH_EMBEDDED_FACTS ?? 1_000_000),
};
const WORKSPACES = 5;
const NAIVE_BUDGET_MS = 30_000;
const FULL_RANGE = { from: dayOf(0), to: dayOf(DAYS - 1) };

const PAID_FIELDS = 'spend impressions clicks conversions revenue reach ctr cpc cpm cpa roas';
const ORGANIC_FIELDS = 'followers followerGrowth impressions engagements posts engagementRate';
/** The sums the API computes for those fields (the resolver's `sumsAsked`): the service and the SQL are asked the same. */
const BOTH_SIDES: SumsAsked = {
  paid: sumsOf('paid', PAID_FIELDS.split(' ')),
  organic: sumsOf('organic', ORGANIC_FIELDS.split(' ')),
};
const PAID_SIDE: SumsAsked = { ...BOTH_SIDES, organic: new Set() };
const OVERVIEW = `query ($range: DateRange!) { overview(range: $range) {
  paid { ${PAID_FIELDS} } organic { ${ORGANIC_FIELDS} } warnings } }`;
const BREAKDOWN = `query ($range: DateRange!, $by: [Dimension!]!) { breakdown(range: $range, by: $by, first: 50) {
  totalCount edges { node { key { id label } paid { ${PAID_FIELDS} } } } warnings } }`;
const TIME_SERIES = `query ($range: DateRange!) { timeSeries(range: $range, granularity: DAY) {
  period paid { ${PAID_FIELDS} } organic { ${ORGANIC_FIELDS} } } }`;

interface Question {
  name: string;
  runs: number;
  dimensions: DimensionId[];
  sums: SumsAsked;
  range: () => { from: string; to: string };
  graphql: (range: { from: string; to: string }) => [query: string, variables: object];
  /** The same question to the service in-process: every statement the API runs for it, without HTTP and GraphQL. */
  service: (metrics: MetricsService, slice: Slice) => Promise<unknown>;
}

const breakdownBy = (by: DimensionId) => (metrics: MetricsService, slice: Slice) =>
  metrics.breakdown(slice, { by: [by], filter: null, compareTo: null, sort: null, first: 50, after: null });

const QUESTIONS: Question[] = [
  {
    name: 'overview',
    runs: 200,
    dimensions: [],
    sums: BOTH_SIDES,
    range: randomRange,
    graphql: (range) => [OVERVIEW, { range }],
    service: (metrics, slice) => metrics.overview(slice, null),
  },
  {
    name: 'breakdown by campaign',
    runs: 100,
    dimensions: ['CAMPAIGN'],
    sums: PAID_SIDE,
    range: randomRange,
    graphql: (range) => [BREAKDOWN, { range, by: ['CAMPAIGN'] }],
    service: breakdownBy('CAMPAIGN'),
  },
  {
    name: 'breakdown by objective',
    runs: 100,
    dimensions: ['OBJECTIVE'],
    sums: PAID_SIDE,
    range: randomRange,
    graphql: (range) => [BREAKDOWN, { range, by: ['OBJECTIVE'] }],
    service: breakdownBy('OBJECTIVE'),
  },
  {
    name: 'timeSeries by day, 3 years',
    runs: 50,
    dimensions: ['DAY'],
    sums: BOTH_SIDES,
    range: () => FULL_RANGE,
    graphql: (range) => [TIME_SERIES, { range }],
    service: (metrics, slice) => metrics.timeSeries(slice, Granularity.DAY),
  },
];

it.each(TEST_MODES)('answers dashboards from rollups in %s mode and reports latencies', async (mode) => {
  const tandem = await TestApp.start(mode, { redisDb: 13 });
  // The client's connection idles while SQL is timed alone: kept open, no request meets a socket being closed.
  tandem.app.getHttpServer().keepAliveTimeout = 600_000;
  try {
    const { workspaces, key } = await load(tandem, mode);
    for (const question of QUESTIONS) console.log(await measure(tandem, key, workspaces[0]!, question, mode));
  } finally {
    await tandem.close();
  }
});

/** The workspaces, their facts (COPY, or batched statements in PGlite), their rollups as the migration builds them. */
async function load(tandem: TestApp, mode: TestMode): Promise<{ workspaces: BenchWorkspace[]; key: string }> {
  const db = tandem.app.get(DataSource);
  const keys = [];
  for (let index = 0; index < WORKSPACES; index++) keys.push(await tandem.workspaceKey(`bench-${index}`, 'analyst'));
  const ids = (await db.query(`SELECT id FROM workspace WHERE slug LIKE 'bench-%' ORDER BY slug`)) as { id: string }[];
  const workspaces = await createWorkspaces(
    db,
    ids.map(({ id }) => id),
    FACTS[mode],
  );
  const [rows, loadSeconds] = await timed(() =>
    mode === 'services' ? copyWithoutChecks(db, workspaces) : insertPaidFacts(db, workspaces),
  );
  for (const workspace of workspaces) await insertTheRest(db, workspace);
  const [, rollupSeconds] = await timed(async () => {
    for (const { id } of workspaces)
      await db.query(
        'SELECT refresh_paid_rollups($1, array_agg(account_id), array_agg(date)) FROM paid_daily_metric WHERE workspace_id = $1',
        [id],
      );
  });
  // Autovacuum would otherwise vacuum the freshly loaded tables (Postgres vacuums after many inserts) while the
  // questions are timed: a dashboard reads tables long since vacuumed, their visibility maps set.
  const [, vacuumSeconds] = await timed(() => db.query('VACUUM (ANALYZE)'));
  const [sizes] = (await db.query(`SELECT
    (SELECT count(*) FROM paid_campaign_daily_rollup)::int AS campaign_rows, (SELECT count(*) FROM paid_daily_rollup)::int AS account_rows,
    pg_size_pretty(pg_total_relation_size('paid_daily_metric')) AS facts_size`)) as [Record<string, unknown>];
  console.log(
    `[bench:query] ${mode}: ${rows} paid facts (${workspaces.map((w) => w.facts).join(' / ')} a workspace, ${sizes.facts_size}) ` +
      `loaded in ${loadSeconds.toFixed(1)} s; rollups (${sizes.campaign_rows} campaign-day rows, ${sizes.account_rows} ` +
      `account-day rows) built in ${rollupSeconds.toFixed(1)} s; vacuumed and analysed in ${vacuumSeconds.toFixed(1)} s`,
  );
  expect(rows).toBeGreaterThan(0);
  return { workspaces, key: keys[0]! };
}

/** COPY through one connection of the pool, foreign-key triggers off for it alone (the accounts exist). */
async function copyWithoutChecks(db: DataSource, workspaces: BenchWorkspace[]): Promise<number> {
  const runner = db.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    await client.query('SET session_replication_role = replica');
    const rows = await copyPaidFacts(client, workspaces);
    await client.query('SET session_replication_role = DEFAULT');
    return rows;
  } finally {
    await runner.release();
  }
}

/** One question over its ranges: through the API, as the chosen rollup statement, and over the facts. */
async function measure(tandem: TestApp, key: string, workspace: BenchWorkspace, question: Question, mode: TestMode) {
  const db = tandem.app.get(DataSource);
  const ranges = Array.from({ length: question.runs }, question.range);
  const specOf = (range: { from: string; to: string }): QuerySpec => ({
    workspaceId: workspace.id,
    range,
    platforms: null,
    currency: 'USD',
    dimensions: question.dimensions,
    filter: null,
    sums: question.sums,
  });
  const api = await latencies(ranges, async (range) => {
    const answer = await tandem.graphql(key, ...question.graphql(range));
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  });
  const metrics = tandem.app.get(MetricsService);
  const service = await latencies(ranges, (range) =>
    question.service(metrics, { workspaceId: workspace.id, range, platforms: null, sums: question.sums }),
  );
  const run = (query: { sql: string; params: unknown[] }) => db.query(query.sql, query.params);
  const rollup = await latencies(ranges, (range) => run(compilePaidQuery(specOf(range))));
  const facts = await latencies(ranges, (range) => run(compilePaidQuery(specOf(range), PAID_FACTS)), NAIVE_BUDGET_MS);
  if (mode === 'services') console.log(await planOf(db, compilePaidQuery(specOf(FULL_RANGE)), question.name));
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return (
    `[bench:query] ${mode}, ${question.name} (${question.runs} ranges): API p50 ${ms(api.p50)} p95 ${ms(api.p95)}; ` +
    `service in-process p50 ${ms(service.p50)} p95 ${ms(service.p95)}; ` +
    `rollup SQL p50 ${ms(rollup.p50)} p95 ${ms(rollup.p95)}; facts SQL p50 ${ms(facts.p50)} p95 ${ms(facts.p95)} ` +
    `(${facts.runs} ranges); API ${(facts.p95 / api.p95).toFixed(1)}× faster than the facts SQL at p95; ` +
    `API p95 ${(api.p95 / rollup.p95).toFixed(2)}× the rollup SQL's, ${(api.p95 / service.p95).toFixed(2)}× the service's`
  );
}

/** The plan Postgres runs the chosen rollup statement by, over the whole three years, with its timings and buffers. */
async function planOf(db: DataSource, query: { sql: string; params: unknown[] }, name: string): Promise<string> {
  const rows = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params)) as { 'QUERY PLAN': string }[];
  return [`[bench:query] plan of ${name}, whole range:`, ...rows.map((row) => `  ${row['QUERY PLAN']}`)].join('\n');
}

/** p50 and p95 of `ask` over the ranges, in order, after an unmeasured warm-up run; stops after `budgetMs`. */
async function latencies(
  ranges: { from: string; to: string }[],
  ask: (range: { from: string; to: string }) => Promise<unknown>,
  budgetMs = Number.POSITIVE_INFINITY,
): Promise<{ p50: number; p95: number; runs: number }> {
  await ask(ranges[0]!);
  const times: number[] = [];
  const started = performance.now();
  for (const range of ranges) {
    if (performance.now() - started > budgetMs && times.length >= 3) break;
    times.push((await timed(() => ask(range)))[1] * 1000);
  }
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.ceil(share * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), runs: times.length };
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, (performance.now() - started) / 1000];
}

/** A deterministic pseudo-random sequence (mulberry32), so every run asks the same ranges. */
let state = 20;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

/** A range of a week to the whole three years, anywhere in them. */
function randomRange(): { from: string; to: string } {
  const from = Math.floor(random() * (DAYS - 7));
  const length = 7 + Math.floor(random() * (DAYS - from - 7));
  return { from: dayOf(from), to: dayOf(from + length) };
}
