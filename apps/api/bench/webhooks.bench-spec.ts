import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { expect, it } from 'vitest';
import { TestApp } from '../test/support/test-app.js';
import { startCpuProfile } from './cpu-profile.js';

/**
 * `npm run bench:webhooks`: signed one-row deliveries on loopback from a separate process (webhook-load.mjs) for
 * BENCH_WEBHOOK_SECONDS (default 30) against the services mode (api and worker roles, Postgres, BullMQ), then until
 * every delivery is written; the whole run is bounded to 60 s. Prints acknowledged events/s, ack p50/p99, and the
 * events/s sustained end to end (acknowledged and written).
 */
const SECONDS = Number(process.env.BENCH_WEBHOOK_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_WEBHOOK_CONNECTIONS ?? 16);
const DEADLINE_MS = 60_000;

interface Load {
  ok: number;
  other: number;
  seconds: number;
  p50: number;
  p99: number;
  max: number;
}

it('acknowledges and writes signed webhook deliveries, and reports events/s and ack latency', async () => {
  const tandem = await TestApp.start('services', { redisDb: 58 });
  try {
    const key = await tandem.workspaceKey('bench-webhooks', 'uploader');
    const created = await tandem.graphql<{ createWebhookSource: { source: { id: string }; secret: string } }>(
      key,
      'mutation { createWebhookSource(name: "bench") { source { id } secret } }',
    );
    const { source, secret } = created.data!.createWebhookSource;
    const profile = await startCpuProfile('webhooks');
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const { stdout } = await promisify(execFile)('node', [new URL('./webhook-load.mjs', import.meta.url).pathname], {
      env: {
        ...process.env,
        URL: `${tandem.baseUrl}/api/webhooks/${source.id}`,
        SECRET: secret,
        DURATION_S: String(SECONDS),
        CONNECTIONS: String(CONNECTIONS),
      },
    });
    const load = JSON.parse(stdout) as Load;
    const database = tandem.app.get(DataSource);
    for (;;) {
      const [{ queued }] = (await database.query(
        `SELECT count(*)::int AS queued FROM webhook_delivery WHERE status = 'QUEUED'`,
      )) as [{ queued: number }];
      if (queued === 0 || performance.now() - started > DEADLINE_MS) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const writtenSeconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    await profile.stop();
    const [{ written, facts }] = (await database.query(
      `SELECT (SELECT count(*)::int FROM webhook_delivery WHERE status = 'COMPLETED') AS written,
              (SELECT count(*)::int FROM paid_daily_metric) AS facts`,
    )) as [{ written: number; facts: number }];
    console.log(
      `[bench:webhooks] services, ${CONNECTIONS} connections, ${load.seconds} s of load: ${load.ok} deliveries acknowledged ` +
        `(${Math.round(load.ok / load.seconds)} events/s), ack p50 ${load.p50} ms, p99 ${load.p99} ms, max ${load.max} ms; ` +
        `${written} written in ${writtenSeconds.toFixed(1)} s from the first request = ` +
        `${Math.round(written / writtenSeconds)} events/s sustained end to end; ${load.other} other answers; ` +
        `api + worker CPU ${((cpu.user + cpu.system) / 1000 / written).toFixed(2)} ms an event; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    expect(load.other).toBe(0);
    // Requests still in flight when the load stopped are written too, though autocannon does not count them.
    expect(written).toBeGreaterThanOrEqual(load.ok);
    expect(facts).toBe(written);
  } finally {
    await tandem.close();
  }
});
