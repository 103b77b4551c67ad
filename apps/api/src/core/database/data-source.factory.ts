import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from '../../../../../migrations/migrations.js';
import { ImportErrorRecord } from '../../modules/imports/import-error.entity.js';
import { Account } from '../../modules/accounts/account.entity.js';
import { ImportPreview } from '../../modules/imports/import-preview.entity.js';
import { ImportRun } from '../../modules/imports/import.entity.js';
import { WebhookSource } from '../../modules/webhooks/webhook-source.entity.js';
import { ApiKey } from '../../modules/workspaces/api-key.entity.js';
import { Workspace } from '../../modules/workspaces/workspace.entity.js';
import type { AppConfig } from '../config/config.js';
import { createPGliteDriver } from './pglite-driver.js';

export const entities = [Workspace, ApiKey, Account, ImportRun, ImportErrorRecord, ImportPreview, WebhookSource];

/**
 * One factory, two drivers: `pg` on a real Postgres when DATABASE_URL is set, PGlite in `$DATA_DIR/db`
 * otherwise. Both speak the postgres dialect, so every query and migration is shared.
 */
export function dataSourceOptions(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    parseInt8: true,
  };
  if (config.databaseUrl) return { ...common, url: config.databaseUrl, extra: { max: 10 } };
  return { ...common, driver: createPGliteDriver(path.join(config.dataDir, 'db')) };
}

/** Opens the database and brings its schema up to date (never `synchronize`). */
export async function openDataSource(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  if (config.databaseUrl) await migrateHoldingLock(dataSource);
  else await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** Several api and worker processes may start together on one Postgres: one migrates, the others wait. */
async function migrateHoldingLock(dataSource: DataSource): Promise<void> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
    await lockHolder.release();
  }
}

const MIGRATION_LOCK_ID = 7_263_001;
