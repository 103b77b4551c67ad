import type { ImportHints } from '@tandem/formats/canonical.js';

/** Queue and job names are stored in Redis with the jobs: their values never change once shipped. */
export enum QueueName {
  Imports = 'imports',
  Webhooks = 'webhooks',
}

export enum JobName {
  ImportFile = 'import-file',
  WebhookDeliveries = 'webhook-deliveries',
}

export interface JobPayloads {
  [JobName.ImportFile]: { importId: string; workspaceId: string; hints: ImportHints };
  /** Writes the queued deliveries of one webhook source, oldest first. */
  [JobName.WebhookDeliveries]: { workspaceId: string; sourceId: string };
}

export const QUEUE_OF_JOB: { [Name in JobName]: QueueName } = {
  [JobName.ImportFile]: QueueName.Imports,
  [JobName.WebhookDeliveries]: QueueName.Webhooks,
};

export interface EnqueueOptions {
  /** Deterministic id (e.g. the import's id): enqueuing the same work twice runs it once. */
  jobId: string;
  /** Run no sooner than this many milliseconds from now. */
  delayMs?: number;
}

export interface JobHandler<Name extends JobName> {
  run(payload: JobPayloads[Name]): Promise<void>;
  /**
   * Called once the queue stops trying: attempts exhausted, a PermanentJobError, or (BullMQ) a job that
   * stalled too often. The place to record the failure for the user.
   */
  giveUp(payload: JobPayloads[Name], error: Error): Promise<void>;
}

/** A failure that retrying cannot fix (e.g. the stored file is gone): the job is not attempted again. */
export class PermanentJobError extends Error {}

/**
 * Not a failure: the job cannot start yet (its workspace already runs as many imports as it may). The queue runs it
 * again after `delayMs` without counting an attempt.
 */
export class JobDeferredError extends Error {
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
  }
}
