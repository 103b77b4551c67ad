import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { diskStorage } from 'multer';
import { APP_CONFIG, type AppConfig, runsWorkers } from '../../core/config/config.js';
import { AccountsModule } from '../accounts/accounts.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
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
  ],
  exports: [ImportsService],
})
export class ImportsModule implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly imports: ImportsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (runsWorkers(this.config.role)) await this.imports.requeuePending();
  }
}
