import { Logger } from '@nestjs/common';
import { DelayedError, type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { withTimeout } from '../async/with-timeout.util.js';
import {
  type EnqueueOptions,
  JobDeferredError,
  type JobHandler,
  JobName,
  type JobPayloads,
  PermanentJobError,
  QUEUE_OF_JOB,
  QueueName,
} from './job-names.js';
import { JobQueue, type QueueDepth, RETRY_POLICY } from './job-queue.js';

/**
 * A running job's lock lives this long unless renewed (every half of it). A killed worker stops renewing, so its
 * job is taken for stalled once the lock has run out and another worker's check (every STALLED_INTERVAL_MS) sees it:
 * about 30 s after the kill, whatever the job. Nothing holds a worker's thread for half of it (a large workbook is
 * decoded on a thread of its own; copying it back takes 5 s), so a live worker keeps its job.
 */
const LOCK_DURATION_MS = 20_000;
const STALLED_INTERVAL_MS = 10_000;
/** An upload waits no longer than this for Redis before it is answered (its import stays pending in the database). */
const ENQUEUE_TIMEOUT_MS = 1_000;
const COUNTED_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed'] as const;

/** Jobs in Redis, consumed by every process whose ROLE includes the worker. */
export class BullMqJobQueue extends JobQueue {
  private readonly logger = new Logger(BullMqJobQueue.name);
  /** The producer connection (fails fast while Redis is away); shared with the API's rate limiter. */
  readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  private readonly workerConnections: Redis[] = [];
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();
  private reachable = false;
  private closing = false;

  constructor(
    private readonly redisUrl: string,
    private readonly concurrency = 2,
  ) {
    super();
    // Producer side: a command fails at once while Redis is away instead of waiting in ioredis' offline queue.
    this.connection = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.connection.on('ready', () => this.onReady());
    this.connection.on('error', (error: Error) => this.onLost(error));
    this.connection.on('close', () => this.onLost());
  }

  /**
   * A job still waiting or running under this id makes the call a no-op. A finished one kept in Redis is
   * replaced: the database said the work is still pending, and processors skip work that is already done.
   * Bounded in time: while Redis is starting or away the call fails (the add may still land later, harmlessly).
   */
  enqueue<Name extends JobName>(name: Name, payload: JobPayloads[Name], options: EnqueueOptions): Promise<void> {
    const message = `Redis did not answer within ${ENQUEUE_TIMEOUT_MS} ms`;
    return withTimeout(this.add(name, payload, options), ENQUEUE_TIMEOUT_MS, message);
  }

  private async add<Name extends JobName>(name: Name, payload: JobPayloads[Name], options: EnqueueOptions) {
    const queue = this.queue(QUEUE_OF_JOB[name]);
    const previous = await queue.getJob(options.jobId);
    if (previous && ((await previous.isCompleted()) || (await previous.isFailed()))) await previous.remove();
    await queue.add(name, payload, {
      jobId: options.jobId,
      ...(options.delayMs ? { delay: options.delayMs } : {}),
      attempts: RETRY_POLICY.attempts,
      backoff: { type: 'exponential', delay: RETRY_POLICY.backoffMs },
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 5000 },
    });
  }

  handle<Name extends JobName>(name: Name, handler: JobHandler<Name>): void {
    this.handlers.set(name, handler as JobHandler<JobName>);
  }

  async start(): Promise<void> {
    const queueNames = new Set([...this.handlers.keys()].map((name) => QUEUE_OF_JOB[name]));
    for (const queueName of queueNames) {
      const worker = new Worker(queueName, (job) => this.process(job), {
        // BullMQ leaves a connection it is handed open on close (it may be shared): close() quits it.
        connection: this.workerConnection(),
        concurrency: this.concurrency,
        lockDuration: LOCK_DURATION_MS,
        stalledInterval: STALLED_INTERVAL_MS,
      });
      worker.on('failed', (job, error) => job && this.onFailed(job, error));
      worker.on('error', (error) => (this.reachable ? this.logger.warn(`Worker: ${error.message}`) : undefined));
      this.workers.push(worker);
    }
  }

  async isReachable(): Promise<boolean> {
    return (
      this.connection.status === 'ready' &&
      (await this.connection.ping().then(
        () => true,
        () => false,
      ))
    );
  }

  async depth(): Promise<QueueDepth[]> {
    if (this.connection.status !== 'ready') return [];
    return (
      await Promise.all(
        Object.values(QueueName).map(async (queue) => {
          const counts = await this.queue(queue).getJobCounts(...COUNTED_STATES);
          return Object.entries(counts).map(([state, count]) => ({ queue, state, count }));
        }),
      )
    ).flat();
  }

  async whenIdle(): Promise<void> {
    for (;;) {
      const counts = await Promise.all(
        Object.values(QueueName).map((name) =>
          this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'prioritized'),
        ),
      );
      if (counts.every((count) => Object.values(count).every((n) => n === 0))) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await Promise.all([...this.workerConnections, this.connection].map((connection) => connection.quit()));
  }

  private workerConnection(): Redis {
    const connection = new Redis(this.redisUrl, { maxRetriesPerRequest: null });
    this.workerConnections.push(connection);
    return connection;
  }

  private async process(job: Job, token?: string): Promise<void> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new UnrecoverableError(`No handler registered for job ${job.name}`);
    try {
      await handler.run(job.data as JobPayloads[JobName]);
    } catch (error) {
      if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
      if (error instanceof JobDeferredError) {
        await job.moveToDelayed(Date.now() + error.delayMs, token);
        throw new DelayedError(error.message);
      }
      throw error;
    }
  }

  /** Every failed attempt lands here; after the last one the job is given up. */
  private async onFailed(job: Job, error: Error): Promise<void> {
    this.logger.warn(`Job ${job.name} ${job.id} failed (attempt ${job.attemptsMade}): ${error.message}`);
    const willRetry = job.attemptsMade < (job.opts.attempts ?? 1) && error.name !== UnrecoverableError.name;
    this.events.emit('failed', { name: job.name as JobName, final: !willRetry });
    if (willRetry) return;
    const handler = this.handlers.get(job.name as JobName);
    await handler
      ?.giveUp(job.data as JobPayloads[JobName], error)
      .catch((failure: Error) => this.logger.error(failure.message));
  }

  private onReady(): void {
    this.reachable = true;
    this.events.emit('reconnected');
  }

  /** Logged once per outage: ioredis reconnects every second or two and would repeat it each time. */
  private onLost(error?: Error): void {
    if (!this.reachable || this.closing) return;
    this.reachable = false;
    this.logger.warn(
      `Redis is unreachable${error ? ` (${error.message})` : ''}: uploads stay pending until it returns`,
    );
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection });
      queue.on('error', (error) => this.onLost(error));
      this.queues.set(name, queue);
    }
    return queue;
  }
}
