import type { EnqueueOptions, JobHandler, JobName, JobPayloads } from './job-names.js';

/**
 * The one typed job layer. Two adapters implement it: BullMQ on Redis (REDIS_URL set) and an in-process
 * runner (embedded default). Processors register the same handler with either.
 */
export abstract class JobQueue {
  abstract enqueue<Name extends JobName>(
    name: Name,
    payload: JobPayloads[Name],
    options: EnqueueOptions,
  ): Promise<void>;

  /** Called by processors; handlers only run in processes whose ROLE includes the worker. */
  abstract handle<Name extends JobName>(name: Name, handler: JobHandler<Name>): void;

  /** Starts consuming (worker role only). */
  abstract start(): Promise<void>;

  /** Resolves when no job is queued or running: for tests and the demo, never for request handling. */
  abstract whenIdle(): Promise<void>;

  abstract close(): Promise<void>;
}

export const RETRY_POLICY = { attempts: 3, backoffMs: 2_000 } as const;
