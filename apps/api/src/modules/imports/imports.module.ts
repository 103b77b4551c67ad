import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { diskStorage } from 'multer';
import { APP_CONFIG, type AppConfig, runsWorkers } from '../../core/config/config.js';
import { JobQueue } from '../../core/queue/job-queue.js';
import { AccountsModule } from '../accounts/accounts.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { FormatsResolver } from './formats.resolver.js';
import { ImportErrorRecord } from './import-error.entity.js';
import { ImportRun } from './import.entity.js';
import { ImportIngestService } from './import-ingest.service.js';
import { ImportPreview } from './import-preview.entity.js';
import { ImportPreviewResolver } from './import-preview.resolver.js';
import { ImportPreviewService } from './import-preview.service.js';
import { ImportsController } from './imports.controller.js';
import { ImportsResolver } from './imports.resolver.js';
import { ImportsService } from './imports.service.js';
import { ImportFileJob } from './jobs/import-file.job.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([ImportRun, ImportErrorRecord, ImportPreview]),
    AccountsModule,
    MetricsModule,
    WorkspacesModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        mkdirSync(config.uploadsDir, { recursive: true });
        return {
          storage: diskStorage({
            destination: config.uploadsDir,
            filename: (_request, _file, done) => done(null, `${randomUUID()}.upload`),
          }),
          limits: { fileSize: config.maxUploadBytes, files: 1 },
          // Browsers send UTF-8 file names without saying so; multer would read them as latin1.
          defParamCharset: 'utf8',
        };
      },
    }),
  ],
  controllers: [ImportsController],
  providers: [
    ImportsService,
    ImportIngestService,
    ImportsResolver,
    ImportFileJob,
    ImportPreviewService,
    ImportPreviewResolver,
    FormatsResolver,
  ],
  exports: [ImportsService],
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
