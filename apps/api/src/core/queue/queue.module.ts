import {
  type DynamicModule,
  Global,
  Inject,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type AppConfig, runsWorkers } from '../config/config.js';
import { APP_CONFIG } from '../config/config.js';
import { BullMqJobQueue } from './bullmq-job-queue.js';
import { InProcessJobQueue } from './in-process-job-queue.js';
import { JobQueue } from './job-queue.js';

/** BullMQ on Redis when REDIS_URL is set, the in-process runner otherwise; processors see only JobQueue. */
@Global()
@Module({})
export class QueueModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  static forRoot(config: AppConfig): DynamicModule {
    const jobs = config.redisUrl ? new BullMqJobQueue(config.redisUrl) : new InProcessJobQueue();
    return { module: QueueModule, providers: [{ provide: JobQueue, useValue: jobs }], exports: [JobQueue] };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (runsWorkers(this.config.role)) await this.jobs.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.jobs.close();
  }
}
