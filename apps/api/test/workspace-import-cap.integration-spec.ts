import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTemplateFile } from '../bench/template-file.js';
import { TestApp } from './support/test-app.js';

/**
 * WORKSPACE_IMPORT_CONCURRENCY: a workspace's imports beyond the cap wait in the queue, though the worker could take
 * more (BullMQ runs 2 jobs at once per worker), and other workspaces are not held up.
 */
describe('concurrent imports per workspace (services mode, cap 1)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-cap-'));
  let tandem: TestApp;
  let content: Uint8Array;

  beforeAll(async () => {
    const file = path.join(dir, 'paid.csv');
    await writeTemplateFile(file, 20_000);
    content = readFileSync(file);
    tandem = await TestApp.start('services', { redisDb: 54, env: { WORKSPACE_IMPORT_CONCURRENCY: '1' } });
  });

  afterAll(async () => {
    await tandem?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs one import of a workspace at a time, the others waiting their turn, and completes them all', async () => {
    const agency = await tandem.workspaceKey('agency');
    const other = await tandem.workspaceKey('other-brand');
    const uploads = [agency, agency, agency, other].map((key) => upload(tandem, key, content));
    const ids = await Promise.all(uploads);
    const runs = await Promise.all(ids.map(({ key, id }) => tandem.waitForImport(key, id, 120_000)));
    expect(runs.map((run) => run.status)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED']);

    const agencyIds = ids.filter(({ key }) => key === agency).map(({ id }) => id);
    const intervals = (await tandem.app
      .get(DataSource)
      .query('SELECT started_at, finished_at FROM import WHERE id = ANY($1) ORDER BY started_at', [agencyIds])) as {
      started_at: Date;
      finished_at: Date;
    }[];
    for (let index = 1; index < intervals.length; index++)
      expect(intervals[index]!.started_at.getTime()).toBeGreaterThanOrEqual(
        intervals[index - 1]!.finished_at.getTime(),
      );
  });
});

async function upload(tandem: TestApp, key: string, content: Uint8Array): Promise<{ key: string; id: string }> {
  const response = await tandem.upload(key, { name: 'paid.csv', content });
  expect(response.status).toBe(202);
  return { key, id: ((await response.json()) as { id: string }).id };
}
