import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoverageService } from '../src/modules/metrics/coverage.service.js';
import type { AccountCoverage, DayRun } from '../src/modules/metrics/coverage.repository.js';
import { TEST_MODES, TestApp, type UploadFile } from './support/test-app.js';

const csv = (name: string, lines: string[]): UploadFile => ({ name, content: Buffer.from(lines.join('\n')) });

const PAID_HEADER = 'date,platform,account_id,account_name,currency,campaign_id,spend,impressions,clicks';
const paidDays = (account: string, name: string, days: string[], spend = '10.00') =>
  days.map((day) => `${day},${account === 'x_1' ? 'X' : 'FACEBOOK'},${account},${name},USD,c1,${spend},1000,10`);
const ORGANIC_HEADER = 'date,platform,account_id,account_name,followers,impressions,engagements';
const organicDays = (platform: string, account: string, name: string, days: string[]) =>
  days.map((day) => `${day},${platform},${account},${name},1000,500,50`);

/** Acme FB, first export: Jan 1..5, no delivery (no row) on Jan 3. */
const PAID_EARLY = csv('paid-early.csv', [
  PAID_HEADER,
  ...paidDays('act_1', 'Acme FB', ['2026-01-01', '2026-01-02', '2026-01-04', '2026-01-05']),
]);
/** Acme FB, after a gap (Jan 6..10 never uploaded): Jan 11..15. */
const PAID_AFTER_GAP = csv('paid-after-gap.csv', [
  PAID_HEADER,
  ...paidDays('act_1', 'Acme FB', ['2026-01-11', '2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15']),
]);
/** Acme FB, a later export overlapping the previous one: Jan 14..17 (Jan 14 and 15 restated: their spend changed). */
const PAID_OVERLAP = csv('paid-overlap.csv', [
  PAID_HEADER,
  ...paidDays('act_1', 'Acme FB', ['2026-01-14', '2026-01-15'], '12.00'),
  ...paidDays('act_1', 'Acme FB', ['2026-01-16', '2026-01-17']),
]);
/** Acme FB, Jan 16..17 sent again as they are: not restated, nothing changed. */
const PAID_REPEATED = csv('paid-repeated.csv', [
  PAID_HEADER,
  ...paidDays('act_1', 'Acme FB', ['2026-01-16', '2026-01-17']),
]);
/** Acme X: data only before January. */
const PAID_OLD = csv('paid-old.csv', [PAID_HEADER, ...paidDays('x_1', 'Acme X', ['2025-12-15', '2025-12-16'])]);
/** A Meta Ads Manager export of one week as a whole period (no day column). */
const PERIOD = csv('meta-ads-week.csv', [
  'Reporting starts,Reporting ends,Account ID,Account name,Campaign name,Campaign ID,Ad set name,Ad set ID,Ad name,Ad ID,Amount spent (USD),Impressions,Reach,Link clicks',
  '2026-01-05,2026-01-11,998877,Northwind Meta,Spring Sale,120210000000001,Broad,120210000000002,UGC v1,120210000000003,241.20,51200,39800,610',
]);
/** acme.studio: Dec 30..Jan 2, then Jan 5 in a second upload (Jan 3 and 4 missing). */
const ORGANIC_EARLY = csv('organic-early.csv', [
  ORGANIC_HEADER,
  ...organicDays('INSTAGRAM', 'ig_1', 'acme.studio', ['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']),
]);
const ORGANIC_LATER = csv('organic-later.csv', [
  ORGANIC_HEADER,
  ...organicDays('INSTAGRAM', 'ig_1', 'acme.studio', ['2026-01-05']),
  // Only after January: no row for a January range.
  ...organicDays('LINKEDIN', 'li_1', 'Acme', ['2026-02-10']),
]);

const JANUARY = { from: '2026-01-01', to: '2026-01-31' };

interface Row {
  platform: string;
  accountName: string;
  kind: string;
  firstDay: string;
  lastDay: string;
  present: DayRun[];
  missing: DayRun[];
  restated: DayRun[];
}

const COVERAGE = `query ($range: DateRange!, $platforms: [Platform!]) {
  coverage(range: $range, platforms: $platforms) {
    platform accountId accountName kind firstDay lastDay
    present { from to days } missing { from to days } restated { from to days }
  }
}`;

