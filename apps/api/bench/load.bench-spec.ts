import { mkdtempSync, openAsBlob, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertBuilt, spawnBuiltWorker } from '../test/support/built-worker.js';
import { TestApp } from '../test/support/test-app.js';
import { writeTemplateFile } from './template-file.js';

/**
 * `npm run bench:load`: dashboard queries (overview, breakdown, time series) hammered over loopback for a bounded time
 * while a large import (BENCH_LOAD_ROWS, default 1 M rows) runs in services mode, the worker a process of its own (the
 * built `dist/main.js`, ROLE=worker) as docker-compose runs it. Prints requests, errors and latency percentiles; only
 * correctness is asserted (no failed request, the import completes).
 */
const ROWS = Number(process.env.BENCH_LOAD_ROWS ?? 1_000_000);
const SECONDS = Math.min(60, Number(process.env.BENCH_LOAD_SECONDS ?? 45));
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 10);
const RANGE = '{ from: "2026-01-01", to: "2026-11-27" }';
const QUERIES = {
  overview: `query { overview(range: ${RANGE}) { organic { impressions engagements } paid { spend clicks conversions revenue roas } warnings } }`,
  breakdown: `query { breakdown(range: ${RANGE}, by: [PLATFORM, CAMPAIGN], first: 20) { edges { node { key { label } paid { spend cpa } } } totalCount } }`,
  timeSeries: `query { timeSeries(range: ${RANGE}, granularity: WEEK) { period paid { spend conversions } organic { impressions } } }`,
};

const dir = mkdtempSync(path.join(tmpdir(), 'tandem-load-'));
const file = path.join(dir, 'tandem-paid-load.csv');

beforeAll(async () => {
  assertBuilt('bench:load');
  await writeTemplateFile(file, ROWS);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('serves dashboard queries without an error while a large import runs', async () => {
  const tandem = await TestApp.start('services', { redisDb: 52, maxUploadMb: 4_000, worker: false });
  const worker = spawnBuiltWorker(tandem);
  try {
    const key = await tandem.workspaceKey('load');
    const form = new FormData();
    form.set('file', await openAsBlob(file), path.basename(file));
    const importStarted = performance.now();
    const upload = await fetch(`${tandem.baseUrl}/api/imports`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${key}` },
    });
    expect(upload.status).toBe(202);
    const { id } = (await upload.json()) as { id: string };

    let graphqlErrors = 0;
    const latencies: number[] = [];
    const options: autocannon.Options = {
      url: `${tandem.baseUrl}/graphql`,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: Object.values(QUERIES).map((query) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query }),
        onResponse: (_status: number, body: string) => {
          if (body.includes('"errors"')) graphqlErrors++;
        },
      })),
    };
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const load = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
      load.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });
    const loadEnded = performance.now();
    const run = await tandem.waitForImport(key, id, 3_600_000);
    const importSeconds = (performance.now() - importStarted) / 1000;

    const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
    latencies.sort((a, b) => a - b);
    const at = (fraction: number) =>
      Math.round(latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? NaN);
    console.log(
      `[bench:load] ${result.requests.total} GraphQL requests in ${SECONDS} s over ${CONNECTIONS} connections ` +
        `(${Math.round(result.requests.average)} req/s), errors ${errors}; latency ms p50 ${at(0.5)}, p95 ${at(0.95)}, ` +
        `p99 ${at(0.99)}, max ${at(1)}; import of ${ROWS} rows ${run.status} in ${importSeconds.toFixed(1)} s ` +
        `(${importSeconds * 1000 > loadEnded - importStarted ? 'still running' : 'finished'} when the load ended)`,
    );
    expect(errors).toBe(0);
    expect(run).toMatchObject({ status: 'COMPLETED', rowsImported: ROWS });
  } finally {
    worker.kill('SIGTERM');
    await tandem.close();
  }
});
