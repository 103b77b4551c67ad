import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication, INestApplicationContext, LogLevel } from '@nestjs/common';
import { Client } from 'pg';
import { inject } from 'vitest';
import { createHttpApp } from '../../src/bootstrap.js';
import { createWorkerContext } from '../../src/worker.js';
import type { ApiKeyRole } from '../../src/core/auth/api-key-role.js';
import { loadConfig } from '../../src/core/config/config.js';
import { ObservabilityModule } from '../../src/core/observability/observability.module.js';
import { ApiKeysService } from '../../src/modules/workspaces/api-keys.service.js';
import { WorkspacesService } from '../../src/modules/workspaces/workspaces.service.js';

export type TestMode = 'embedded' | 'services';
export const TEST_MODES: TestMode[] = ['embedded', 'services'];

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

const PENDING = new Set(['QUEUED', 'PROCESSING']);
const QUIET: LogLevel[] = ['error', 'warn'];

export interface GraphQLResponse<Data> {
  status: number;
  data?: Data;
  errors?: { message: string }[];
}

/**
 * The product as a user reaches it, over HTTP. `embedded`: PGlite + in-process jobs, ROLE=all.
 * `services`: a fresh database on the suite's real Postgres, BullMQ on its Redis, and the api and the
 * worker as two separate roles, as docker-compose runs them.
 */
export class TestApp {
  private constructor(
    readonly baseUrl: string,
    readonly app: INestApplication,
    private readonly worker: INestApplicationContext | undefined,
    readonly dataDir: string,
  ) {}

  /**
   * `redisDb`: each test file takes its own Redis database (1–63), since files run in parallel on one server.
   * `redisUrl` / `databaseUrl`: a server of the test's own instead of the suite's; `env`: any other variable.
   * The rate limit is off unless `env` sets it: tests poll far faster than a person.
   */
  static async start(mode: TestMode, options: TestAppOptions): Promise<TestApp> {
    const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'tandem-app-'));
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      PORT: '0',
      METRICS_PORT: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      MAX_UPLOAD_MB: String(options.maxUploadMb ?? 5),
      ...options.env,
    };
    if (mode === 'services') {
      env.DATABASE_URL = options.databaseUrl ?? (await createDatabase(inject('databaseUrl')));
      env.REDIS_URL = `${options.redisUrl ?? inject('redisUrl')}/${options.redisDb}`;
      await flushRedis(env.REDIS_URL);
    }
    const app = await createHttpApp(loadConfig({ ...env, ROLE: mode === 'services' ? 'api' : 'all' }), QUIET);
    await app.listen(0, '127.0.0.1');
    const worker =
      mode === 'services' && options.worker !== false
        ? await createWorkerContext(loadConfig({ ...env, ROLE: 'worker' }), QUIET)
        : undefined;
    const address = app.getHttpServer().address() as { port: number };
    return new TestApp(`http://127.0.0.1:${address.port}`, app, worker, dataDir);
  }

  /** `keepData`: leave the data directory (embedded database, uploads) for the test to reopen or move. */
  async close({ keepData = false } = {}): Promise<void> {
    await this.worker?.close();
    await this.app.close();
    if (!keepData) rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** services mode: where the worker process serves its Prometheus metrics (METRICS_PORT). */
  workerMetricsUrl(): string | undefined {
    const port = this.worker?.get(ObservabilityModule).port;
    return port === undefined ? undefined : `http://127.0.0.1:${port}/metrics`;
  }

  /** A new workspace with a key of the given role. */
  async workspaceKey(slug: string, role: ApiKeyRole = 'owner', currency?: string): Promise<string> {
    const workspaces = this.app.get(WorkspacesService);
    const workspace = await workspaces.ensure(slug, slug);
    if (currency) await workspaces.update(workspace.id, { currency });
    return (await this.app.get(ApiKeysService).create(workspace.id, role, `${slug}-${role}`)).secret;
  }

  /** Uploads a file of test/fixtures by name, or a file made by the test. */
  async upload(
    key: string | undefined,
    file: string | UploadFile,
    fields: Record<string, string> = {},
    query: Record<string, string> = {},
  ): Promise<Response> {
    const { name, content } =
      typeof file === 'string' ? { name: file, content: readFileSync(path.join(FIXTURES, file)) } : file;
    const form = new FormData();
    for (const [field, value] of Object.entries(fields)) form.set(field, value);
    form.set('file', new Blob([new Uint8Array(content)]), path.basename(name));
    const search = new URLSearchParams(query).toString();
    return fetch(`${this.baseUrl}/api/imports${search ? `?${search}` : ''}`, {
      method: 'POST',
      body: form,
      headers: authHeader(key),
    });
  }

  async graphql<Data>(key: string | undefined, query: string, variables: object = {}): Promise<GraphQLResponse<Data>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeader(key) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'>;
    return { status: response.status, ...body };
  }

  /** Uploads a fixture and waits, as a user watching the Imports page would, until its import ends. */
  async importFixture(
    key: string,
    file: string | UploadFile,
    fields: Record<string, string> = {},
  ): Promise<ImportResult> {
    const response = await this.upload(key, file, fields);
    if (response.status !== 202) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
    const { id } = (await response.json()) as { id: string };
    return this.waitForImport(key, id);
  }

  async waitForImport(key: string, id: string, timeoutMs = 60_000): Promise<ImportResult> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const result = await this.graphql<{ import: ImportResult | null }>(key, IMPORT_QUERY, { id });
      const run = result.data?.import;
      if (run && !PENDING.has(run.status)) return run;
      if (Date.now() > deadline)
        throw new Error(`import ${id} still ${run?.status ?? 'missing'} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export interface TestAppOptions {
  redisDb: number;
  maxUploadMb?: number;
  redisUrl?: string;
  databaseUrl?: string;
  /** An embedded data directory to reuse (one left by `close({ keepData: true })`). */
  dataDir?: string;
  /** services mode: `false` starts the api only, for a test that runs its worker as a process of its own. */
  worker?: boolean;
  env?: Record<string, string>;
}

export interface UploadFile {
  name: string;
  content: Uint8Array;
}

export interface ImportResult {
  id: string;
  status: string;
  format: string | null;
  rowsTotal: number | null;
  rowsImported: number | null;
  rowsRejected: number | null;
  warnings: string[];
  errors: { row: number | null; column: string | null; message: string }[];
}

const IMPORT_QUERY = `query ($id: ID!) { import(id: $id) {
  id status format rowsTotal rowsImported rowsRejected warnings errors(first: 100) { row column message } } }`;

function authHeader(key: string | undefined): Record<string, string> {
  return key ? { authorization: `Bearer ${key}` } : {};
}

/** A new, empty database on the server of `serverUrl`; its URL. */
export async function createDatabase(serverUrl: string): Promise<string> {
  const name = `tandem_${Math.random().toString(36).slice(2, 10)}`;
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function flushRedis(redisUrl: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(redisUrl);
  await redis.flushdb();
  await redis.quit();
}
