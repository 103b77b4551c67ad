import { Logger } from '@nestjs/common';
import { type EnqueueOptions, type JobHandler, JobName, type JobPayloads, PermanentJobError } from './job-names.js';
import { JobQueue, RETRY_POLICY } from './job-queue.js';

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
  private readonly delayed = new Set<NodeJS.Timeout>();
  private running: Promise<void> | undefined;
  private started = false;
  private closed = false;

  constructor(private readonly retryDelayMs: number = RETRY_POLICY.backoffMs) {
    super();
  }

  async enqueue<Name extends JobName>(name: Name, payload: JobPayloads[Name], options: EnqueueOptions): Promise<void> {
    if (this.knownIds.has(options.jobId)) return;
    this.knownIds.add(options.jobId);
    const job = { id: options.jobId, name, payload };
    if (!options.delayMs) return this.push(job);
    const timer = setTimeout(() => {
      this.delayed.delete(timer);
      this.push(job);
    }, options.delayMs);
    this.delayed.add(timer);
  }

  private push(job: PendingJob): void {
    this.pending.push(job);
    this.drain();
  }

  handle<Name extends JobName>(name: Name, handler: JobHandler<Name>): void {
    this.handlers.set(name, handler as JobHandler<JobName>);
  }

  async start(): Promise<void> {
    this.started = true;
    this.drain();
  }

  async whenIdle(): Promise<void> {
    while (this.running || this.delayed.size > 0)
      await (this.running ?? new Promise((resolve) => setTimeout(resolve, 10)));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.delayed) clearTimeout(timer);
    this.delayed.clear();
    await this.whenIdle();
  }

  private drain(): void {
    if (!this.started || this.running || this.closed) return;
    this.running = this.runAll().finally(() => (this.running = undefined));
  }

  private async runAll(): Promise<void> {
    for (let job = this.pending.shift(); job && !this.closed; job = this.pending.shift()) {
      await this.run(job);
      this.knownIds.delete(job.id);
    }
  }

  private async run(job: PendingJob): Promise<void> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`No handler registered for job ${job.name}`);
    const payload = job.payload as JobPayloads[JobName];
    for (let attempt = 1; attempt <= RETRY_POLICY.attempts; attempt++) {
      try {
        await handler.run(payload);
        return;
      } catch (error) {
        this.logger.warn(`Job ${job.name} ${job.id} failed (attempt ${attempt}): ${(error as Error).message}`);
        if (attempt === RETRY_POLICY.attempts || error instanceof PermanentJobError) {
          await handler.giveUp(payload, error as Error).catch((failure: Error) => this.logger.error(failure.message));
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * 2 ** (attempt - 1)));
      }
    }
  }
}
