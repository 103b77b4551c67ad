import { type INestApplicationContext, type LogLevel, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from './core/config/config.js';
import { createLogger, PinoNestLogger, pinoLevelOf } from './core/observability/logger.js';
import { WorkerModule } from './worker.module.js';

/** The worker role: the domain modules, jobs on, no HTTP. */
export async function createWorkerContext(config: AppConfig, logger?: LogLevel[]): Promise<INestApplicationContext> {
  const log = createLogger(logger ? pinoLevelOf(logger) : config.logLevel);
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new PinoNestLogger(log),
  });
  context.enableShutdownHooks();
  return context;
}

export async function runWorker(config: AppConfig): Promise<void> {
  await createWorkerContext(config);
  new Logger('Worker').log('Tandem worker started: consuming import jobs');
}
