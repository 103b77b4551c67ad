import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, servesHttp } from './core/config/config.js';

/** Each role loads only its own entry (and the packages that one imports): a worker never loads the HTTP side. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!servesHttp(config.role)) return (await import('./worker.js')).runWorker(config);
  const app = await (await import('./bootstrap.js')).createHttpApp(config);
  await app.listen(config.port, config.host);
  const mode = `${config.databaseUrl ? 'Postgres' : 'embedded PGlite'} + ${config.redisUrl ? 'BullMQ' : 'in-process jobs'}`;
  new Logger('Tandem').log(`Tandem (${config.role}, ${mode}) at http://${config.host}:${config.port}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
