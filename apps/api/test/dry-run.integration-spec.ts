import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportPreviewService } from '../src/modules/imports/import-preview.service.js';
import { TEST_MODES, TestApp } from './support/test-app.js';

const PREVIEW_FIELDS = `id fileName format from to accounts { platform accountId } rows { kind count }
  paid { currency spend revenue conversions impressions clicks } rowsRejected errors { row column message rowImported } committedImportId`;

interface Preview {
  id: string;
  format: string | null;
  errors: { row: number | null; message: string; rowImported: boolean }[];
}

const dryRun = async (tandem: TestApp, key: string, fixture: string): Promise<{ status: number; preview: Preview }> => {
  const response = await tandem.upload(key, fixture, {}, { dryRun: 'true' });
  return { status: response.status, preview: (await response.json()) as Preview };
};

describe.each(TEST_MODES)('dry run of an upload (%s)', (mode) => {
  let tandem: TestApp;
  let key: string;

  const paidSpend = async () => {
    const result = await tandem.graphql<{ overview: { paid: { spend: number | null } } }>(
      key,
      'query ($range: DateRange!) { overview(range: $range) { paid { spend } } }',
      { range: { from: '2026-01-01', to: '2026-12-31' } },
    );
    return result.data!.overview.paid.spend;
  };

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 4 });
    key = await tandem.workspaceKey('preview');
  });

  afterAll(async () => tandem?.close());

  it('answers what would be imported and writes no facts and no import', async () => {
    const { status, preview } = await dryRun(tandem, key, 'paid-3-bad-rows.csv');
    expect(status).toBe(200);
    expect(preview).toMatchObject({
      fileName: 'paid-3-bad-rows.csv',
      format: 'tandem-paid',
      from: '2026-04-01',
      to: '2026-04-03',
      accounts: [{ platform: 'FACEBOOK', accountId: 'act_1' }],
      // Line 3's negative spend is left out, its row kept; lines 5 and 7 cannot be placed (bad day, platform).
      rows: [{ kind: 'paid', count: 4 }],
      paid: [{ currency: 'USD', spend: '60', revenue: '300', conversions: '6', impressions: 6900, clicks: 64 }],
      rowsRejected: 2,
      committedImportId: null,
    });
    expect(preview.errors.map(({ row, rowImported }) => [row, rowImported])).toEqual([
      [3, true],
      [5, false],
      [7, false],
    ]);
    expect(await paidSpend()).toBeNull(); // nothing written: not reported
    expect((await tandem.graphql<{ imports: unknown[] }>(key, '{ imports { id } }')).data!.imports).toEqual([]);

    const viaGraphQL = await tandem.graphql<{ importPreview: unknown }>(
      key,
      `query ($id: ID!) { importPreview(id: $id) { ${PREVIEW_FIELDS} } }`,
      { id: preview.id },
    );
    expect(preview).toMatchObject(viaGraphQL.data!.importPreview as object);
  });

  it('commits a preview into an import, once', async () => {
    const { preview } = await dryRun(tandem, key, 'paid-small.csv');
    const commit = `mutation ($id: ID!) { commitImportPreview(id: $id) { id } }`;
    const first = await tandem.graphql<{ commitImportPreview: { id: string } }>(key, commit, { id: preview.id });
    const second = await tandem.graphql<{ commitImportPreview: { id: string } }>(key, commit, { id: preview.id });
    expect(second.data!.commitImportPreview.id).toBe(first.data!.commitImportPreview.id);
    const run = await tandem.waitForImport(key, first.data!.commitImportPreview.id);
    expect(run).toMatchObject({ status: 'COMPLETED', rowsImported: 7 });
    expect(await paidSpend()).toBeCloseTo(1121.84, 6);
  });

  it('names the supported formats when no format reads the file', async () => {
    const { preview } = await dryRun(tandem, key, 'unrecognised.csv');
    expect(preview.format).toBeNull();
    expect(preview.errors[0]!.message).toMatch(/tandem-paid/);
  });

  it('deletes uncommitted previews after their lifetime, with their files, and keeps younger ones', async () => {
    const { preview: stale } = await dryRun(tandem, key, 'organic-small.csv');
    const { preview: fresh } = await dryRun(tandem, key, 'organic-small.csv');
    const database = tandem.app.get(DataSource);
    const [{ stored_path: storedPath }] = await database.query(`SELECT stored_path FROM import_preview WHERE id = $1`, [
      stale.id,
    ]);
    await database.query(`UPDATE import_preview SET created_at = now() - interval '2 days' WHERE id = $1`, [stale.id]);
    const removed = await tandem.app.get(ImportPreviewService).deleteExpired(new Date(Date.now() - 86_400_000));
    expect(removed).toBe(1);
    expect(existsSync(storedPath)).toBe(false);
    const lookup = 'query ($id: ID!) { importPreview(id: $id) { id } }';
    expect(
      (await tandem.graphql<{ importPreview: unknown }>(key, lookup, { id: stale.id })).data!.importPreview,
    ).toBeNull();
    expect(
      (await tandem.graphql<{ importPreview: unknown }>(key, lookup, { id: fresh.id })).data!.importPreview,
    ).toEqual({
      id: fresh.id,
    });
  });

  it("never shows another workspace's preview", async () => {
    const { preview } = await dryRun(tandem, key, 'paid-small.csv');
    const stranger = await tandem.workspaceKey('stranger');
    const peek = await tandem.graphql<{ importPreview: unknown }>(
      stranger,
      'query ($id: ID!) { importPreview(id: $id) { id } }',
      {
        id: preview.id,
      },
    );
    expect(peek.data!.importPreview).toBeNull();
    const commit = await tandem.graphql(stranger, 'mutation ($id: ID!) { commitImportPreview(id: $id) { id } }', {
      id: preview.id,
    });
    expect(commit.errors?.[0]?.message).toMatch(/No import preview/);
  });
});
