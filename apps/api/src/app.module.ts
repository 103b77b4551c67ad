import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ApiKeyGuard } from './core/auth/api-key.guard.js';
import type { AppConfig } from './core/config/config.js';
import { coreModules } from './core/core-modules.js';
import { TandemGraphQLModule } from './core/graphql/graphql.module.js';
import { MetricsController } from './core/observability/metrics.controller.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { ExportsModule } from './modules/exports/exports.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { ImportsHttpModule } from './modules/imports/imports-http.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { WebhooksHttpModule } from './modules/webhooks/webhooks-http.module.js';
import { WorkspacesHttpModule } from './modules/workspaces/workspaces-http.module.js';

/** The built dashboard: apps/web/dist, two levels above both apps/api/src and apps/api/dist. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * The HTTP roles: `api`, and `all` (the embedded default), which also runs the jobs, through the same domain
 * modules as the worker role (worker.module.ts).
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...coreModules(config),
        TandemGraphQLModule,
        HealthModule,
        AuditModule,
        WorkspacesHttpModule,
        ImportsHttpModule,
        MetricsModule,
        WebhooksHttpModule,
        ExportsModule,
        ...webApp(),
      ],
      controllers: [MetricsController],
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
