import { type INestApplication, type LogLevel, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { AppModule } from './app.module.js';
import { apiKeyMiddleware } from './core/auth/api-key.middleware.js';
import type { AppConfig } from './core/config/config.js';
import { explorerRedirect } from './core/http/explorer-redirect.middleware.js';
import { rateLimit } from './core/http/rate-limit.middleware.js';
import { corsOptions, securityHeaders } from './core/http/security-headers.js';
import { httpMetrics } from './core/observability/http-metrics.middleware.js';
import { createLogger, PinoNestLogger, pinoLevelOf } from './core/observability/logger.js';
import { OperationalMetrics } from './core/observability/operational-metrics.js';
import { requestLogging } from './core/observability/request-logging.middleware.js';
import { BullMqJobQueue } from './core/queue/bullmq-job-queue.js';
import { JobQueue } from './core/queue/job-queue.js';
import { auditHttpMiddleware } from './modules/audit/audit-http.middleware.js';
import { AuditService } from './modules/audit/audit.service.js';
import { ApiKeysService } from './modules/workspaces/api-keys.service.js';

/** The largest webhook body read (413 beyond): about 5,000 rows. */
const MAX_WEBHOOK_BODY = '2mb';

/** The HTTP app (roles `api` and `all`), ready to listen: REST under /api, GraphQL at /graphql, web at /. */
export async function createHttpApp(config: AppConfig, logger?: LogLevel[]): Promise<INestApplication> {
  const level = logger ? pinoLevelOf(logger) : config.logLevel;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(createLogger(level)),
  });
  app.setGlobalPrefix('api', { exclude: [{ path: 'metrics', method: RequestMethod.GET }] });
  app.use(httpMetrics(app.get(OperationalMetrics)), requestLogging(level), securityHeaders());
  if (config.corsOrigins.length > 0) app.enableCors(corsOptions(config.corsOrigins)); // before the key check: preflights carry no key
  const authenticate = apiKeyMiddleware(app.get(ApiKeysService));
  // A webhook's signature covers its raw bytes: they reach the controller as sent (Nest's JSON parser skips them).
  app.use('/api/webhooks', express.raw({ type: () => true, limit: MAX_WEBHOOK_BODY }));
  app.use('/api', authenticate, auditHttpMiddleware(app.get(AuditService)));
  app.use('/graphql', explorerRedirect); // before the key check: a browser opening /graphql gets the explorer, not a 401
  app.use('/graphql', authenticate);
  const jobs = app.get(JobQueue);
  const redis = jobs instanceof BullMqJobQueue ? jobs.connection : undefined;
  app.use(['/api', '/graphql'], rateLimit(config.rateLimitPerMinute, redis));
  app.enableShutdownHooks();
  return app;
}
