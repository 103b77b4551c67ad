import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataSourceOptions, openDataSource } from '../src/core/database/data-source.factory.js';
import { createDatabase } from './support/test-app.js';

/**
 * The migrations that replace `refresh_paid_rollups` can be undone, each back to the function its predecessor made
 * (each a frozen text of its migration): RollupRefreshByDay to CampaignMonthlyRollup's; then, after
 * FactsReferenceTheirAccount gives the facts back their two foreign keys, CampaignMonthlyRollup to the one-step refresh of RollupRefreshInOneStep
 * (BigintSum between them adds the aggregate both later ones use), and that to the join of PaidRollups.
 */
describe('migrations of the rollups’ refresh, down and up', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await openDataSource({ databaseUrl: await createDatabase(inject('databaseUrl')), dataDir: '' });
  });

  afterAll(async () => db?.destroy());

  const refreshText = async () =>
    ((await db.query(`SELECT prosrc FROM pg_proc WHERE proname = 'refresh_paid_rollups'`)) as { prosrc: string }[])
      .map((row) => row.prosrc)
      .join('\n');
  const exists = async (name: string) =>
    ((await db.query('SELECT to_regclass($1) IS NOT NULL AS found', [name])) as [{ found: boolean }])[0].found;

  it('goes back step by step to the refresh each migration replaced, and up again', async () => {
    const newest = await refreshText();
    expect(newest).toMatch(/INSERT INTO paid_campaign_monthly_rollup/);
    expect(newest).toMatch(/bigint_sum\(/);
    expect(newest).toMatch(/fact\.account_id = ANY \(touched\.accounts\)/);

    await db.undoLastMigration({ transaction: 'each' }); // RollupRefreshByDay: an account day at a time again
    const monthly = await refreshText();
    expect(monthly).toMatch(/INSERT INTO paid_campaign_monthly_rollup/);
    expect(monthly).toMatch(/fact\.account_id = touched\.account_id\s+AND fact\.date = touched\.date/);

    const keysOf = async (table: string) =>
      (
        (await db.query(
          `SELECT pg_get_constraintdef(oid) AS key FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f' ORDER BY 1`,
          [table],
        )) as { key: string }[]
      ).map(({ key }) => key);
    expect(await keysOf('paid_daily_metric')).toEqual([
      'FOREIGN KEY (workspace_id, account_id) REFERENCES account(workspace_id, id) ON DELETE CASCADE',
    ]);
    await db.undoLastMigration({ transaction: 'each' }); // FactsReferenceTheirAccount: the two keys again
    expect(await keysOf('paid_daily_metric')).toEqual([
      'FOREIGN KEY (account_id) REFERENCES account(id) ON DELETE CASCADE',
      'FOREIGN KEY (workspace_id) REFERENCES workspace(id) ON DELETE CASCADE',
    ]);

    await db.undoLastMigration({ transaction: 'each' });
    expect(await exists('paid_campaign_monthly_rollup')).toBe(false);
    expect(await refreshText()).toMatch(/RETURNING \*/);
    expect(await refreshText()).not.toMatch(/bigint_sum|monthly/);

    await db.undoLastMigration({ transaction: 'each' });
    await db.undoLastMigration({ transaction: 'each' });
    expect(await refreshText()).toMatch(/JOIN paid_campaign_daily_rollup AS f/);
    expect(await refreshText()).not.toMatch(/RETURNING/);

    await db.runMigrations({ transaction: 'each' });
    expect(await refreshText()).toBe(newest);
    expect(await exists('paid_campaign_monthly_rollup')).toBe(true);
    expect(dataSourceOptions({ databaseUrl: 'postgres://x', dataDir: '' }).migrations).toHaveLength(
      (await db.query('SELECT count(*)::int AS n FROM migrations'))[0].n,
    );
  });
});
