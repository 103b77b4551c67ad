import { Injectable } from '@nestjs/common';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { JobQueue } from '../queue/job-queue.js';

/** Why a webhook delivery was refused: the label values of `tandem_webhook_rejections_total`. */
export type WebhookRejection = 'signature' | 'timestamp' | 'schema' | 'disabled' | 'unknown-source';

/**
 * What an operator scrapes at `GET /metrics` (docs/CONTRACT.md, Operations). One registry per application, not
 * prom-client's global one: a process may hold an api and a worker (tests, ROLE=all) and each counts its own.
 */
@Injectable()
export class OperationalMetrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'tandem_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly importRows = new Counter({
    name: 'tandem_import_rows_total',
    help: 'Rows imported by finished imports, by format (rate() of it is rows/s)',
    labelNames: ['format'],
    registers: [this.registry],
  });

  readonly importDuration = new Histogram({
    name: 'tandem_import_duration_seconds',
    help: 'Time from claim to finish of each import, by final status',
    labelNames: ['status'],
    buckets: [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 900],
    registers: [this.registry],
  });

  readonly jobFailures = new Counter({
    name: 'tandem_job_failures_total',
    help: 'Failed job attempts, by job name and whether the queue gave the job up',
    labelNames: ['job', 'final'],
    registers: [this.registry],
  });

  readonly webhookRejections = new Counter({
    name: 'tandem_webhook_rejections_total',
    help: 'Webhook deliveries refused, by reason',
    labelNames: ['reason'],
    registers: [this.registry],
  });

  constructor(jobs: JobQueue) {
    collectDefaultMetrics({ register: this.registry, prefix: 'tandem_' });
    jobs.events.on('failed', ({ name, final }) => this.jobFailures.inc({ job: name, final: String(final) }));
    new Gauge({
      name: 'tandem_queue_jobs',
      help: 'Jobs in the queue by state (waiting, active, delayed…), read at scrape time',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { queue, state, count } of await jobs.depth()) this.set({ queue, state }, count);
      },
    });
  }

  importFinished(format: string | null, status: string, rows: number, seconds: number): void {
    this.importRows.inc({ format: format ?? 'unrecognised' }, rows);
    this.importDuration.observe({ status }, seconds);
  }

  webhookRejected(reason: WebhookRejection): void {
    this.webhookRejections.inc({ reason });
  }
}
