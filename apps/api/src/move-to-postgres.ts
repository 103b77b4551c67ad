import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config/config.js';
import { moveToPostgres } from './core/database/move-to-postgres.js';

/** `npm run move-to-postgres`: the embedded database of DATA_DIR into the empty Postgres of DATABASE_URL. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError('Set DATABASE_URL to the (empty) Postgres database to move into');
  console.log(`Moving the embedded database of ${config.dataDir} into Postgres…`);
  const moved = await moveToPostgres(config.dataDir, config.databaseUrl);
  for (const { table, rows } of moved) console.log(`  ${table}: ${rows} rows`);
  console.log('Done. Start Tandem with the same DATA_DIR (the uploads stay there) and this DATABASE_URL.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
