import { Readable } from 'node:stream';
import type { CanonicalRow } from '@tandem/formats/canonical.js';
import { readExport } from '@tandem/formats/read-export.js';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountsService } from '../src/modules/accounts/accounts.service.js';
import { BatchContext } from '../src/modules/imports/import-batch-context.js';
import { FactWriter, type ImportChanges } from '../src/modules/metrics/fact-writer.service.js';
import { TEST_MODES, TestApp, type UploadFile } from './support/test-app.js';

/**
 * What each import changed (`Import.changes`), and an import that appears whole: a query during an import sees the
 * facts before it or after it, never part of it. The many-case rule (any sequence of imports against a plain model)
 * is in rollups.property.integration-spec.ts; these are the figures a user reads, through the upload and GraphQL.
 */

const HEADER =
  'date,platform,account_id,account_name,currency,campaign_id,campaign_name,objective,ad_set_id,ad_set_name,ad_id,ad_name,spend,impressions,clicks,conversions,revenue';
const row = (day: string, campaign: string, spend: string, conversions: number) =>
  `${day},FACEBOOK,act_changes,Changes,USD,${campaign},Campaign ${campaign},CONVERSIONS,,,,,${spend},1000,10,${conversions},0`;
const csv = (name: string, rows: string[]): UploadFile => ({
  name,
  content: Buffer.from([HEADER, ...rows].join('\n') + '\n'),
});

const FIRST = ['2026-05-01', '2026-05-02', '2026-05-03'].flatMap((day) => [
  row(day, 'c1', '10.00', 1),
  row(day, 'c2', '10.00', 1),
]);

const CHANGES = `query ($id: ID!) { import(id: $id) { status changes {
  rowsInserted rowsRestated rowsUnchanged daysTouched spend conversions revenue impressions engagements } } }`;
const SPEND = `query ($from: Date!, $to: Date!) { overview(range: { from: $from, to: $to }) { paid { spend } } }`;

