// `npm run demo`: starts Tandem on the embedded defaults (PGlite + in-process jobs) and, when the default
// workspace has no imports yet, uploads every bundled sample export through the real REST endpoint.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openAsBlob, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const samplesDir = path.join(root, 'samples');
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.data'));
const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';
const baseUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
const apiKey = process.env.BOOTSTRAP_API_KEY || demoKey();

const api = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  env: { ...process.env, DATA_DIR: dataDir, BOOTSTRAP_API_KEY: apiKey },
  stdio: 'inherit',
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));

await waitForHealth();
if (await hasNoImports()) await importSamples();
console.log(`\n  Tandem is running at ${baseUrl}\n  Demo API key (paste it on the Connect screen): ${apiKey}\n`);

/** One key per data directory, kept beside the database so that every run of the demo opens the same data. */
function demoKey() {
  const file = path.join(dataDir, 'demo-api-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const key = `tdm_demo_${randomBytes(24).toString('base64url')}`;
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

async function waitForHealth() {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Tandem did not answer at ${baseUrl}/api/health`);
}

/**
 * @param {string} query
 * @param {object} [variables]
 * @returns {Promise<any>}
 */
async function graphql(query, variables = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = /** @type {{ data?: any, errors?: { message: string }[] }} */ (await response.json());
  if (body.errors) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data;
}

async function hasNoImports() {
  return (await graphql('{ imports(first: 1) { id } }')).imports.length === 0;
}

/** Uploads the samples in manifest order, each with the upload fields its export needs (account, platform…). */
async function importSamples() {
  const manifest = /** @type {{ file: string, fields: Record<string, string> }[]} */ (
    JSON.parse(readFileSync(path.join(samplesDir, 'manifest.json'), 'utf8'))
  );
  for (const { file, fields } of manifest) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    form.set('file', await openAsBlob(path.join(samplesDir, file)), file);
    const response = await fetch(`${baseUrl}/api/imports`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${apiKey}` },
    });
    if (response.status !== 202)
      throw new Error(`Uploading ${file} answered ${response.status}: ${await response.text()}`);
    const { id } = /** @type {{ id: string }} */ (await response.json());
    const run = await waitForImport(id);
    console.log(`  imported ${file}: ${run.status}, ${run.rowsImported} rows (${run.format})`);
  }
}

/** @param {string} id */
async function waitForImport(id) {
  for (;;) {
    const { import: run } = await graphql('query ($id: ID!) { import(id: $id) { status format rowsImported } }', {
      id,
    });
    if (run && !['QUEUED', 'PROCESSING'].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
