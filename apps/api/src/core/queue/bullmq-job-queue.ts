import { Logger } from '@nestjs/common';
import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import {
  type EnqueueOptions,
  type JobHandler,
  JobName,
  type JobPayloads,
  PermanentJobError,
  QUEUE_OF_JOB,
  QueueName,
} from './job-names.js';
import { JobQueue, RETRY_POLICY } from './job-queue.js';

/** Long enough for a 50 MB workbook to be parsed in one go without the job being taken for stalled. */
const LOCK_DURATION_MS = 120_000;

/** Jobs in Redis, consumed by every process whose ROLE includes the worker. */
export class BullMqJobQueue extends JobQueue {
  private readonly logger = new Logger(BullMqJobQueue.name);
  private readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  private readonly workerConnections: Redis[] = [];
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();

  constructor(
    redisUrl: string,
    private readonly concurrency = 2,
  ) {
    super();
    this.connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  }

  /**
   * A job still waiting or running under this id makes the call a no-op. A finished one kept in Redis is
   * replaced: the database said the work is still pending, and processors skip work that is already done.
   */
  async enqueue<Name extends JobName>(name: Name, payload: JobPayloads[Name], options: EnqueueOptions): Promise<void> {
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
      });
      worker.on('failed', (job, error) => job && this.onFailed(job, error));
      this.workers.push(worker);
    }
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
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await Promise.all([...this.workerConnections, this.connection].map((connection) => connection.quit()));
  }

  private workerConnection(): Redis {
    const connection = this.connection.duplicate();
    this.workerConnections.push(connection);
    return connection;
  }

  private async process(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new UnrecoverableError(`No handler registered for job ${job.name}`);
    try {
      await handler.run(job.data as JobPayloads[JobName]);
    } catch (error) {
      if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  /** Every failed attempt lands here; after the last one the job is given up. */
  private async onFailed(job: Job, error: Error): Promise<void> {
    this.logger.warn(`Job ${job.name} ${job.id} failed (attempt ${job.attemptsMade}): ${error.message}`);
    const willRetry = job.attemptsMade < (job.opts.attempts ?? 1) && error.name !== UnrecoverableError.name;
    if (willRetry) return;
    const handler = this.handlers.get(job.name as JobName);
    await handler
      ?.giveUp(job.data as JobPayloads[JobName], error)
      .catch((failure: Error) => this.logger.error(failure.message));
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection });
      this.queues.set(name, queue);
    }
    return queue;
  }
}
