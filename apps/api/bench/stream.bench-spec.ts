import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { summariseExport } from '@tandem/formats/export-summary.js';
import { readExport } from '@tandem/formats/read-export.js';
import { afterAll, expect, it } from 'vitest';
import { sampleRss } from './rss-sampler.js';
import { writeTemplateFile } from './template-file.js';

/**
 * `npm run bench:stream`: a BENCH_MB (default 1024) MB export through detection and the streaming parser
 * (the dry-run path, no database), printing MB/s and the peak RSS: memory must stay flat whatever the size.
 */
const MEGABYTES = Number(process.env.BENCH_MB ?? 1_024);
const ROW_BYTES = 125;
const dir = mkdtempSync(path.join(tmpdir(), 'tandem-bench-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('streams a large export with flat memory', async () => {
  const file = path.join(dir, 'large.csv');
  const rows = Math.round((MEGABYTES * 1e6) / ROW_BYTES);
  const { spendCents } = await writeTemplateFile(file, rows);
  const sizeMb = statSync(file).size / 1e6;
  const baselineMb = Math.round(process.memoryUsage.rss() / 1e6);
  const rss = sampleRss();
  const started = performance.now();
  const { events } = await readExport(() => createReadStream(file), 'large.csv');
  const summary = await summariseExport(events);
  const seconds = (performance.now() - started) / 1000;
  const peakMb = rss.stop();
  console.log(
    `[bench:stream] ${sizeMb.toFixed(0)} MB, ${rows} rows in ${seconds.toFixed(1)} s = ${(sizeMb / seconds).toFixed(1)} MB/s, ` +
      `${Math.round(rows / seconds)} rows/s; RSS ${baselineMb} MB before, peak ${peakMb} MB while parsing`,
  );
  expect(summary.rows).toEqual([{ kind: 'paid', count: rows }]);
  expect(summary.paid[0]!.spend).toBe((spendCents / 100).toFixed(2).replace(/\.?0+$/, ''));
});
