import type { ChildProcess } from 'node:child_process';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, spawnBuiltWorker } from './support/built-worker.js';
import { TestApp } from './support/test-app.js';

const DAYS = 400;
const CAMPAIGNS = 500;
const ROWS = DAYS * CAMPAIGNS;
const SPEND = 'query { overview(range: { from: "2024-01-01", to: "2026-12-31" }) { paid { spend } } }';
const PROGRESS = 'query ($id: ID!) { import(id: $id) { status rowsImported } }';

/**
 * A worker process killed with SIGKILL in the middle of an import (issue 18, item 2): what it staged is never seen,
 * and once another worker runs, the queue hands it the job (the dead worker's lock runs out, README "Imports") and
 * the import ends with the file's exact totals. The workers are the built server (`dist/main.js`, ROLE=worker),
 * processes of their own beside this file's api.
 */
describe('with the worker killed (kill -9) during an import (services mode)', () => {
  let tandem: TestApp;
  let key: string;
  const workers: ChildProcess[] = [];

  const startWorker = () => {
    const worker = spawnBuiltWorker(tandem);
    workers.push(worker);
    return worker;
  };

  beforeAll(async () => {
    assertBuilt('The worker-kill test');
    tandem = await TestApp.start('services', { redisDb: 18, worker: false, maxUploadMb: 50 });
    key = await tandem.workspaceKey('killed', 'uploader');
  });

  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    await tandem?.close();
  });

  it('shows nothing of the killed attempt, then the exact totals once a new worker has taken the job', async () => {
    const killed = startWorker();
    const response = await tandem.upload(key, { name: 'killed.csv', content: paidFile() });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    for (;;) {
      const { data } = await tandem.graphql<{ import: { rowsImported: number | null } }>(key, PROGRESS, { id });
      if ((data?.import.rowsImported ?? 0) >= 10_000) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    killed.kill('SIGKILL');
    await new Promise((resolve) => killed.once('exit', resolve));
    const { data: during } = await tandem.graphql<{ import: { status: string } }>(key, PROGRESS, { id });
    expect(during!.import.status).toBe('PROCESSING');
    expect(await spendShown()).toBeNull();

    const newWorkerStarted = Date.now();
    startWorker();
    const run = await tandem.waitForImport(key, id, 150_000);
    const database = tandem.app.get(DataSource);
    const [{ attempts, started_at: retaken }] = await database.query(
      'SELECT attempts, started_at FROM import WHERE id = $1',
      [id],
    );
    const seconds = (new Date(retaken).getTime() - newWorkerStarted) / 1000;
    console.log(`[worker-kill] the new worker took the import ${seconds.toFixed(1)} s after its start`);
    // A deadline set by timers (the lock's 20 s, the stall check's 10 s), not by how fast the machine is.
    expect(seconds, 'the job is taken again within 60 s of the new worker’s start').toBeLessThan(60);
    expect(attempts, 'the killed attempt, then the new worker’s').toBe(2);
    expect(run).toMatchObject({ status: 'COMPLETED', rowsImported: ROWS, rowsRejected: 0 });
    const [facts] = await database.query(
      `SELECT count(*)::int AS rows, sum(spend)::float8 AS spend FROM paid_daily_metric
       WHERE workspace_id = (SELECT workspace_id FROM import WHERE id = $1)`,
      [id],
    );
    expect(facts).toEqual({ rows: ROWS, spend: ROWS * 1.25 });
    expect(await spendShown()).toBe(ROWS * 1.25);
  }, 240_000);

  async function spendShown(): Promise<number | null> {
    const { data, errors } = await tandem.graphql<{ overview: { paid: { spend: number | null } } }>(key, SPEND);
    expect(errors).toBeUndefined();
    return data!.overview.paid.spend;
  }
});

function paidFile(): Buffer {
  const lines = ['date,platform,account_id,currency,campaign_id,spend'];
  for (let day = 0; day < DAYS; day++) {
    const date = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    for (let campaign = 0; campaign < CAMPAIGNS; campaign++)
      lines.push(`${date},FACEBOOK,act_kill,USD,c${campaign},1.25`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}
