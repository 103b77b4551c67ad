import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { JobName } from '../../../core/queue/job-names.js';
import { JobQueue } from '../../../core/queue/job-queue.js';
import { WebhookIngestService } from '../webhook-ingest.service.js';

/** Writes a source's queued deliveries. Runs in the worker role, through BullMQ or the in-process runner alike. */
@Injectable()
export class WebhookDeliveriesJob implements OnModuleInit {
  private readonly logger = new Logger(WebhookDeliveriesJob.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly ingest: WebhookIngestService,
  ) {}

  onModuleInit(): void {
    this.jobs.handle(JobName.WebhookDeliveries, {
      run: ({ workspaceId, sourceId }) => this.ingest.drain(workspaceId, sourceId),
      // The deliveries stay queued: the next delivery's job, or the sweep, writes them.
      giveUp: async ({ sourceId }, error) =>
        this.logger.error(`Webhook source ${sourceId}: deliveries not written yet: ${error.message}`),
    });
  }
}