const run = (from: string, to: string, days: number): DayRun => ({ from, to, days });

const ACME_FB: Row = {
  platform: 'FACEBOOK',
  accountName: 'Acme FB',
  kind: 'paid',
  firstDay: '2026-01-01',
  lastDay: '2026-01-17',
  // Jan 3 has no row, but the first export's window (Jan 1..5) covered it: no delivery, not missing.
  present: [run('2026-01-01', '2026-01-05', 5), run('2026-01-11', '2026-01-17', 7)],
  missing: [run('2026-01-06', '2026-01-10', 5)],
  restated: [run('2026-01-14', '2026-01-15', 2)],
};
const NORTHWIND: Row = {
  platform: 'FACEBOOK',
  accountName: 'Northwind Meta',
  kind: 'paid-period',
  firstDay: '2026-01-05',
  lastDay: '2026-01-11',
  present: [run('2026-01-05', '2026-01-11', 7)],
  missing: [],
  restated: [],
};
const ACME_STUDIO: Row = {
  platform: 'INSTAGRAM',
  accountName: 'acme.studio',
  kind: 'organic',
  firstDay: '2025-12-30',
  lastDay: '2026-01-05',
  // Jan 6..31 are after the last day with data: "data through Jan 5", not missing.
  present: [run('2026-01-01', '2026-01-02', 2), run('2026-01-05', '2026-01-05', 1)],
  missing: [run('2026-01-03', '2026-01-04', 2)],
  restated: [],
};
const ACME_X: Row = {
  platform: 'X',
  accountName: 'Acme X',
  kind: 'paid',
  firstDay: '2025-12-15',
  lastDay: '2025-12-16',
  present: [],
  missing: [],
  restated: [],
};

/** The rules of compileCoverageQuery written again plainly over in-memory facts, for the property test below. */
const DAYS = 24;
const FIRST_DAY = Date.UTC(2026, 0, 20);
const dayOf = (index: number) => new Date(FIRST_DAY + index * 86_400_000).toISOString().slice(0, 10);
const ACCOUNTS = ['act_1', 'act_2'] as const;
const KINDS = ['paid', 'paid-period'] as const;

const span = fc
  .tuple(fc.nat(DAYS - 1), fc.nat(5))
  .map(([start, length]) => ({ start, end: Math.min(DAYS - 1, start + length) }));
const world = fc.record({
  imports: fc.integer({ min: 1, max: 4 }),
  facts: fc.uniqueArray(
    fc.record({
      account: fc.nat(ACCOUNTS.length - 1),
      kind: fc.constantFrom(...KINDS),
      campaign: fc.constantFrom('c1', 'c2'),
      span,
      // null: written before imports recorded who wrote a fact.
      writer: fc.option(fc.nat(3), { freq: 6 }),
    }),
    {
      maxLength: 14,
      selector: (f) =>
        JSON.stringify([f.account, f.kind, f.campaign, f.span.start, f.kind === 'paid' ? null : f.span.end]),
    },
  ),
  windows: fc.uniqueArray(
    fc.record({ account: fc.nat(ACCOUNTS.length - 1), kind: fc.constantFrom(...KINDS), importIndex: fc.nat(3), span }),
    { maxLength: 6, selector: (w) => JSON.stringify([w.account, w.kind, w.importIndex]) },
  ),
  range: fc.tuple(fc.nat(DAYS - 1), fc.nat(DAYS - 1)).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
});
type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function runsOf(days: number[]): DayRun[] {
  const runs: DayRun[] = [];
  for (const day of [...new Set(days)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last.to === dayOf(day - 1)) {
      last.to = dayOf(day);
      last.days += 1;
    } else runs.push({ from: dayOf(day), to: dayOf(day), days: 1 });
  }
  return runs;
}

