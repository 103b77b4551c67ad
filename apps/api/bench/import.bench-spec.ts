import { openAsBlob, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TEST_MODES, TestApp } from '../test/support/test-app.js';
import { startCpuProfile } from './cpu-profile.js';
import { sampleRss } from './rss-sampler.js';
import { writeTemplateFile } from './template-file.js';

/** `npm run bench:import`: upload → import of a BENCH_ROWS-row template (default 100k) in each mode. */
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const dir = mkdtempSync(path.join(tmpdir(), 'tandem-bench-'));
const file = path.join(dir, 'tandem-paid-bench.csv');
let expectedSpendCents = 0;

beforeAll(async () => {
  expectedSpendCents = (await writeTemplateFile(file, ROWS)).spendCents;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it.each(TEST_MODES)('imports a %s template export and reports rows/s', async (mode) => {
  const tandem = await TestApp.start(mode, { redisDb: 10, maxUploadMb: 4_000 });
  try {
    const key = await tandem.workspaceKey('bench');
    const rss = sampleRss();
    const profile = await startCpuProfile(mode);
    const started = performance.now();
    const form = new FormData();
    form.set('file', await openAsBlob(file), path.basename(file));
    const response = await fetch(`${tandem.baseUrl}/api/imports`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${key}` },
    });
    const { id } = (await response.json()) as { id: string };
    const run = await tandem.waitForImport(key, id, 3_600_000);
    const seconds = (performance.now() - started) / 1000;
    await profile.stop();
    const peakMb = rss.stop();
    const totals = await tandem.graphql<{ overview: { paid: { spend: number } } }>(
      key,
      'query { overview(range: { from: "2000-01-01", to: "2100-01-01" }) { paid { spend } } }',
    );
    console.log(
      `[bench:import] ${mode}: ${ROWS} rows (${(statSync(file).size / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s = ` +
        `${Math.round(ROWS / seconds)} rows/s; peak RSS of the test process ${peakMb} MB`,
    );
    expect(run).toMatchObject({ status: 'COMPLETED', rowsImported: ROWS });
    expect(Math.round(totals.data!.overview.paid.spend * 100)).toBe(expectedSpendCents);
  } finally {
    await tandem.close();
  }
});
