import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/config.js';
import { dataSourceOptions, openDataSource } from './data-source.factory.js';
import { EmbeddedMaintenanceService } from './embedded-maintenance.service.js';

@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(config),
          dataSourceFactory: async () => openDataSource(config),
        }),
      ],
      // PGlite runs no autovacuum: the embedded database is looked after by the process that holds it.
      providers: config.databaseUrl ? [] : [EmbeddedMaintenanceService],
    };
  }
}
