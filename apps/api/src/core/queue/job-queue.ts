import { EventEmitter } from 'node:events';
import type { EnqueueOptions, JobHandler, JobName, JobPayloads } from './job-names.js';

/** How many jobs a queue holds in each state, for the queue-depth gauge. */
export interface QueueDepth {
  queue: string;
  state: string;
  count: number;
}

export interface JobQueueEvents {
  /** The queue answers: on connecting, and again after an outage (Redis restarted), when work it refused may be queued. */
  reconnected: [];
  /** An attempt failed; `final` when the queue gives the job up. */
  failed: [{ name: JobName; final: boolean }];
}

/**
 * The one typed job layer. Two adapters implement it: BullMQ on Redis (REDIS_URL set) and an in-process
 * runner (embedded default). Processors register the same handler with either.
 */
export abstract class JobQueue {
  readonly events = new EventEmitter<JobQueueEvents>();

  /** Fails at once, rather than waiting, when the queue is unreachable: the caller keeps the work pending. */
  abstract enqueue<Name extends JobName>(
    name: Name,
    payload: JobPayloads[Name],
    options: EnqueueOptions,
  ): Promise<void>;

  /** Called by processors; handlers only run in processes whose ROLE includes the worker. */
  abstract handle<Name extends JobName>(name: Name, handler: JobHandler<Name>): void;

  /** Starts consuming (worker role only). */
  abstract start(): Promise<void>;

  /** Whether the queue answers now (readiness). */
  abstract isReachable(): Promise<boolean>;

  abstract depth(): Promise<QueueDepth[]>;

  /** Resolves when no job is queued or running: for tests and the demo, never for request handling. */
  abstract whenIdle(): Promise<void>;

  abstract close(): Promise<void>;
}

export const RETRY_POLICY = { attempts: 3, backoffMs: 2_000 } as const;
