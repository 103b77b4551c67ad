import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODES, TestApp } from './support/test-app.js';

/**
 * A fact's account belongs to the fact's workspace (migrations/1764448000000-FactsReferenceTheirAccount.ts): the
 * database refuses a fact naming another workspace's account, and a workspace deleted takes its facts, rollups and
 * coverage with its accounts.
 */
describe.each(TEST_MODES)('facts and their accounts (%s)', (mode) => {
  let tandem: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 21 });
    db = tandem.app.get(DataSource);
  });

  afterAll(() => tandem.close());

  const workspaceOf = async (slug: string) => {
    const key = await tandem.workspaceKey(slug, 'uploader');
    expect((await tandem.importFixture(key, 'paid-small.csv')).status).toBe('COMPLETED');
    const [{ id }] = (await db.query('SELECT id FROM workspace WHERE slug = $1', [slug])) as [{ id: string }];
    return id;
  };

  const countIn = async (table: string, workspaceId: string) =>
    (
      (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE workspace_id = $1`, [workspaceId])) as [
        { n: number },
      ]
    )[0].n;

  it("refuses a fact that names another workspace's account", async () => {
    const [mine, theirs] = [await workspaceOf('integrity-a'), await workspaceOf('integrity-b')];
    const [account] = (await db.query('SELECT id FROM account WHERE workspace_id = $1 LIMIT 1', [theirs])) as [
      { id: string },
    ];
    await expect(
      db.query(
        `INSERT INTO paid_daily_metric (workspace_id, platform, account_id, campaign_id, date, currency)
         VALUES ($1, 'FACEBOOK', $2, 'c', '2026-01-01', 'USD')`,
        [mine, account.id],
      ),
    ).rejects.toThrow(/foreign key/);
  });

  it('deletes a workspace with its facts, rollups and coverage, and leaves the others', async () => {
    const [gone, kept] = [await workspaceOf('integrity-gone'), await workspaceOf('integrity-kept')];
    const tables = ['paid_daily_metric', 'paid_daily_rollup', 'paid_campaign_daily_rollup', 'import_coverage'];
    for (const table of tables) expect(await countIn(table, gone)).toBeGreaterThan(0);
    const before = await Promise.all(tables.map((table) => countIn(table, kept)));
    await db.query('DELETE FROM workspace WHERE id = $1', [gone]);
    for (const table of tables) expect(await countIn(table, gone)).toBe(0);
    expect(await Promise.all(tables.map((table) => countIn(table, kept)))).toEqual(before);
  });
});
