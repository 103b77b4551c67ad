import { type INestApplicationContext, type LogLevel, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { setFlagsFromString } from 'node:v8';
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

/**
 * How far V8 lets the old generation grow past what the last full collection kept before collecting again: V8's own
 * choice, up to 4×, let a 1 M-row import's garbage (rows promoted while their batch waits for the database) take a
 * worker from a ~60 MB live heap to 375 MB; 1.5× keeps it under 200 MB for about a second more of collections.
 */
const HEAP_GROWING_PERCENT = 50;

export async function runWorker(config: AppConfig): Promise<void> {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  await createWorkerContext(config);
  new Logger('Worker').log('Tandem worker started: consuming import jobs');
}
