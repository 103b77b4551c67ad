import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { assertBuilt, BUILT_MAIN } from './support/built-worker.js';
import { createDatabase } from './support/test-app.js';
import { freePort } from './support/throwaway-services.js';

const secret = (prefix: string) => `${prefix}${randomBytes(18).toString('hex')}`;

/**
 * The logs as an operator reads them: the built server's stdout, one JSON object a line, carrying request and
 * import ids, and never a key, a password or a file's contents.
 */
describe('JSON logs of the running server', () => {
  const bootstrapKey = secret('tdm_bootstrap_');
  const wrongKey = secret('tdm_wrong_');
  const password = secret('pw');
  const cell = secret('CELL-');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-logs-'));
  let server: ChildProcess;
  let output = '';
  let baseUrl: string;
  let importId: string;

  beforeAll(async () => {
    assertBuilt('The logs test');
    const databaseUrl = new URL(await createDatabase(inject('databaseUrl')));
    databaseUrl.password = password; // the suite's Postgres trusts local connections: any password works
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [BUILT_MAIN], {
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl.toString(),
        BOOTSTRAP_API_KEY: bootstrapKey,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForHealth(baseUrl);

    const form = new FormData();
    const csv = `date,platform,account_id,account_name,currency,campaign_id,campaign_name,spend\n2026-03-01,FACEBOOK,act_1,Acme,USD,c1,${cell},10.00\n`;
    form.set('file', new Blob([csv]), 'paid.csv');
    const upload = await fetch(`${baseUrl}/api/imports`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${bootstrapKey}`, 'x-request-id': 'upload-1' },
    });
    expect(upload.status).toBe(202);
    importId = ((await upload.json()) as { id: string }).id;
    await waitForImport(baseUrl, bootstrapKey, importId);
    await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${wrongKey}` } });
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }, 120_000);

  afterAll(() => {
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const lines = () =>
    output
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('writes one JSON object a line', () => {
    expect(lines().length).toBeGreaterThan(5);
    expect(lines().every((line) => typeof line.level === 'number' && typeof line.msg === 'string')).toBe(true);
  });

  it("logs each request with its id, method, path and status, and the import's lines with the import id", () => {
    expect(lines()).toContainEqual(
      expect.objectContaining({
        requestId: 'upload-1',
        req: { method: 'POST', url: '/api/imports' },
        res: { statusCode: 202 },
      }),
    );
    const importLines = lines().filter((line) => line.importId === importId);
    expect(importLines.some((line) => String(line.msg).includes('1 rows'))).toBe(true);
    // The embedded runner starts the job from the upload, so its lines carry the upload's request id as well.
    expect(importLines.every((line) => line.requestId === 'upload-1')).toBe(true);
  });

  it('never writes a key, a database password or what the file holds', () => {
    for (const hidden of [bootstrapKey, wrongKey, password, cell]) expect(output).not.toContain(hidden);
    expect(output).not.toMatch(/authorization/i);
  });
});

async function waitForHealth(baseUrl: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const answered = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer at ${baseUrl}`);
}

async function waitForImport(baseUrl: string, key: string, id: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($id: ID!) { import(id: $id) { status } }', variables: { id } }),
    });
    const { data } = (await response.json()) as { data?: { import: { status: string } } };
    if (data && !['QUEUED', 'PROCESSING'].includes(data.import.status)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import ${id} did not finish`);
}
