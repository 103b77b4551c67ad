import type { TestProject } from 'vitest/node';
import { ensureInstalled, startThrowawayServices, type RunningServices } from './throwaway-services.js';
import { startContainers } from './containers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
  }
}

/** One Postgres and one Redis for the whole integration suite; each test file takes its own database. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureInstalled(['chromium']); // the browser test drives Debian's Chromium, in either mode
  const services: RunningServices = (await startContainers()) ?? (await startThrowawayServices());
  project.provide('databaseUrl', services.databaseUrl);
  project.provide('redisUrl', services.redisUrl);
  return () => services.stop();
}
