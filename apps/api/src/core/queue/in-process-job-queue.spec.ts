import { describe, expect, it } from 'vitest';
import { InProcessJobQueue } from './in-process-job-queue.js';
import { JobDeferredError, JobName } from './job-names.js';

const payload = (importId: string) => ({ importId, workspaceId: 'w', hints: {} });

describe('InProcessJobQueue', () => {
  it('runs a deferred job again after its delay, without counting an attempt, and goes on with the others meanwhile', async () => {
    const jobs = new InProcessJobQueue(1);
    const order: string[] = [];
    let refusals = 5;
    jobs.handle(JobName.ImportFile, {
      run: async ({ importId }) => {
        if (importId === 'busy' && refusals-- > 0) throw new JobDeferredError('workspace busy', 1);
        order.push(importId);
      },
      giveUp: async () => {
        order.push('given up');
      },
    });
    await jobs.start();
    await jobs.enqueue(JobName.ImportFile, payload('busy'), { jobId: 'busy' });
    await jobs.enqueue(JobName.ImportFile, payload('free'), { jobId: 'free' });
    await jobs.whenIdle();
    // Five refusals, more than the three attempts a failure gets: deferral is not failure.
    expect(order).toEqual(['free', 'busy']);
  });
});
