import { Redis } from 'ioredis';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CONFIG, type AppConfig } from '../src/core/config/config.js';
import { TEST_MODES, TestApp } from './support/test-app.js';

/** docs/CONTRACT.md, Operations: readiness, Prometheus metrics, security headers, CORS and the per-key rate limit. */
const REDIS_DB = 53;
const OVERVIEW = 'query { overview(range: { from: "2026-03-01", to: "2026-03-02" }) { paid { spend } } }';

describe.each(TEST_MODES)('operations in %s mode', (mode) => {
  let tandem: TestApp;
  let key: string;

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: REDIS_DB });
    key = await tandem.workspaceKey('ops', 'owner');
  });

  afterAll(() => tandem?.close());

  it('answers readiness without a key, naming the database and the queue, and keeps /api/health as liveness', async () => {
    const ready = await fetch(`${tandem.baseUrl}/api/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ database: 'ok', queue: 'ok' });
    expect(await (await fetch(`${tandem.baseUrl}/api/health`)).json()).toEqual({ status: 'ok' });
  });

  it('serves Prometheus metrics: request latency by route and status, imported rows, queue depth, failures, webhook rejects', async () => {
    const run = await tandem.importFixture(key, 'paid-small.csv');
    expect((await tandem.graphql(key, OVERVIEW)).status).toBe(200);
    await fetch(`${tandem.baseUrl}/graphql`, { method: 'POST' }); // no key: a 401 is timed too

    const api = await fetch(`${tandem.baseUrl}/metrics`);
    expect(api.status).toBe(200);
    expect(api.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await api.text();
    expect(text).toMatch(
      /tandem_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/,
    );
    expect(text).toMatch(
      /tandem_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="401"\} 1/,
    );
    expect(text).toMatch(
      /tandem_http_request_duration_seconds_count\{method="POST",route="\/api\/imports",status="202"\} 1/,
    );
    expect(text).toMatch(/tandem_queue_jobs\{queue="imports",state="waiting"\} 0/);
    expect(text).toContain('# TYPE tandem_webhook_rejections_total counter');

    // The import ran in the worker: with ROLE=all that is this process, in services mode the worker's METRICS_PORT.
    const worker = mode === 'embedded' ? text : await (await fetch(tandem.workerMetricsUrl()!)).text();
    expect(worker).toContain(`tandem_import_rows_total{format="tandem-paid"} ${run.rowsImported}`);
    expect(worker).toMatch(/tandem_import_duration_seconds_count\{status="COMPLETED"\} 1/);
    expect(worker).toContain('# TYPE tandem_job_failures_total counter');
  });

  it('sends a request id back, keeping a well-formed one the caller gave', async () => {
    const given = await fetch(`${tandem.baseUrl}/api/health`, { headers: { 'x-request-id': 'proxy-42' } });
    expect(given.headers.get('x-request-id')).toBe('proxy-42');
    const made = await fetch(`${tandem.baseUrl}/api/health`, { headers: { 'x-request-id': 'not an id\u00e9' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends helmet's headers and a Content-Security-Policy that allows only the app's own origin", async () => {
    const response = await fetch(`${tandem.baseUrl}/api/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('answers no cross-origin request by default, preflight included', async () => {
    const preflight = await fetch(`${tandem.baseUrl}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://elsewhere.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const call = await fetch(`${tandem.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        origin: 'https://elsewhere.example',
        'content-type': 'application/json',
        authorization: `Bearer ${key}`,
      },
      body: JSON.stringify({ query: OVERVIEW }),
    });
    expect(call.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('readiness with the database unreachable (services mode)', () => {
  it('answers 503 naming the database', async () => {
    const tandem = await TestApp.start('services', { redisDb: REDIS_DB });
    try {
      const databaseUrl = new URL(tandem.app.get<AppConfig>(APP_CONFIG).databaseUrl!);
      const server = new URL(databaseUrl);
      server.pathname = '/postgres';
      const admin = new Client({ connectionString: server.toString() });
      await admin.connect();
      await admin.query(`DROP DATABASE ${databaseUrl.pathname.slice(1)} WITH (FORCE)`);
      await admin.end();

      const ready = await fetch(`${tandem.baseUrl}/api/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ database: 'down', queue: 'ok' });
    } finally {
      await tandem.close();
    }
  });
});

describe('CORS_ORIGINS', () => {
  let tandem: TestApp;
  beforeAll(async () => {
    tandem = await TestApp.start('embedded', { redisDb: REDIS_DB, env: { CORS_ORIGINS: 'https://dash.example' } });
  });
  afterAll(() => tandem?.close());

  it('lets the listed origins call with a key, and no other', async () => {
    const preflight = (origin: string) =>
      fetch(`${tandem.baseUrl}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
    const allowed = await preflight('https://dash.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect((await preflight('https://other.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe.each(TEST_MODES)('the per-key rate limit in %s mode', (mode) => {
  let tandem: TestApp;
  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: REDIS_DB, env: { RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => tandem?.close());

  it('answers 429 with Retry-After past the limit, per key and not per address, on GraphQL and REST alike', async () => {
    const busy = await tandem.workspaceKey('busy', 'viewer');
    const calm = await tandem.workspaceKey('calm', 'viewer');
    for (let request = 0; request < 3; request++) expect((await tandem.graphql(busy, OVERVIEW)).status).toBe(200);

    const refused = await fetch(`${tandem.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${busy}` },
      body: JSON.stringify({ query: OVERVIEW }),
    });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');

    const rest = await fetch(`${tandem.baseUrl}/api/exports/coverage.csv?from=2026-03-01&to=2026-03-02`, {
      headers: { authorization: `Bearer ${busy}` },
    });
    expect(rest.status).toBe(429);
    expect(await rest.json()).toMatchObject({ statusCode: 429 });

    // Same address, another key: its own count. Keyless probes are not counted.
    expect((await tandem.graphql(calm, OVERVIEW)).status).toBe(200);
    expect((await fetch(`${tandem.baseUrl}/api/ready`)).status).toBe(200);
    // With Redis, the count lives there, shared by every api process: one counter per key.
    if (mode === 'services') expect(await rateLimitKeys(tandem)).toHaveLength(2);
  });
});

async function rateLimitKeys(tandem: TestApp): Promise<string[]> {
  const redis = new Redis(tandem.app.get<AppConfig>(APP_CONFIG).redisUrl!);
  try {
    return await redis.keys('tandem:rate*');
  } finally {
    await redis.quit();
  }
}