function referenceCoverage(input: World): Omit<AccountCoverage, 'platform' | 'accountId'>[] {
  const { from, to } = input.range;
  const rows: Omit<AccountCoverage, 'platform' | 'accountId'>[] = [];
  const imports = new Set(Array.from({ length: input.imports }, (_, index) => index));
  for (const [account, accountName] of ACCOUNTS.entries()) {
    for (const kind of KINDS) {
      const facts = input.facts
        .filter((fact) => fact.account === account && fact.kind === kind)
        .map((fact) => ({
          start: fact.span.start,
          end: kind === 'paid' ? fact.span.start : fact.span.end,
          writer: fact.writer !== null && imports.has(fact.writer) ? fact.writer : null,
        }));
      const windows = input.windows.filter(
        (window) => window.account === account && window.kind === kind && imports.has(window.importIndex),
      );
      const spans = [...facts, ...windows.map(({ span: { start, end } }) => ({ start, end }))].filter(
        ({ start }) => start <= to,
      );
      if (spans.length === 0) continue;
      const firstDay = Math.min(...spans.map(({ start }) => start));
      const lastDay = Math.max(...spans.map(({ end }) => Math.min(end, to)));
      const within = (day: number, { start, end }: { start: number; end: number }) => start <= day && day <= end;
      const days = Array.from({ length: to - from + 1 }, (_, index) => from + index);
      const present = days.filter((day) => spans.some((each) => within(day, each)));
      const missing = days.filter((day) => day >= firstDay && day <= lastDay && !present.includes(day));
      // A later import wrote the day's facts after an earlier import's window had held it.
      const restated = days.filter((day) =>
        facts.some(({ writer, ...fact }) =>
          writer === null
            ? false
            : within(day, fact) && windows.some((window) => window.importIndex < writer && within(day, window.span)),
        ),
      );
      rows.push({
        accountName,
        kind,
        firstDay: dayOf(firstDay),
        lastDay: dayOf(lastDay),
        present: runsOf(present),
        missing: runsOf(missing),
        restated: runsOf(restated),
      });
    }
  }
  return rows;
}

