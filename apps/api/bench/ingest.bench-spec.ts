import { createReadStream, mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { readExport } from '@tandem/formats/read-export.js';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { assertBuilt, spawnBuiltWorker } from '../test/support/built-worker.js';
import { createDatabase, TestApp } from '../test/support/test-app.js';
import { startCpuProfile } from './cpu-profile.js';
import { peakRssOf } from './rss-sampler.js';
import { writeTemplateFile } from './template-file.js';

/**
 * `npm run bench:ingest` (after `npm run build`): an import against Postgres's own bulk path, on the suite's throwaway
 * Postgres. (a) COPY of a BENCH_INGEST_ROWS-row paid template (default 1 M) straight into a table keyed and indexed as
 * paid_daily_metric, what `psql \copy` does; (b) the same file through the whole pipeline in services mode, upload to
 * facts visible in the overview, the worker a process of its own (the built `dist/main.js`, ROLE=worker); (c) a
 * re-upload of it, every row given again (unchanged); (d) the parse alone; (e) the worker's peak RSS; (f) embedded mode over a
 * smaller file (BENCH_INGEST_EMBEDDED_ROWS, default 200k; BENCH_CPU_PROFILE=<prefix> records its CPU profile).
 * Figures are printed with their targets, never asserted; only correctness is (every row imported, the spend exact).
 */
const ROWS = Number(process.env.BENCH_INGEST_ROWS ?? 1_000_000);
const EMBEDDED_ROWS = Number(process.env.BENCH_INGEST_EMBEDDED_ROWS ?? 200_000);
const HEADER =
  'date,platform,account_id,account_name,currency,campaign_id,campaign_name,objective,ad_set_id,ad_set_name,ad_id,ad_name,spend,impressions,clicks,conversions,revenue';
/** The template reaches 5,000 days back (1 M rows, 200 a day) and a range spans at most 10 years: three decades. */
const DECADES = ['2000', '2010', '2020'];
const OVERVIEW = `query { ${DECADES.map(
  (decade) =>
    `d${decade}: overview(range: { from: "${decade}-01-01", to: "${Number(decade) + 9}-12-31" }) { paid { spend } }`,
).join(' ')} }`;

const dir = mkdtempSync(path.join(tmpdir(), 'tandem-ingest-'));
const file = path.join(dir, 'tandem-paid-ingest.csv');
const embeddedFile = path.join(dir, 'tandem-paid-ingest-embedded.csv');
let spendCents = 0;
let embeddedSpendCents = 0;
const figures: Record<string, number> = {};

beforeAll(async () => {
  assertBuilt('bench:ingest');
  spendCents = (await writeTemplateFile(file, ROWS)).spendCents;
  figures.fileMb = Math.round(statSync(file).size / 1e6);
  embeddedSpendCents = (await writeTemplateFile(embeddedFile, EMBEDDED_ROWS)).spendCents;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  const ratio = (seconds: number | undefined) => (seconds && figures.copy ? (seconds / figures.copy).toFixed(2) : '?');
  console.log(
    [
      `[bench:ingest] ${ROWS}-row paid template (${figures.fileMb} MB)`,
      `  (a) COPY into a table keyed as paid_daily_metric: ${figures.copy?.toFixed(1)} s`,
      `  (b) services pipeline, upload → facts in the overview: ${figures.first?.toFixed(1)} s, ${ratio(figures.first)}× COPY (target ≤ 2.0)`,
      `  (c) re-upload, every row given again: ${figures.again?.toFixed(1)} s, ${ratio(figures.again)}× COPY (target ≤ 2.5)`,
      `  (d) parse alone: ${figures.parse} rows/s (target ≥ 150000)`,
      `  (e) worker process peak RSS: ${figures.workerMb} MB (target < 300)`,
      `  (f) embedded pipeline, ${EMBEDDED_ROWS} rows: ${figures.embedded} rows/s (target ≥ 30000)`,
    ].join('\n'),
  );
});

it('(a) COPYs the file into a table keyed and indexed as paid_daily_metric', async () => {
  const client = new Client({ connectionString: await createDatabase(inject('databaseUrl')) });
  await client.connect();
  try {
    await client.query(`CREATE TABLE copied (
      workspace_id uuid NOT NULL DEFAULT '00000000-0000-4000-8000-000000000000',
      ${HEADER.split(',')
        .map((name) => `${name} ${COPIED_TYPES[name] ?? 'text'}`)
        .join(', ')},
      PRIMARY KEY (workspace_id, platform, account_id, campaign_id, ad_set_id, ad_id, date)
    );
    CREATE INDEX copied_workspace_date_idx ON copied (workspace_id, date)`);
    const started = performance.now();
    const copy = client.query(copyFrom(`COPY copied (${HEADER}) FROM STDIN WITH (FORMAT csv, HEADER true)`));
    await pipeline(createReadStream(file), copy);
    figures.copy = (performance.now() - started) / 1000;
    console.log(`[bench:ingest] (a) COPY of ${copy.rowCount} rows in ${figures.copy.toFixed(1)} s`);
    expect(copy.rowCount).toBe(ROWS);
  } finally {
    await client.end();
  }
});

const COPIED_TYPES: Record<string, string> = {
  date: 'date',
  spend: 'numeric(20, 6)',
  impressions: 'bigint',
  clicks: 'bigint',
  conversions: 'numeric(20, 6)',
  revenue: 'numeric(20, 6)',
};

it('(d) parses the file alone', async () => {
  const started = performance.now();
  const { events } = await readExport(() => createReadStream(file), path.basename(file));
  let rows = 0;
  for await (const event of events) if (event.type === 'row') rows++;
  figures.parse = Math.round(rows / ((performance.now() - started) / 1000));
  console.log(`[bench:ingest] (d) parse alone: ${figures.parse} rows/s`);
  expect(rows).toBe(ROWS);
});

it('(b, c, e) imports the file, then again, in services mode with the worker as its own process', async () => {
  const tandem = await TestApp.start('services', { redisDb: 60, maxUploadMb: 4_000, worker: false });
  const worker = spawnBuiltWorker(tandem);
  try {
    const key = await tandem.workspaceKey('ingest');
    figures.first = await importTimed(tandem, key, file, ROWS, spendCents);
    console.log(`[bench:ingest] (b) services pipeline: ${figures.first.toFixed(1)} s`);
    figures.again = await importTimed(tandem, key, file, ROWS, spendCents);
    console.log(`[bench:ingest] (c) re-upload: ${figures.again.toFixed(1)} s`);
    figures.workerMb = peakRssOf(worker.pid!);
  } finally {
    worker.kill('SIGTERM');
    await tandem.close();
  }
});

it('(f) imports a smaller file in embedded mode', async () => {
  const tandem = await TestApp.start('embedded', { redisDb: 60, maxUploadMb: 4_000 });
  try {
    const key = await tandem.workspaceKey('ingest');
    const profile = await startCpuProfile('embedded');
    const seconds = await importTimed(tandem, key, embeddedFile, EMBEDDED_ROWS, embeddedSpendCents);
    await profile.stop();
    figures.embedded = Math.round(EMBEDDED_ROWS / seconds);
    console.log(`[bench:ingest] (f) embedded: ${EMBEDDED_ROWS} rows in ${seconds.toFixed(1)} s`);
  } finally {
    await tandem.close();
  }
});

/** Seconds from the upload's first byte until its import has finished and the overview shows the file's spend. */
async function importTimed(tandem: TestApp, key: string, upload: string, rows: number, cents: number) {
  const started = performance.now();
  const form = new FormData();
  form.set('file', await openAsBlob(upload), path.basename(upload));
  const response = await fetch(`${tandem.baseUrl}/api/imports`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${key}` },
  });
  expect(response.status).toBe(202);
  const { id } = (await response.json()) as { id: string };
  // PGlite holds the embedded process's event loop while it merges: a kept-alive socket may be reset meanwhile.
  const run = await tandem.waitForImport(key, id, 3_600_000).catch(() => tandem.waitForImport(key, id, 3_600_000));
  const totals = await tandem.graphql<Record<string, { paid: { spend: number } }>>(key, OVERVIEW);
  const seconds = (performance.now() - started) / 1000;
  console.log(`[bench:ingest] ${rows} rows ${run.status} in ${seconds.toFixed(1)} s`);
  expect(run).toMatchObject({ status: 'COMPLETED', rowsImported: rows });
  expect(totals.errors).toBeUndefined();
  const spend = Object.values(totals.data!).reduce((sum, overview) => sum + overview.paid.spend, 0);
  expect(Math.round(spend * 100)).toBe(cents);
  return seconds;
}
