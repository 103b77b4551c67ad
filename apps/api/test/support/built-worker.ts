import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../src/core/config/config.js';
import type { TestApp } from './test-app.js';

/** The built server (`npm run build`), for a test or benchmark that runs it as a process of its own. */
export const BUILT_MAIN = path.resolve(import.meta.dirname, '../../dist/main.js');

export function assertBuilt(who: string): void {
  if (!existsSync(BUILT_MAIN)) throw new Error(`${who} runs the built server at ${BUILT_MAIN}: npm run build`);
}

/**
 * A worker process of the built server (ROLE=worker) on the test app's database, Redis and uploads, as
 * docker-compose runs one beside the api; its warnings go to the test's output.
 */
export function spawnBuiltWorker(tandem: TestApp): ChildProcess {
  const config = tandem.app.get<AppConfig>(APP_CONFIG);
  return spawn(process.execPath, [BUILT_MAIN], {
    env: {
      PATH: process.env.PATH,
      ROLE: 'worker',
      DATABASE_URL: config.databaseUrl,
      REDIS_URL: config.redisUrl,
      DATA_DIR: config.dataDir,
      METRICS_PORT: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
  });
}
