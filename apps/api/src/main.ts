import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createHttpApp } from './bootstrap.js';
import { ConfigError, loadConfig, servesHttp } from './core/config/config.js';
import { runWorker } from './worker.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!servesHttp(config.role)) return runWorker(config);
  const app = await createHttpApp(config);
  await app.listen(config.port, config.host);
  const mode = `${config.databaseUrl ? 'Postgres' : 'embedded PGlite'} + ${config.redisUrl ? 'BullMQ' : 'in-process jobs'}`;
  new Logger('Tandem').log(`Tandem (${config.role}, ${mode}) at http://${config.host}:${config.port}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