describe.each(TEST_MODES)('what an import changed (%s)', (mode) => {
  let tandem: TestApp;
  let key: string;

  const changesOf = async (file: UploadFile) => {
    const { id } = await tandem.importFixture(key, file);
    const answer = await tandem.graphql<{ import: { status: string; changes: ImportChanges | null } }>(key, CHANGES, {
      id,
    });
    return answer.data!.import;
  };

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: mode === 'embedded' ? 60 : 61 });
    key = await tandem.workspaceKey(`changes-${mode}`, 'uploader');
  });

  afterAll(async () => tandem?.close());

  it('counts a first upload as inserted, its re-upload as unchanged, and a restating export by what it changed', async () => {
    expect((await changesOf(csv('may.csv', FIRST))).changes).toEqual({
      rowsInserted: 6,
      rowsRestated: 0,
      rowsUnchanged: 0,
      daysTouched: 3,
      spend: 60,
      conversions: 6,
      revenue: 0,
      impressions: 6000,
      engagements: 0,
    });
    expect((await changesOf(csv('may.csv', FIRST))).changes).toEqual({
      rowsInserted: 0,
      rowsRestated: 0,
      rowsUnchanged: 6,
      daysTouched: 0,
      spend: 0,
      conversions: 0,
      revenue: 0,
      impressions: 0,
      engagements: 0,
    });
    const restating = [...FIRST, row('2026-05-04', 'c1', '5.00', 0)];
    restating[2] = row('2026-05-02', 'c1', '15.50', 3); // was 10.00 and 1
    expect((await changesOf(csv('may-restated.csv', restating))).changes).toEqual({
      rowsInserted: 1,
      rowsRestated: 1,
      rowsUnchanged: 5,
      daysTouched: 2,
      spend: 10.5,
      conversions: 2,
      revenue: 0,
      impressions: 1000,
      engagements: 0,
    });
  });

  it('leaves a day given again unchanged as the import that wrote it left it, and writes a period given again', async () => {
    const db = tandem.app.get(DataSource);
    const writersOf = async (table: string, day: string) =>
      ((await db.query(`SELECT DISTINCT import_id::text AS id FROM ${table} WHERE ${day}`)) as { id: string }[]).map(
        ({ id }) => id,
      );
    const june = csv('june.csv', [row('2026-06-01', 'c1', '10.00', 1)]);
    const first = await tandem.importFixture(key, june);
    const again = await tandem.importFixture(key, june);
    expect(again.status).toBe('COMPLETED');
    expect(await writersOf('paid_daily_metric', "date = '2026-06-01'")).toEqual([first.id]);
    const week = {
      name: 'meta-ads-week.csv',
      content: Buffer.from(
        'Reporting starts,Reporting ends,Account ID,Account name,Campaign name,Campaign ID,Amount spent (USD),Impressions\n' +
          '2026-06-08,2026-06-14,998877,Changes Meta,Spring Sale,120210000000001,241.20,51200\n',
      ),
    };
    await tandem.importFixture(key, week);
    const weekAgain = await tandem.importFixture(key, week);
    expect(weekAgain.status).toBe('COMPLETED');
    // Of two overlapping periods the one written last is in force: a period given again must be the newest.
    expect(await writersOf('paid_period_metric', "period_start = '2026-06-08'")).toEqual([weekAgain.id]);
  });

  it('reads a re-uploaded file with its earlier import’s upload fields, unless the new upload gives its own', async () => {
    // A posts export is a snapshot of the day it was downloaded: `exportedOn` dates it.
    const snapshotOf = async (id: string) =>
      (
        await tandem.app
          .get(DataSource)
          .query('SELECT DISTINCT as_of::text AS day FROM organic_post WHERE import_id = $1', [id])
      ).map((post: { day: string }) => post.day);
    const first = await tandem.importFixture(key, 'instagram-posts.csv', { exportedOn: '2026-03-05' });
    expect(await snapshotOf(first.id)).toEqual(['2026-03-05']);
    const again = await tandem.importFixture(key, 'instagram-posts.csv');
    expect(await snapshotOf(again.id)).toEqual(['2026-03-05']); // not the upload day
    expect(again.warnings).toContain('Read with the upload fields of its earlier import: exportedOn 2026-03-05');
    const third = await tandem.importFixture(key, 'instagram-posts.csv'); // inherits what the second was read with
    expect(await snapshotOf(third.id)).toEqual(['2026-03-05']);
    const given = await tandem.importFixture(key, 'instagram-posts.csv', { exportedOn: '2026-03-09' });
    expect(await snapshotOf(given.id)).toEqual(['2026-03-09']);
    expect(given.warnings.filter((warning) => warning.startsWith('Read with'))).toEqual([]);
  });

  it('says nothing changed (null) for a failed import, and stages nothing it leaves behind', async () => {
    const failed = await changesOf({ name: 'notes.txt', content: Buffer.from('not an export\n') });
    expect(failed).toEqual({ status: 'FAILED', changes: null });
    const staged = await tandem.app
      .get(DataSource)
      .query(
        `SELECT (SELECT count(*) FROM paid_daily_metric_stage) + (SELECT count(*) FROM organic_daily_metric_stage) AS n`,
      );
    expect(Number(staged[0].n)).toBe(0);
  });

  it('shows a file all at once: queries during its import see the totals before it or after it, nothing between', async () => {
    const days = Array.from({ length: 50 }, (_, index) => new Date(Date.UTC(2026, 6, 1) + index * 86_400_000));
    const rows = days.flatMap((day) =>
      Array.from({ length: 100 }, (_, campaign) => row(day.toISOString().slice(0, 10), `k${campaign}`, '1.00', 0)),
    );
    const range = { from: '2026-07-01', to: '2026-10-31' };
    const spend = async () =>
      (await tandem.graphql<{ overview: { paid: { spend: number | null } } }>(key, SPEND, range)).data!.overview.paid
        .spend;
    expect(await spend()).toBeNull();
    const response = await tandem.upload(key, csv('summer.csv', rows));
    const { id } = (await response.json()) as { id: string };
    const seen = new Set<number | null>();
    for (let status = 'QUEUED'; status === 'QUEUED' || status === 'PROCESSING';) {
      seen.add(await spend());
      status = (await tandem.graphql<{ import: { status: string } }>(key, CHANGES, { id })).data!.import.status;
    }
    seen.add(await spend());
    expect([...seen].sort()).toEqual([5_000, null]);
  });

  it('keeps each staging table in step with its fact table: the same columns, and its row order', async () => {
    const columns: { table_name: string; column_name: string; data_type: string }[] = await tandem.app
      .get(DataSource)
      .query(`SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'`);
    const of = (table: string) =>
      columns
        .filter((column) => column.table_name === table)
        .map((column) => `${column.column_name} ${column.data_type}`)
        .sort();
    const stages = [...new Set(columns.map((column) => column.table_name))].filter((table) => table.endsWith('_stage'));
    expect(stages.sort()).toEqual(
      ['organic_daily_metric', 'organic_post', 'paid_audience_metric', 'paid_daily_metric', 'paid_period_metric'].map(
        (table) => `${table}_stage`,
      ),
    );
    for (const stage of stages)
      expect(of(stage), stage).toEqual([...of(stage.replace(/_stage$/, '')), 'stage_row bigint'].sort());
  });
});

