import { Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, runsWorkers } from '../../core/config/config.js';
import { JobQueue } from '../../core/queue/job-queue.js';
import { AccountsModule } from '../accounts/accounts.module.js';
import { FactWriterModule } from '../metrics/fact-writer.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { ImportErrorRecord } from './import-error.entity.js';
import { ImportRun } from './import.entity.js';
import { ImportIngestService } from './import-ingest.service.js';
import { ImportPreview } from './import-preview.entity.js';
import { ImportPreviewService } from './import-preview.service.js';
import { ImportsService } from './imports.service.js';
import { ImportFileJob } from './jobs/import-file.job.js';

/** Imports in every role: their records, the job that reads a stored upload into facts, and the sweeps. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ImportRun, ImportErrorRecord, ImportPreview]),
    AccountsModule,
    FactWriterModule,
    WorkspacesModule,
  ],
  providers: [ImportsService, ImportIngestService, ImportFileJob, ImportPreviewService],
  exports: [ImportsService, ImportPreviewService],
})
export class ImportsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private sweep: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly imports: ImportsService,
    private readonly previews: ImportPreviewService,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Workers queue what is pending at start and whenever the queue answers again after an outage (uploads taken
   * while Redis was down), then every minute what has been pending for a while, and delete dry-run previews
   * nobody committed within a day.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config.role)) return;
    await this.requeueAll();
    this.jobs.events.on('reconnected', () => void this.requeueAll());
    this.sweep = setInterval(() => this.sweepOnce(), SWEEP_EVERY_MS);
    this.sweep.unref();
  }

  private requeueAll(): Promise<unknown> {
    return this.imports.requeuePending().catch(this.warn('Pending'));
  }

  private sweepOnce(): void {
    const now = Date.now();
    this.imports.requeuePending(new Date(now - STALE_PENDING_MS)).catch(this.warn('Pending'));
    this.previews.deleteExpired(new Date(now - PREVIEW_LIFETIME_MS)).catch(this.warn('Preview'));
  }

  private warn(what: string) {
    return (error: Error) => this.logger.warn(`${what} sweep: ${error.message}`);
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweep);
  }

  private readonly logger = new Logger(ImportsModule.name);
}

const SWEEP_EVERY_MS = 60_000;
const STALE_PENDING_MS = 5 * 60_000;
const PREVIEW_LIFETIME_MS = 24 * 60 * 60_000;
