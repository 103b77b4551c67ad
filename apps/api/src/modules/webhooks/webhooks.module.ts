import { Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, runsWorkers } from '../../core/config/config.js';
import { JobName } from '../../core/queue/job-names.js';
import { JobQueue } from '../../core/queue/job-queue.js';
import { AccountsModule } from '../accounts/accounts.module.js';
import { FactWriterModule } from '../metrics/fact-writer.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { WebhookDeliveriesJob } from './jobs/webhook-deliveries.job.js';
import { WebhookDeliveriesService } from './webhook-deliveries.service.js';
import { WebhookIngestService } from './webhook-ingest.service.js';
import { WebhookReceiverService } from './webhook-receiver.service.js';
import { WebhookSecretBox } from './webhook-secret-box.js';
import { WebhookSource } from './webhook-source.entity.js';
import { WebhookSourcesService } from './webhook-sources.service.js';

/** Webhooks in every role: their sources, the deliveries received and the job that writes them as facts. */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookSource]), AccountsModule, FactWriterModule, WorkspacesModule],
  providers: [
    WebhookSecretBox,
    WebhookSourcesService,
    WebhookDeliveriesService,
    WebhookReceiverService,
    WebhookIngestService,
    WebhookDeliveriesJob,
  ],
  exports: [WebhookSourcesService, WebhookDeliveriesService, WebhookReceiverService],
})
export class WebhooksModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhooksModule.name);
  private sweep: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: WebhookDeliveriesService,
    private readonly jobs: JobQueue,
  ) {}

  /** Workers queue the sources with deliveries still queued at start, then every minute those waiting a minute. */
  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config.role)) return;
    await this.requeue();
    this.sweep = setInterval(
      () =>
        this.requeue(new Date(Date.now() - SWEEP_EVERY_MS)).catch((error: Error) => this.logger.warn(error.message)),
      SWEEP_EVERY_MS,
    );
    this.sweep.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweep);
  }

  private async requeue(receivedBefore?: Date): Promise<void> {
    const waiting = await this.deliveries.sourcesWithQueued(receivedBefore);
    const sweep = Date.now();
    for (const { workspaceId, sourceId } of waiting)
      await this.jobs.enqueue(
        JobName.WebhookDeliveries,
        { workspaceId, sourceId },
        { jobId: `webhooks.${sourceId}.sweep${sweep}` },
      );
  }
}

const SWEEP_EVERY_MS = 60_000;
