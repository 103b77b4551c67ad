import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { diskStorage } from 'multer';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { FormatsResolver } from './formats.resolver.js';
import { ImportPreviewResolver } from './import-preview.resolver.js';
import { ImportsController } from './imports.controller.js';
import { ImportsModule } from './imports.module.js';
import { ImportsResolver } from './imports.resolver.js';

/** Imports over HTTP (roles `api` and `all`): the upload endpoint and the GraphQL fields. */
@Module({
  imports: [
    ImportsModule,
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
  providers: [ImportsResolver, ImportPreviewResolver, FormatsResolver],
})
export class ImportsHttpModule {}
