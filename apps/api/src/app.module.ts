import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ApiKeyGuard } from './core/auth/api-key.guard.js';
import { type AppConfig, servesHttp } from './core/config/config.js';
import { ConfigModule } from './core/config/config.module.js';
import { DatabaseModule } from './core/database/database.module.js';
import { TandemGraphQLModule } from './core/graphql/graphql.module.js';
import { ObservabilityModule } from './core/observability/observability.module.js';
import { QueueModule } from './core/queue/queue.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { ExportsModule } from './modules/exports/exports.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { ImportsModule } from './modules/imports/imports.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { WebhooksModule } from './modules/webhooks/webhooks.module.js';
import { WorkspacesModule } from './modules/workspaces/workspaces.module.js';

/** The built dashboard: apps/web/dist, two levels above both apps/api/src and apps/api/dist. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

@Module({})
export class AppModule {
  /** One codebase, three roles: `api` (HTTP), `worker` (jobs), `all` (both, the embedded default). */
  static forRole(config: AppConfig): DynamicModule {
    const domain = [WorkspacesModule, ImportsModule, MetricsModule, WebhooksModule];
    const core = [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(config),
      QueueModule.forRoot(config),
      ObservabilityModule.forRole(config),
    ];
    if (!servesHttp(config.role)) return { module: AppModule, imports: [...core, ...domain] };
    return {
      module: AppModule,
      imports: [...core, TandemGraphQLModule, HealthModule, AuditModule, ...domain, ExportsModule, ...webApp()],
      providers: [{ provide: APP_GUARD, useClass: ApiKeyGuard }],
    };
  }
}

function webApp(): DynamicModule[] {
  if (!existsSync(WEB_DIST)) {
    new Logger('AppModule').warn(`No built dashboard at ${WEB_DIST}: run "npm run build" to serve it at /`);
    return [];
  }
  return [ServeStaticModule.forRoot({ rootPath: WEB_DIST, exclude: ['/api/{*path}', '/graphql', '/metrics'] })];
}
