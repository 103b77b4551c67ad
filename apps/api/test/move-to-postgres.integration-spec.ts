import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { moveToPostgres, type MovedTable } from '../src/core/database/move-to-postgres.js';
import { createDatabase, TestApp } from './support/test-app.js';

const TOTALS = `query {
  overview(range: { from: "2026-01-01", to: "2026-12-31" }) {
    organic { followers followerGrowth impressions engagements posts }
    paid { spend impressions clicks conversions revenue }
    warnings
  }
  imports(first: 10) { id cursor fileName status format rowsTotal rowsImported rowsRejected warnings createdAt finishedAt
    errors(first: 10) { row column message } }
}`;

/** `npm run move-to-postgres`: an embedded installation's data, moved, answers exactly as before. */
describe('moving an embedded installation to Postgres', () => {
  let embedded: TestApp | undefined;
  let moved: TestApp | undefined;
  let key: string;
  let before: unknown;
  let targetUrl: string;
  let tables: MovedTable[];

  beforeAll(async () => {
    embedded = await TestApp.start('embedded', { redisDb: 55 });
    key = await embedded.workspaceKey('moving', 'owner');
    for (const fixture of ['paid-small.csv', 'organic-small.csv', 'paid-3-bad-rows.csv'])
      await embedded.importFixture(key, fixture);
    before = (await embedded.graphql(key, TOTALS)).data;
    await embedded.close({ keepData: true });

    targetUrl = await createDatabase(inject('databaseUrl'));
    tables = await moveToPostgres(embedded.dataDir, targetUrl);
    moved = await TestApp.start('services', { redisDb: 55, databaseUrl: targetUrl, dataDir: embedded.dataDir });
  });

  afterAll(() => moved?.close());

  it('keeps the keys, and answers the same totals and the same imports, errors included', async () => {
    expect(tables.find(({ table }) => table === 'import')?.rows).toBe(3);
    expect(tables.find(({ table }) => table === 'api_key')?.rows).toBeGreaterThanOrEqual(1);
    const after = await moved!.graphql(key, TOTALS);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before);
  });

  it('goes on from the copied ids: a new import with errors is stored after the moved ones', async () => {
    const run = await moved!.importFixture(key, 'paid-3-bad-rows.csv');
    expect(run.status).toBe('COMPLETED_WITH_ERRORS');
    expect(run.errors.length).toBeGreaterThan(0);
  });

  it('refuses to move into a database that already holds data', async () => {
    await expect(moveToPostgres(embedded!.dataDir, targetUrl)).rejects.toThrow(/already holds data/);
  });
});
