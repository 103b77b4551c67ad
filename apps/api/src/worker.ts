import { Logger } from '@nestjs/common';
import { createWorkerContext } from './bootstrap.js';
import type { AppConfig } from './core/config/config.js';

export async function runWorker(config: AppConfig): Promise<void> {
  await createWorkerContext(config);
  new Logger('Worker').log('Tandem worker started: consuming import jobs');
}
