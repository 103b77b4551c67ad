import { GenericContainer, getContainerRuntimeClient, Wait } from 'testcontainers';
import type { RunningServices } from './throwaway-services.js';

/** Postgres and Redis in containers when a Docker engine answers; undefined (fast) when none does. */
export async function startContainers(): Promise<RunningServices | undefined> {
  try {
    await getContainerRuntimeClient();
  } catch {
    return undefined;
  }
  const postgres = await new GenericContainer('postgres:16')
    .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: 'trust' })
    .withExposedPorts(5432)
    .withWaitStrategy(Wait.forLogMessage(/ready to accept connections/, 2))
    .start();
  const redis = await new GenericContainer('redis:7').withExposedPorts(6379).start();
  return {
    databaseUrl: `postgres://postgres@${postgres.getHost()}:${postgres.getMappedPort(5432)}/postgres`,
    redisUrl: `redis://${redis.getHost()}:${redis.getMappedPort(6379)}`,
    async stop() {
      await Promise.all([postgres.stop(), redis.stop()]);
    },
  };
}
