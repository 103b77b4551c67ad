import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedMaintenanceService } from '../src/core/database/embedded-maintenance.service.js';
import { TestApp } from './support/test-app.js';

/**
 * PGlite runs no autovacuum (embedded-maintenance.service.ts does its work): a table past Postgres's thresholds is
 * analysed, or vacuumed when rows died, and one below them is left alone.
 */
describe('embedded maintenance', () => {
  let tandem: TestApp;
  let db: DataSource;
  let maintenance: EmbeddedMaintenanceService;

  beforeAll(async () => {
    tandem = await TestApp.start('embedded', { redisDb: 20 });
    db = tandem.app.get(DataSource);
    maintenance = tandem.app.get(EmbeddedMaintenanceService);
    await maintenance.runOnce(); // whatever the migrations left due
  });

  afterAll(() => tandem.close());

  /** PGlite's counters reach pg_stat_user_tables within a second or so of a commit. */
  async function countersShow(table: string, column: string, atLeast: number): Promise<void> {
    for (let tries = 0; tries < 50; tries++) {
      const [row] = (await db.query(`SELECT ${column} AS value FROM pg_stat_user_tables WHERE relname = $1`, [
        table,
      ])) as [{ value: string } | undefined];
      if (Number(row?.value ?? 0) >= atLeast) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${table}.${column} never reached ${atLeast}`);
  }

  const estimatedRows = async (table: string) =>
    Number(
      ((await db.query('SELECT reltuples FROM pg_class WHERE relname = $1', [table])) as [{ reltuples: number }])[0]
        .reltuples,
    );

  it('analyses a table that grew past the threshold, so the planner knows its size', async () => {
    await db.query('CREATE TABLE maintenance_probe AS SELECT n FROM generate_series(1, 5000) AS n');
    await countersShow('maintenance_probe', 'n_mod_since_analyze', 5000);
    expect(await estimatedRows('maintenance_probe')).toBeLessThanOrEqual(0);
    expect(await maintenance.runOnce()).toContain('VACUUM (ANALYZE) public.maintenance_probe');
    expect(await estimatedRows('maintenance_probe')).toBe(5000);
    expect(await maintenance.runOnce()).toEqual([]);
  });

  it('leaves a table alone below the threshold, and vacuums one whose rows died', async () => {
    await db.query('DELETE FROM maintenance_probe WHERE n <= 40');
    await countersShow('maintenance_probe', 'n_dead_tup', 40);
    expect(await maintenance.runOnce()).toEqual([]);
    await db.query('DELETE FROM maintenance_probe WHERE n <= 3000');
    await countersShow('maintenance_probe', 'n_dead_tup', 3000);
    expect(await maintenance.runOnce()).toEqual(['VACUUM (ANALYZE) public.maintenance_probe']);
    expect(await estimatedRows('maintenance_probe')).toBe(2000);
    await countersShow('maintenance_probe', 'n_dead_tup', 0);
  });
});
