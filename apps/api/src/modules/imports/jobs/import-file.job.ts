import { Injectable, type OnModuleInit } from '@nestjs/common';
import { withLogContext } from '../../../core/observability/log-context.js';
import { OperationalMetrics } from '../../../core/observability/operational-metrics.js';
import { JobName, type JobPayloads } from '../../../core/queue/job-names.js';
import { JobQueue } from '../../../core/queue/job-queue.js';
import { ImportIngestService, SupersededAttemptError } from '../import-ingest.service.js';
import { ImportsService } from '../imports.service.js';

type Payload = JobPayloads[JobName.ImportFile];

/** Turns a stored upload into facts. Runs in the worker role, through BullMQ or the in-process runner alike. */
@Injectable()
export class ImportFileJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly imports: ImportsService,
    private readonly ingest: ImportIngestService,
    private readonly metrics: OperationalMetrics,
  ) {}

  onModuleInit(): void {
    this.jobs.handle(JobName.ImportFile, {
      run: (payload) => this.run(payload),
      giveUp: (payload, error) =>
        this.imports.fail(payload.workspaceId, payload.importId, `Import failed: ${error.message}`),
    });
  }

  /** Every line logged while the import runs carries its id. */
  run(payload: Payload): Promise<void> {
    return withLogContext({ importId: payload.importId, workspaceId: payload.workspaceId }, () =>
      this.runLogged(payload),
    );
  }

  private async runLogged(payload: Payload): Promise<void> {
    const claim = await this.imports.claim(payload.workspaceId, payload.importId);
    if (!claim) return;
    try {
      await this.ingest.ingest(claim, payload.hints);
    } catch (error) {
      // A newer attempt claimed the import (this one stalled and was run again): it owns the result now.
      if (error instanceof SupersededAttemptError) return;
      throw error;
    }
    await this.recordFinished(payload);
  }

  private async recordFinished({ workspaceId, importId }: Payload): Promise<void> {
    const run = await this.imports.find(workspaceId, importId);
    if (!run?.startedAt || !run.finishedAt) return;
    const seconds = (run.finishedAt.getTime() - run.startedAt.getTime()) / 1000;
    this.metrics.importFinished(run.format, run.status, run.rowsImported ?? 0, seconds);
  }
}
