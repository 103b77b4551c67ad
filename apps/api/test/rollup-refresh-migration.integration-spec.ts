import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataSourceOptions, openDataSource } from '../src/core/database/data-source.factory.js';
import { createDatabase } from './support/test-app.js';

/**
 * The newest migration replaces `refresh_paid_rollups` and can be undone: down restores the function as
 * 1764416000000-PaidRollups.ts made it, up again the one-step refresh (each a frozen text of its migration).
 */
describe('migration RollupRefreshInOneStep, up and down', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await openDataSource({ databaseUrl: await createDatabase(inject('databaseUrl')), dataDir: '' });
  });

  afterAll(async () => db?.destroy());

  const refreshText = async () =>
    ((await db.query(`SELECT prosrc FROM pg_proc WHERE proname = 'refresh_paid_rollups'`)) as { prosrc: string }[])
      .map((row) => row.prosrc)
      .join('\n');

  it('sums the account rollup from the inserted campaign rows, and goes back to the join when undone', async () => {
    expect(await refreshText()).toMatch(/RETURNING \*/);
    await db.undoLastMigration({ transaction: 'each' });
    expect(await refreshText()).toMatch(/JOIN paid_campaign_daily_rollup AS f/);
    expect(await refreshText()).not.toMatch(/RETURNING/);
    await db.runMigrations({ transaction: 'each' });
    expect(await refreshText()).toMatch(/RETURNING \*/);
    expect(dataSourceOptions({ databaseUrl: 'postgres://x', dataDir: '' }).migrations).toHaveLength(
      (await db.query('SELECT count(*)::int AS n FROM migrations'))[0].n,
    );
  });
});
