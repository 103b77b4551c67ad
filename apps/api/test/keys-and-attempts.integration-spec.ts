import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { EXPORT_FORMATS } from '@tandem/formats/registry.js';
import { loadConfig } from '../src/core/config/config.js';
import { ImportIngestService, SupersededAttemptError } from '../src/modules/imports/import-ingest.service.js';
import { ImportsService } from '../src/modules/imports/imports.service.js';
import { ApiKeysService } from '../src/modules/workspaces/api-keys.service.js';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service.js';
import { TEST_MODES, TestApp } from './support/test-app.js';

const WORKSPACE_QUERY = '{ workspace { name } }';

describe.each(TEST_MODES)('keys, roles and import attempts (%s)', (mode) => {
  let tandem: TestApp;

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 6, maxUploadMb: 0.01 });
  });

  afterAll(async () => tandem?.close());

  it('rotates the bootstrap key: the previous value stops working', async () => {
    const keys = tandem.app.get(ApiKeysService);
    const workspace = await tandem.app.get(WorkspacesService).ensure('default', 'Default workspace');
    const [first, second] = ['first-bootstrap-key-0001', 'second-bootstrap-key-0002'];
    await keys.ensureOnly(workspace.id, 'owner', 'bootstrap', first);
    await keys.ensureOnly(workspace.id, 'owner', 'bootstrap', first);
    expect((await tandem.graphql(first, WORKSPACE_QUERY)).status).toBe(200);
    await keys.ensureOnly(workspace.id, 'owner', 'bootstrap', second);
    expect((await tandem.graphql(first, WORKSPACE_QUERY)).status).toBe(401);
    expect((await tandem.graphql(second, WORKSPACE_QUERY)).status).toBe(200);
  });

  it('keeps imports and previews from viewer keys, and commits from analysts', async () => {
    const viewer = await tandem.workspaceKey('roles', 'viewer');
    const analyst = await tandem.workspaceKey('roles', 'analyst');
    const uploader = await tandem.workspaceKey('roles', 'uploader');
    expect((await tandem.graphql(viewer, '{ imports { id } }')).errors?.[0]?.message).toMatch(/analyst role/);
    expect((await tandem.graphql(analyst, '{ imports { id } }')).errors).toBeUndefined();
    const preview = (await (await tandem.upload(uploader, 'organic-small.csv', {}, { dryRun: 'true' })).json()) as {
      id: string;
    };
    const commit = 'mutation ($id: ID!) { commitImportPreview(id: $id) { id } }';
    const refused = await tandem.graphql(analyst, commit, { id: preview.id });
    expect(refused.errors?.[0]?.message).toMatch(/uploader role/);
    expect((await tandem.graphql(uploader, commit, { id: 'not-a-uuid' })).errors?.[0]?.message).toMatch(
      /No import preview/,
    );
  });

  it('reports a missing role as a FORBIDDEN error, the code the web tells a viewer key by', async () => {
    const viewer = await tandem.workspaceKey('forbidden', 'viewer');
    const refused = await tandem.graphql<null>(viewer, '{ imports { id } }');
    const [error] = (refused.errors ?? []) as { message: string; extensions?: { code?: string } }[];
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.status).toBe(200);
  });

  it('lists every registry format in order to a viewer key, and nothing without a valid key', async () => {
    const viewer = await tandem.workspaceKey('formats', 'viewer');
    const listed = await tandem.graphql<{ formats: { id: string; label: string; grain: string }[] }>(
      viewer,
      '{ formats { id label grain } }',
    );
    expect(listed.errors).toBeUndefined();
    const formats = listed.data!.formats;
    expect(formats.map((format) => format.id)).toEqual(EXPORT_FORMATS.map((format) => format.id));
    expect(formats).toHaveLength(24);
    expect(formats.slice(0, 2)).toEqual([
      { id: 'tandem-paid', label: 'Tandem paid template', grain: 'PAID' },
      { id: 'tandem-organic', label: 'Tandem organic template', grain: 'ORGANIC' },
    ]);
    expect(formats).toContainEqual({ id: 'youtube-studio', label: expect.stringMatching(/YouTube/), grain: 'ORGANIC' });
    expect(formats).toContainEqual({ id: 'meta-ads-manager', label: expect.stringMatching(/Meta Ads/), grain: 'PAID' });

    for (const key of [undefined, 'tdm_not-a-key']) {
      const refused = await tandem.graphql(key, '{ formats { id } }');
      expect(refused.status).toBe(401);
      expect(refused.data).toBeUndefined();
    }
  });

  it('tells each key its own role, so the dashboard offers only what the key may do', async () => {
    for (const role of ['viewer', 'analyst', 'uploader', 'owner'] as const) {
      const key = await tandem.workspaceKey(`key-role-${role}`, role);
      const answer = await tandem.graphql<{ workspace: { keyRole: string } }>(key, '{ workspace { keyRole } }');
      expect(answer.data?.workspace.keyRole).toBe(role.toUpperCase());
    }
  });

  it('removes the partial file of an upload refused as too large', async () => {
    const key = await tandem.workspaceKey('limits', 'uploader');
    const uploads = loadConfig({ DATA_DIR: tandem.dataDir }).uploadsDir;
    const before = readdirSync(uploads).length;
    const response = await tandem.upload(key, path.join('../../../../samples', 'tandem-organic.csv'));
    expect(response.status).toBe(413);
    expect(readdirSync(uploads)).toHaveLength(before);
  });

  it('lets only the newest attempt of an import write: a stale attempt writes nothing', async () => {
    const key = await tandem.workspaceKey('attempts', 'uploader');
    const { id } = (await (await tandem.upload(key, 'organic-small.csv')).json()) as { id: string };
    await tandem.waitForImport(key, id);
    const database = tandem.app.get(DataSource);
    await database.query(`UPDATE import SET status = 'QUEUED' WHERE id = $1`, [id]);
    await database.query(`DELETE FROM organic_daily_metric WHERE import_id = $1`, [id]);
    const [{ workspace_id: workspaceId }] = await database.query(`SELECT workspace_id FROM import WHERE id = $1`, [id]);
    const imports = tandem.app.get(ImportsService);
    const stale = await imports.claim(workspaceId, id);
    const current = await imports.claim(workspaceId, id);
    expect(stale && current && stale.token !== current.token).toBe(true);
    await expect(tandem.app.get(ImportIngestService).ingest(stale!, stale!.run.hints)).rejects.toBeInstanceOf(
      SupersededAttemptError,
    );
    const [{ count }] = await database.query(
      `SELECT count(*)::int AS count FROM organic_daily_metric WHERE import_id = $1`,
      [id],
    );
    expect(count).toBe(0);
    await tandem.app.get(ImportIngestService).ingest(current!, current!.run.hints);
    expect(await tandem.waitForImport(key, id)).toMatchObject({ status: 'COMPLETED', rowsImported: 4 });
  });
});
