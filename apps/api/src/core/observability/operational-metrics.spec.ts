import { describe, expect, it } from 'vitest';
import { InProcessJobQueue } from '../queue/in-process-job-queue.js';
import { JobName, PermanentJobError } from '../queue/job-names.js';
import { OperationalMetrics } from './operational-metrics.js';

const PAYLOAD = { importId: 'i', workspaceId: 'w', hints: {} };

describe('OperationalMetrics', () => {
  it('counts failed job attempts, telling retried ones from the ones given up', async () => {
    const jobs = new InProcessJobQueue(1);
    const metrics = new OperationalMetrics(jobs);
    let calls = 0;
    jobs.handle(JobName.ImportFile, {
      run: async () => {
        calls++;
        throw calls === 1 ? new Error('database restarting') : new PermanentJobError('file gone');
      },
      giveUp: async () => undefined,
    });
    await jobs.start();
    await jobs.enqueue(JobName.ImportFile, PAYLOAD, { jobId: 'i' });
    await jobs.whenIdle();

    const text = await metrics.registry.metrics();
    expect(text).toContain('tandem_job_failures_total{job="import-file",final="false"} 1');
    expect(text).toContain('tandem_job_failures_total{job="import-file",final="true"} 1');
  });

  it('adds finished imports to the row counter and the duration histogram, and counts webhook rejects by reason', async () => {
    const metrics = new OperationalMetrics(new InProcessJobQueue());
    metrics.importFinished('tandem-paid', 'COMPLETED', 1_000, 2.5);
    metrics.importFinished('tandem-paid', 'COMPLETED', 500, 0.5);
    metrics.webhookRejected('signature');
    const text = await metrics.registry.metrics();
    expect(text).toContain('tandem_import_rows_total{format="tandem-paid"} 1500');
    expect(text).toContain('tandem_import_duration_seconds_count{status="COMPLETED"} 2');
    expect(text).toContain('tandem_webhook_rejections_total{reason="signature"} 1');
    expect(text).toContain('tandem_queue_jobs{queue="imports",state="waiting"} 0');
  });
});
