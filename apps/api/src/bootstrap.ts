import type { INestApplication, INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { AppModule } from './app.module.js';
import { apiKeyMiddleware } from './core/auth/api-key.middleware.js';
import type { AppConfig } from './core/config/config.js';
import { explorerRedirect } from './core/http/explorer-redirect.middleware.js';
import { ApiKeysService } from './modules/workspaces/api-keys.service.js';

/** The largest webhook body read (413 beyond): about 5,000 rows. */
const MAX_WEBHOOK_BODY = '2mb';

/** The HTTP app (roles `api` and `all`), ready to listen: REST under /api, GraphQL at /graphql, web at /. */
export async function createHttpApp(config: AppConfig, logger?: LogLevel[]): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRole(config), logger ? { logger } : {});
  app.setGlobalPrefix('api');
  const authenticate = apiKeyMiddleware(app.get(ApiKeysService));
  // A webhook's signature covers its raw bytes: they reach the controller as sent (Nest's JSON parser skips them).
  app.use('/api/webhooks', express.raw({ type: () => true, limit: MAX_WEBHOOK_BODY }));
  app.use('/api', authenticate);
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
