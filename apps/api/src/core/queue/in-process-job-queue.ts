import { Logger } from '@nestjs/common';
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

interface PendingJob {
  id: string;
  name: JobName;
  payload: unknown;
}

/**
 * The embedded default: jobs run one at a time in this process, with the same retry policy as BullMQ.
 * The database keeps the record of pending work, so a restart loses nothing (pending imports re-queue).
 */
export class InProcessJobQueue extends JobQueue {
  private readonly logger = new Logger(InProcessJobQueue.name);
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();
  private readonly pending: PendingJob[] = [];
  private readonly knownIds = new Set<string>();
  /** Delayed and deferred jobs waiting out their delay before they are in line. */
  private readonly delayed = new Map<NodeJS.Timeout, PendingJob>();
  private running: Promise<void> | undefined;
  private active: PendingJob | undefined;
  private started = false;
  private closed = false;

  constructor(private readonly retryDelayMs: number = RETRY_POLICY.backoffMs) {
    super();
  }

  async enqueue<Name extends JobName>(name: Name, payload: JobPayloads[Name], options: EnqueueOptions): Promise<void> {
    if (this.knownIds.has(options.jobId)) return;
    this.knownIds.add(options.jobId);
    const job = { id: options.jobId, name, payload };
    if (options.delayMs) this.later(job, options.delayMs);
    else this.push(job);
  }

  private push(job: PendingJob): void {
    this.pending.push(job);
    this.drain();
  }

  /** In line after the delay; the runner meanwhile goes on with the others. */
  private later(job: PendingJob, delayMs: number): void {
    const timer = setTimeout(() => {
      this.delayed.delete(timer);
      this.push(job);
    }, delayMs).unref();
    this.delayed.set(timer, job);
  }

  handle<Name extends JobName>(name: Name, handler: JobHandler<Name>): void {
    this.handlers.set(name, handler as JobHandler<JobName>);
  }

  async start(): Promise<void> {
    this.started = true;
    this.drain();
  }

  /** The runner lives in this process: it answers whenever the process does. */
  async isReachable(): Promise<boolean> {
    return true;
  }

  async depth(): Promise<QueueDepth[]> {
    const count = (queue: QueueName, jobs: Iterable<PendingJob>) =>
      [...jobs].filter((job) => QUEUE_OF_JOB[job.name] === queue).length;
    return Object.values(QueueName).flatMap((queue) => [
      { queue, state: 'waiting', count: count(queue, this.pending) },
      { queue, state: 'delayed', count: count(queue, this.delayed.values()) },
      { queue, state: 'active', count: count(queue, this.active ? [this.active] : []) },
    ]);
  }

  async whenIdle(): Promise<void> {
    while (this.running || this.delayed.size > 0)
      await (this.running ?? new Promise((resolve) => setTimeout(resolve, 10)));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.delayed.keys()) clearTimeout(timer);
    this.delayed.clear();
    await this.whenIdle();
  }

  private drain(): void {
    if (!this.started || this.running || this.closed) return;
    this.running = this.runAll().finally(() => (this.running = undefined));
  }

  private async runAll(): Promise<void> {
    for (let job = this.pending.shift(); job && !this.closed; job = this.pending.shift()) {
      this.active = job;
      if (await this.run(job)) this.knownIds.delete(job.id);
      this.active = undefined;
    }
  }

  /** False when the job was deferred and is still known as pending. */
  private async run(job: PendingJob): Promise<boolean> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`No handler registered for job ${job.name}`);
    const payload = job.payload as JobPayloads[JobName];
    for (let attempt = 1; attempt <= RETRY_POLICY.attempts; attempt++) {
      try {
        await handler.run(payload);
        return true;
      } catch (error) {
        if (error instanceof JobDeferredError) {
          this.later(job, error.delayMs); // still known as pending: not finished
          return false;
        }
        this.logger.warn(`Job ${job.name} ${job.id} failed (attempt ${attempt}): ${(error as Error).message}`);
        const final = attempt === RETRY_POLICY.attempts || error instanceof PermanentJobError;
        this.events.emit('failed', { name: job.name, final });
        if (final) {
          await handler.giveUp(payload, error as Error).catch((failure: Error) => this.logger.error(failure.message));
          return true;
        }
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * 2 ** (attempt - 1)));
      }
    }
    return true;
  }
}
