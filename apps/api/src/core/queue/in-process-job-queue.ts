import { Logger } from '@nestjs/common';
import {
  type EnqueueOptions,
  JobDeferredError,
  type JobHandler,
  JobName,
  type JobPayloads,
  PermanentJobError,
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
  private running: Promise<void> | undefined;
  /** Deferred jobs waiting out their delay before they are back in line. */
  private waiting = 0;
  private started = false;
  private closed = false;

  constructor(private readonly retryDelayMs: number = RETRY_POLICY.backoffMs) {
    super();
  }

  async enqueue<Name extends JobName>(name: Name, payload: JobPayloads[Name], options: EnqueueOptions): Promise<void> {
    if (this.knownIds.has(options.jobId)) return;
    this.knownIds.add(options.jobId);
    this.pending.push({ id: options.jobId, name, payload });
    this.drain();
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
    return [
      { queue: QueueName.Imports, state: 'waiting', count: this.pending.length },
      { queue: QueueName.Imports, state: 'delayed', count: this.waiting },
      { queue: QueueName.Imports, state: 'active', count: this.running ? 1 : 0 },
    ];
  }

  async whenIdle(): Promise<void> {
    while (this.running || this.waiting > 0) await (this.running ?? new Promise((resolve) => setTimeout(resolve, 50)));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.whenIdle();
  }

  private drain(): void {
    if (!this.started || this.running || this.closed) return;
    this.running = this.runAll().finally(() => (this.running = undefined));
  }

  private async runAll(): Promise<void> {
    for (let job = this.pending.shift(); job && !this.closed; job = this.pending.shift()) {
      if (await this.run(job)) this.knownIds.delete(job.id);
    }
  }

  /** Back in line after the delay; the runner meanwhile goes on with the others. */
  private deferred(job: PendingJob, delayMs: number): false {
    this.waiting++;
    setTimeout(() => {
      this.waiting--;
      this.pending.push(job);
      this.drain();
    }, delayMs).unref();
    return false;
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
        if (error instanceof JobDeferredError) return this.deferred(job, error.delayMs);
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
