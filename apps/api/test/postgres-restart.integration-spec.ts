import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, TestApp } from './support/test-app.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from './support/throwaway-services.js';

/**
 * Postgres crashing under a running import (issue 18, item 2): the attempt fails, the job's retry stages the file
 * again (a crash empties the UNLOGGED stages anyway) and the import ends with the file's exact totals. The Postgres
 * is this file's own, so crashing it disturbs no other test file.
 */
describe('with Postgres crashed and restarted during an import (services mode)', () => {
  let postgres: ThrowawayPostgres;
  let tandem: TestApp;
  let key: string;

  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    tandem = await TestApp.start('services', { redisDb: 62, databaseUrl: await createDatabase(postgres.url) });
    key = await tandem.workspaceKey('crash', 'uploader');
  });

  afterAll(async () => {
    await tandem?.close();
    await postgres?.stop();
  });

  it('retries the import and ends with the file’s exact totals: nothing lost, nothing counted twice', async () => {
    const days = 300;
    const campaigns = 200;
    const lines = ['date,platform,account_id,currency,campaign_id,spend'];
    for (let day = 0; day < days; day++) {
      const date = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      for (let campaign = 0; campaign < campaigns; campaign++)
        lines.push(`${date},FACEBOOK,act_crash,USD,c${campaign},1.25`);
    }
    const response = await tandem.upload(key, { name: 'crash.csv', content: Buffer.from(lines.join('\n') + '\n') });
    const { id } = (await response.json()) as { id: string };
    for (;;) {
      const { data } = await tandem.graphql<{ import: { rowsImported: number | null } }>(key, PROGRESS, { id });
      if ((data?.import.rowsImported ?? 0) >= 4_000) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    postgres.crashAndRestart();

    const run = await tandem.waitForImport(key, id, 120_000);
    expect(run).toMatchObject({ status: 'COMPLETED', rowsImported: days * campaigns, rowsRejected: 0 });
    const database = tandem.app.get(DataSource);
    const [facts] = await database.query(
      `SELECT count(*)::int AS rows, sum(spend)::float8 AS spend FROM paid_daily_metric`,
    );
    expect(facts).toEqual({ rows: days * campaigns, spend: days * campaigns * 1.25 });
    const [{ attempts }] = await database.query('SELECT attempts FROM import WHERE id = $1', [id]);
    expect(attempts, 'the crash cut an attempt short; a retry finished the import').toBeGreaterThanOrEqual(2);
    const { data } = await tandem.graphql<{ overview: { paid: { spend: number } } }>(key, SPEND);
    expect(data!.overview.paid.spend).toBe(days * campaigns * 1.25);
  });
});

const PROGRESS = 'query ($id: ID!) { import(id: $id) { rowsImported } }';
const SPEND = `{ overview(range: { from: "2025-01-01", to: "2025-12-31" }) { paid { spend } } }`;
