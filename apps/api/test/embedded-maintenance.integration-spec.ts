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
  async function countersShow(column: string, holds: (value: number) => boolean): Promise<void> {
    for (let tries = 0; tries < 50; tries++) {
      const [row] = (await db.query(`SELECT ${column} AS value FROM pg_stat_user_tables WHERE relname = $1`, [
        PROBE,
      ])) as [{ value: string } | undefined];
      if (holds(Number(row?.value ?? 0))) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${PROBE}.${column} never reached what the test waits for`);
  }

  /** What a maintenance run did to the probe table (other tables may be due too: the app's own writes). */
  const probeMaintenance = async () => (await maintenance.runOnce()).filter((command) => command.endsWith(PROBE));

  const estimatedRows = async (table: string) =>
    Number(
      ((await db.query('SELECT reltuples FROM pg_class WHERE relname = $1', [table])) as [{ reltuples: number }])[0]
        .reltuples,
    );

  it('analyses a table that grew past the threshold, so the planner knows its size', async () => {
    await db.query(`CREATE TABLE ${PROBE} AS SELECT n FROM generate_series(1, 5000) AS n`);
    await countersShow('n_mod_since_analyze', (changed) => changed >= 5000);
    expect(await estimatedRows(PROBE)).toBeLessThanOrEqual(0);
    expect(await probeMaintenance()).toEqual([`VACUUM (ANALYZE) public.${PROBE}`]);
    expect(await estimatedRows(PROBE)).toBe(5000);
    expect(await probeMaintenance()).toEqual([]);
  });

  it('leaves a table alone below the threshold, and vacuums one whose rows died', async () => {
    await db.query(`DELETE FROM ${PROBE} WHERE n <= 40`);
    await countersShow('n_dead_tup', (dead) => dead >= 40);
    expect(await probeMaintenance()).toEqual([]);
    await db.query(`DELETE FROM ${PROBE} WHERE n <= 3000`);
    await countersShow('n_dead_tup', (dead) => dead >= 3000);
    expect(await probeMaintenance()).toEqual([`VACUUM (ANALYZE) public.${PROBE}`]);
    expect(await estimatedRows(PROBE)).toBe(2000);
    await countersShow('n_dead_tup', (dead) => dead === 0);
  });
});

const PROBE = 'maintenance_probe';
