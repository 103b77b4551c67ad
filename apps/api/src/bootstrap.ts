import type { INestApplication, INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { apiKeyMiddleware } from './core/auth/api-key.middleware.js';
import type { AppConfig } from './core/config/config.js';
import { explorerRedirect } from './core/http/explorer-redirect.middleware.js';
import { auditHttpMiddleware } from './modules/audit/audit-http.middleware.js';
import { AuditService } from './modules/audit/audit.service.js';
import { ApiKeysService } from './modules/workspaces/api-keys.service.js';

/** The HTTP app (roles `api` and `all`), ready to listen: REST under /api, GraphQL at /graphql, web at /. */
export async function createHttpApp(config: AppConfig, logger?: LogLevel[]): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRole(config), logger ? { logger } : {});
  app.setGlobalPrefix('api');
  const authenticate = apiKeyMiddleware(app.get(ApiKeysService));
  app.use('/api', authenticate, auditHttpMiddleware(app.get(AuditService)));
  app.use('/graphql', explorerRedirect); // before the key check: a browser opening /graphql gets the explorer, not a 401
  app.use('/graphql', authenticate);
  app.enableShutdownHooks();
  return app;
}

/** The worker role: the same modules, jobs on, no HTTP. */
export async function createWorkerContext(config: AppConfig, logger?: LogLevel[]): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(AppModule.forRole(config), logger ? { logger } : {});
  context.enableShutdownHooks();
  return context;
}
