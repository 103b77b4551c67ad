import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type JobAttempt, JobName, type JobPayloads, PermanentJobError } from '../../../core/queue/job-names.js';
import { JobQueue } from '../../../core/queue/job-queue.js';
import { ImportIngestService } from '../import-ingest.service.js';
import { ImportsService } from '../imports.service.js';

/** Turns a stored upload into facts. Runs in the worker role, through BullMQ or the in-process runner alike. */
@Injectable()
export class ImportFileJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly imports: ImportsService,
    private readonly ingest: ImportIngestService,
  ) {}

  onModuleInit(): void {
    this.jobs.handle(JobName.ImportFile, (payload, attempt) => this.run(payload, attempt));
  }

  async run(payload: JobPayloads[JobName.ImportFile], attempt: JobAttempt): Promise<void> {
    const run = await this.imports.start(payload.importId);
    if (!run) return;
    try {
      await this.ingest.ingest(run, payload.hints);
    } catch (error) {
      if (attempt.isLast || error instanceof PermanentJobError) {
        await this.imports.fail(run.id, `Import failed: ${(error as Error).message}`);
      }
      throw error;
    }
  }
}
