import type { DynamicModule, Type } from '@nestjs/common';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { QueueModule } from './queue/queue.module.js';

/** What every role runs on: its configuration, the database, the job queue and the operational metrics. */
export function coreModules(config: AppConfig): (DynamicModule | Type)[] {
  return [
    ConfigModule.forRoot(config),
    DatabaseModule.forRoot(config),
    QueueModule.forRoot(config),
    ObservabilityModule,
  ];
}