/** Two writers of one workspace's facts at once: only Postgres has connections that can hold transactions apart. */
describe('fact writers of one workspace (services)', () => {
  let tandem: TestApp;

  beforeAll(async () => {
    tandem = await TestApp.start('services', { redisDb: 23 });
  });

  afterAll(async () => tandem?.close());

  const rowsOf = async (file: UploadFile): Promise<CanonicalRow[]> => {
    const { events } = await readExport(() => Readable.from([file.content]), file.name);
    const rows: CanonicalRow[] = [];
    for await (const event of events) if (event.type === 'row') rows.push(event.row);
    return rows;
  };

  it('take turns: a merge waits for a writer that has not committed, then finds the facts it wrote', async () => {
    const key = await tandem.workspaceKey('turns', 'uploader');
    const { id: firstImport } = await tandem.importFixture(key, csv('july.csv', [row('2026-07-01', 'c1', '10.00', 1)]));
    const db = tandem.app.get(DataSource);
    const writer = tandem.app.get(FactWriter);
    const [{ workspace_id: workspaceId }] = (await db.query('SELECT workspace_id FROM import WHERE id = $1', [
      firstImport,
    ])) as [{ workspace_id: string }];
    const context = new BatchContext(workspaceId, tandem.app.get(AccountsService), {}, 'USD', new Set());
    const restated = await rowsOf(csv('july-restated.csv', [row('2026-07-01', 'c1', '12.00', 1)]));
    const newImport = async () =>
      (
        (await db.query(
          `INSERT INTO import (workspace_id, file_name, stored_path, size_bytes, status)
           VALUES ($1, 'f', 'f', 0, 'PROCESSING') RETURNING id`,
          [workspaceId],
        )) as [{ id: string }]
      )[0].id;
    const [deliveryId, importId] = [await newImport(), await newImport()];
    await db.transaction(async (manager) =>
      writer.stage(manager, workspaceId, importId, await context.resolve(manager, restated)),
    );

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => (wrote = resolve));
    const delivery = db.transaction(async (manager) => {
      await writer.writeBatch(manager, workspaceId, deliveryId, await context.resolve(manager, restated));
      wrote();
      await held;
    });
    await written;
    let mergeSettled = false;
    const merge = db
      .transaction((manager) => writer.mergeStaged(manager, workspaceId, importId))
      .finally(() => (mergeSettled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mergeSettled, 'the merge waits while the delivery has not committed').toBe(false);
    release();
    await delivery;
    // The delivery restated the day to 12.00 first: the file's 12.00 changes nothing.
    expect(await merge).toMatchObject({ rowsInserted: 0, rowsRestated: 0, rowsUnchanged: 1, spend: 0 });
  });
});
