import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ImportsService, MAX_IMPORT_ATTEMPTS } from '../src/modules/imports/imports.service.js';
import { FIXTURES, TEST_MODES, TestApp } from './support/test-app.js';

const PAID_TOTALS = JSON.parse(readFileSync(path.join(FIXTURES, 'paid-small.totals.json'), 'utf8'));

const OVERVIEW = `query ($range: DateRange!, $platforms: [Platform!]) {
  overview(range: $range, platforms: $platforms) {
    paid { spend revenue impressions clicks conversions cpc roas }
    organic { followers followerGrowth impressions engagements engagementRate posts }
    warnings
  } }`;

interface OverviewData {
  overview: {
    paid: {
      spend: number;
      revenue: number;
      impressions: number;
      clicks: number;
      conversions: number;
      cpc: number | null;
      roas: number | null;
    };
    organic: {
      followers: number | null;
      followerGrowth: number | null;
      impressions: number;
      engagements: number;
      engagementRate: number | null;
      posts: number;
    };
    warnings: string[];
  };
}

describe.each(TEST_MODES)('upload → queue → database → GraphQL (%s)', (mode) => {
  let tandem: TestApp;
  let key: string;

  const overview = async (apiKey: string, variables: object = {}) => {
    const result = await tandem.graphql<OverviewData>(apiKey, OVERVIEW, { range: PAID_TOTALS.range, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data!.overview;
  };

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 1, maxUploadMb: 0.01 });
    key = await tandem.workspaceKey('acme');
  });

  afterAll(async () => tandem?.close());

  it('imports a paid template and totals it at the finest level, in the reporting currency only', async () => {
    const run = await tandem.importFixture(key, 'paid-small.csv');
    expect(run).toMatchObject({ status: 'COMPLETED', format: 'tandem-paid', rowsImported: 7, rowsRejected: 0 });
    const { paid, warnings } = await overview(key);
    expect(paid.spend).toBeCloseTo(PAID_TOTALS.all.spend, 6);
    expect(paid.revenue).toBeCloseTo(PAID_TOTALS.all.revenue, 6);
    expect(paid).toMatchObject({
      impressions: PAID_TOTALS.all.impressions,
      clicks: PAID_TOTALS.all.clicks,
      conversions: PAID_TOTALS.all.conversions,
    });
    expect(paid.cpc).toBeCloseTo(PAID_TOTALS.all.spend / PAID_TOTALS.all.pricedClicks, 9);
    expect(warnings).toEqual([expect.stringContaining('EUR')]);
  });

  it('filters by platform', async () => {
    const { paid } = await overview(key, { platforms: ['FACEBOOK'] });
    expect(paid.spend).toBeCloseTo(PAID_TOTALS.facebook.spend, 6);
    expect(paid).toMatchObject({ impressions: PAID_TOTALS.facebook.impressions, clicks: PAID_TOTALS.facebook.clicks });
  });

  it('restates instead of doubling when the same export is uploaded twice', async () => {
    const before = await overview(key);
    const again = await tandem.importFixture(key, 'paid-small.csv');
    expect(again.status).toBe('COMPLETED');
    expect(again.warnings).toEqual([expect.stringMatching(/same file was imported before \(paid-small\.csv/)]);
    expect(await overview(key)).toEqual(before);
  });

  it('restates the overlapping days of a later, overlapping export: last upload wins, nothing doubles', async () => {
    const may = { range: { from: '2026-05-01', to: '2026-05-31' } };
    await tandem.importFixture(key, 'paid-overlap-early.csv');
    expect((await overview(key, may)).paid).toMatchObject({ spend: 60, impressions: 6000, conversions: 3 });
    await tandem.importFixture(key, 'paid-overlap-later.csv');
    // May 1 from the first export, May 2–3 restated by the second, May 4 new.
    expect((await overview(key, may)).paid).toMatchObject({
      spend: 102,
      impressions: 10_200,
      clicks: 102,
      conversions: 7,
    });
    await tandem.importFixture(key, 'paid-overlap-early.csv');
    expect((await overview(key, may)).paid).toMatchObject({ spend: 100, impressions: 10_000, conversions: 4 });
  });

  it('imports an organic template: followers as a gauge, growth and engagements as flows', async () => {
    const run = await tandem.importFixture(key, 'organic-small.csv');
    expect(run).toMatchObject({ status: 'COMPLETED', format: 'tandem-organic', rowsImported: 4 });
    const { organic } = await overview(key);
    expect(organic).toMatchObject({
      followers: 1511,
      followerGrowth: 19,
      impressions: 13_200,
      engagements: 650,
      posts: 4,
    });
    expect(organic.engagementRate).toBeCloseTo(650 / 13_200, 12);
  });

  it('leaves out a negative spend but keeps its row, rejects the 2 rows it cannot place, and imports the rest', async () => {
    const run = await tandem.importFixture(key, 'paid-3-bad-rows.csv');
    expect(run).toMatchObject({ status: 'COMPLETED_WITH_ERRORS', rowsImported: 4, rowsRejected: 2, rowsTotal: 6 });
    expect(run.errors.map(({ row, column }) => ({ row, column }))).toEqual([
      { row: 3, column: 'spend' },
      { row: 5, column: 'date' },
      { row: 7, column: 'platform' },
    ]);
    for (const error of run.errors) expect(error.message.length).toBeGreaterThan(10);
    const april = await overview(key, { range: { from: '2026-04-01', to: '2026-04-30' } });
    expect(april.paid).toMatchObject({ spend: 60, impressions: 6_900 });
  });

  it('fails an unrecognised file with one error naming the supported formats', async () => {
    const run = await tandem.importFixture(key, 'unrecognised.csv');
    expect(run.status).toBe('FAILED');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]!.message).toMatch(/tandem-paid/);
    expect(run.errors[0]!.message).toMatch(/tandem-organic/);
  });

  it('answers 202 with the queued import', async () => {
    const response = await tandem.upload(key, 'organic-small.csv');
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ id: expect.any(String), status: 'QUEUED' });
  });

  it('refuses a file over MAX_UPLOAD_MB with 413 and a JSON error', async () => {
    const response = await tandem.upload(key, '../../../../samples/tandem-organic.csv');
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ statusCode: 413 });
  });

  it('answers 400 to an invalid hint, naming the field', async () => {
    const response = await tandem.upload(key, 'organic-small.csv', { currency: 'DOLLARS' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/currency/);
  });

  it('answers 401 and no data without a valid key', async () => {
    for (const bad of [undefined, 'tdm_not-a-key']) {
      expect((await tandem.upload(bad, 'paid-small.csv')).status).toBe(401);
      const result = await tandem.graphql(bad, OVERVIEW, { range: PAID_TOTALS.range });
      expect(result.status).toBe(401);
      expect(result.data).toBeUndefined();
    }
  });

  it('refuses uploads from a viewer key with 403', async () => {
    const viewer = await tandem.workspaceKey('acme', 'viewer');
    expect((await tandem.upload(viewer, 'paid-small.csv')).status).toBe(403);
    expect((await overview(viewer)).paid.spend).toBeCloseTo(PAID_TOTALS.all.spend, 6);
  });

  it("never shows one workspace's numbers or imports to another's key", async () => {
    const otherKey = await tandem.workspaceKey('globex');
    const { paid, organic } = await overview(otherKey);
    // Nothing of this workspace reports anything: not reported (null), not a measured 0.
    expect(paid.spend).toBeNull();
    expect(organic.impressions).toBeNull();
    const mine = await tandem.graphql<{ imports: { id: string }[] }>(key, '{ imports { id } }');
    const theirs = await tandem.graphql<{ imports: { id: string }[] }>(otherKey, '{ imports { id } }');
    expect(mine.data!.imports.length).toBeGreaterThan(0);
    expect(theirs.data!.imports).toEqual([]);
    const peek = await tandem.graphql<{ import: unknown }>(otherKey, 'query ($id: ID!) { import(id: $id) { id } }', {
      id: mine.data!.imports[0]!.id,
    });
    expect(peek.data!.import).toBeNull();
  });

  it('re-queues imports left pending by a crash, and runs each once', async () => {
    const response = await tandem.upload(key, 'organic-small.csv');
    const { id } = (await response.json()) as { id: string };
    await tandem.waitForImport(key, id);
    await tandem.app
      .get(DataSource)
      .query(`UPDATE import SET status = 'QUEUED', finished_at = NULL WHERE id = $1`, [id]);
    expect(await tandem.app.get(ImportsService).requeuePending()).toBeGreaterThanOrEqual(1);
    const rerun = await tandem.waitForImport(key, id);
    expect(rerun).toMatchObject({ status: 'COMPLETED', rowsImported: 4 });
    expect((await overview(key)).organic.followers).toBe(1511);
  });

  it('stores names with quotes, backslashes, commas, braces and non-ASCII text exactly', async () => {
    const ownKey = await tandem.workspaceKey('awkward-names', 'uploader');
    // (A cell reading just `null` or `-` is an empty marker of the exports, docs/FORMATS.md §0, so never a name.)
    const names = ['say "hi" C:\\ads\\', 'NULL campaign', 'a,b', '{braces}', ' spaced ', 'Été — 日本'];
    const header =
      'date,platform,account_id,account_name,currency,campaign_id,campaign_name,ad_set_id,ad_set_name,spend';
    const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const lines = names.map(
      (name, index) => `2026-06-01,FACEBOOK,act_1,Ads,USD,c${index},${quoted(name)},s1,${quoted(name)},1.00`,
    );
    const run = await tandem.importFixture(ownKey, {
      name: 'awkward.csv',
      content: Buffer.from([header, ...lines].join('\n')),
    });
    expect(run).toMatchObject({ status: 'COMPLETED', rowsImported: names.length });
    const stored: { campaign_name: string; ad_set_name: string }[] = await tandem.app.get(DataSource).query(
      `SELECT m.campaign_name, m.ad_set_name FROM paid_daily_metric AS m JOIN workspace AS w ON w.id = m.workspace_id
       WHERE w.slug = 'awkward-names' ORDER BY m.campaign_id`,
    );
    expect(stored).toEqual(names.map((name) => ({ campaign_name: name.trim(), ad_set_name: name.trim() })));
  });

  it('fails an import whose attempts keep dying instead of re-queuing it forever', async () => {
    const response = await tandem.upload(key, 'organic-small.csv');
    const { id } = (await response.json()) as { id: string };
    await tandem.waitForImport(key, id); // the first attempt
    const database = tandem.app.get(DataSource);
    const [{ workspace_id: workspaceId }] = await database.query(`SELECT workspace_id FROM import WHERE id = $1`, [id]);
    await database.query(`UPDATE import SET status = 'PROCESSING', finished_at = NULL WHERE id = $1`, [id]);
    const imports = tandem.app.get(ImportsService);
    expect(await imports.claim(randomUUID(), id)).toBeUndefined(); // another workspace's claim takes nothing
    // Each further attempt claims it and dies before finishing (nothing ingests here).
    for (let attempt = 2; attempt <= MAX_IMPORT_ATTEMPTS; attempt++) {
      expect(await imports.claim(workspaceId, id)).toBeDefined();
    }
    expect(await imports.claim(workspaceId, id)).toBeUndefined();
    const given = await tandem.waitForImport(key, id);
    expect(given.status).toBe('FAILED');
    expect(given.errors.map((error) => error.message)).toEqual([
      expect.stringMatching(new RegExp(`^Import stopped after ${MAX_IMPORT_ATTEMPTS} attempts that each ended before`)),
    ]);
    expect(await imports.requeuePending()).toBe(0);
  });
});