describe.each(TEST_MODES)('coverage: which days each account has, lacks and had restated (%s)', (mode) => {
  let tandem: TestApp;
  let key: string;
  let db: DataSource;
  let seeded = 0;

  const coverage = async (variables: Record<string, unknown>, apiKey = key): Promise<Row[]> => {
    const result = await tandem.graphql<{ coverage: (Row & { accountId: string })[] }>(apiKey, COVERAGE, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.coverage.map(({ accountId, ...row }) => {
      expect(accountId).toMatch(/^[0-9a-f-]{36}$/);
      return row;
    });
  };

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 14 });
    key = await tandem.workspaceKey('coverage');
    db = tandem.app.get(DataSource);
    for (const file of [
      PAID_EARLY,
      PAID_AFTER_GAP,
      PAID_OVERLAP,
      PAID_REPEATED,
      PAID_OLD,
      PERIOD,
      ORGANIC_EARLY,
      ORGANIC_LATER,
    ]) {
      const result = await tandem.importFixture(key, file);
      expect(result.status, `${file.name}: ${JSON.stringify(result.errors)}`).toBe('COMPLETED');
    }
  });

  afterAll(async () => tandem?.close());

  it('lists present, missing and restated days as runs, with the last day with data, per account and kind', async () => {
    expect(await coverage({ range: JANUARY })).toEqual([ACME_FB, NORTHWIND, ACME_STUDIO, ACME_X]);
  });

  it('cuts runs at the range and reads the last day with data on or before its end', async () => {
    expect(await coverage({ range: { from: '2026-01-03', to: '2026-01-12' }, platforms: ['FACEBOOK'] })).toEqual([
      {
        ...ACME_FB,
        lastDay: '2026-01-12',
        present: [run('2026-01-03', '2026-01-05', 3), run('2026-01-11', '2026-01-12', 2)],
        restated: [],
      },
      { ...NORTHWIND, present: [run('2026-01-05', '2026-01-11', 7)] },
    ]);
    // Before its first day an account has nothing missing, and no row before it has any data.
    expect(await coverage({ range: { from: '2025-12-01', to: '2025-12-31' } })).toEqual([
      { ...ACME_STUDIO, lastDay: '2025-12-31', present: [run('2025-12-30', '2025-12-31', 2)], missing: [] },
      { ...ACME_X, present: [run('2025-12-15', '2025-12-16', 2)] },
    ]);
  });

  it('answers only the platforms asked for', async () => {
    expect(await coverage({ range: JANUARY, platforms: ['INSTAGRAM', 'X'] })).toEqual([ACME_STUDIO, ACME_X]);
    expect(await coverage({ range: JANUARY, platforms: [] })).toHaveLength(4);
  });

  it("shows another workspace's key nothing", async () => {
    const other = await tandem.workspaceKey('coverage-other', 'viewer');
    expect(await coverage({ range: JANUARY }, other)).toEqual([]);
  });

  it('refuses a reversed range as bad input', async () => {
    const result = await tandem.graphql(key, COVERAGE, { range: { from: '2026-01-31', to: '2026-01-01' } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  /** A fresh workspace holding these imports (created a minute apart), their windows and the facts they wrote. */
  async function seed(input: World): Promise<string> {
    seeded += 1;
    const slug = `coverage-${mode}-${seeded}`;
    await tandem.workspaceKey(slug);
    const [{ id: workspaceId }] = (await db.query('SELECT id FROM workspace WHERE slug = $1', [slug])) as [
      { id: string },
    ];
    const accountIds: string[] = [];
    for (const external of ACCOUNTS) {
      const [row] = (await db.query(
        `INSERT INTO account (workspace_id, platform, external_id, name) VALUES ($1, 'FACEBOOK', $2, $2) RETURNING id`,
        [workspaceId, external],
      )) as [{ id: string }];
      accountIds.push(row.id);
    }
    const importIds: string[] = [];
    for (let index = 0; index < input.imports; index++) {
      const [row] = (await db.query(
        `INSERT INTO import (workspace_id, file_name, stored_path, size_bytes, status, created_at)
         VALUES ($1, 'f', 'f', 0, 'COMPLETED', timestamptz '2026-02-01T00:00:00Z' + make_interval(mins => $2)) RETURNING id`,
        [workspaceId, index],
      )) as [{ id: string }];
      importIds.push(row.id);
    }
    for (const window of input.windows.filter(({ importIndex }) => importIndex < input.imports)) {
      await db.query(
        `INSERT INTO import_coverage (import_id, workspace_id, platform, account_id, kind, first_day, last_day)
         VALUES ($1, $2, 'FACEBOOK', $3, $4, $5, $6)`,
        [
          importIds[window.importIndex],
          workspaceId,
          accountIds[window.account],
          window.kind,
          dayOf(window.span.start),
          dayOf(window.span.end),
        ],
      );
    }
    for (const fact of input.facts) {
      const writer = fact.writer !== null && fact.writer < input.imports ? importIds[fact.writer] : null;
      const daily = fact.kind === 'paid';
      await db.query(
        daily
          ? `INSERT INTO paid_daily_metric (workspace_id, platform, account_id, campaign_id, currency, import_id, date)
             VALUES ($1, 'FACEBOOK', $2, $3, 'USD', $4, $5)`
          : `INSERT INTO paid_period_metric (workspace_id, platform, account_id, campaign_id, currency, import_id,
               period_start, period_end)
             VALUES ($1, 'FACEBOOK', $2, $3, 'USD', $4, $5, $6)`,
        [
          workspaceId,
          accountIds[fact.account],
          fact.campaign,
          writer,
          dayOf(fact.span.start),
          ...(daily ? [] : [dayOf(fact.span.end)]),
        ],
      );
    }
    return workspaceId;
  }

  it('answers the runs a plain reading of the rules gives', async () => {
    const service = tandem.app.get(CoverageService);
    await fc.assert(
      fc.asyncProperty(world, async (input) => {
        const workspaceId = await seed(input);
        const range = { from: dayOf(input.range.from), to: dayOf(input.range.to) };
        const served = await service.coverage({ workspaceId, range, platforms: null });
        const rows = served.map((row) => {
          expect(row.platform).toBe('FACEBOOK');
          const { accountName, kind, firstDay, lastDay, present, missing, restated } = row;
          return { accountName, kind, firstDay, lastDay, present, missing, restated };
        });
        expect(rows).toEqual(referenceCoverage(input));
      }),
      { numRuns: 40, seed: 16 },
    );
  });
});
