import { randomUUID } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CanonicalRow } from '@tandem/formats/canonical.js';
import { readExport } from '@tandem/formats/read-export.js';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TEST_MODES, TestApp } from '../test/support/test-app.js';
import { AccountsService } from '../src/modules/accounts/accounts.service.js';
import { BatchContext } from '../src/modules/imports/import-batch-context.js';
import { FactWriter } from '../src/modules/metrics/fact-writer.service.js';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service.js';
import { startCpuProfile } from './cpu-profile.js';
import { writeTemplateFile } from './template-file.js';

/**
 * `npx vitest run --project bench apps/api/bench/ingest-split.bench-spec.ts`: where an import's time goes. Times
 * the parse alone (readExport over the BENCH_ROWS-row template, no database) and the write alone (the parsed rows
 * written through FactWriter in the import's batches, facts and rollups, one transaction each), in each mode. The import itself
 * overlaps the two (one batch is written while the next is parsed), so its time is less than their sum.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const BATCH_SIZE = 2_000;
const dir = mkdtempSync(path.join(tmpdir(), 'tandem-bench-'));
const file = path.join(dir, 'tandem-paid-bench.csv');

beforeAll(async () => {
  await writeTemplateFile(file, ROWS);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('parses the template export without a database and reports rows/s', async () => {
  const profile = await startCpuProfile('parse');
  const { seconds, rows } = await timed(() => parseRows());
  await profile.stop();
  console.log(
    `[bench:split] parse only: ${ROWS} rows in ${seconds.toFixed(2)} s = ${Math.round(ROWS / seconds)} rows/s`,
  );
  expect(rows).toHaveLength(ROWS);
});

it.each(TEST_MODES)('writes the parsed rows in %s mode and reports rows/s', async (mode) => {
  const rows = await parseRows();
  const tandem = await TestApp.start(mode, { redisDb: 11 });
  try {
    const workspace = await tandem.app.get(WorkspacesService).ensure('bench', 'bench');
    const dataSource = tandem.app.get(DataSource);
    const accounts = tandem.app.get(AccountsService);
    const writer = tandem.app.get(FactWriter);
    const importId = randomUUID();
    // The import's own account and currency resolution, batch by batch, as ImportIngestService runs it.
    const context = new BatchContext(workspace.id, accounts, {}, 'USD', new Set());
    const profile = await startCpuProfile(`write-${mode}`);
    const { seconds } = await timed(async () => {
      for (let start = 0; start < rows.length; start += BATCH_SIZE) {
        await dataSource.transaction(async (manager) => {
          const resolved = await context.resolve(manager, rows.slice(start, start + BATCH_SIZE));
          await writer.writeBatch(manager, workspace.id, importId, resolved);
        });
      }
    });
    await profile.stop();
    const counted = (await dataSource.query('SELECT count(*)::int AS count FROM paid_daily_metric')) as {
      count: number;
    }[];
    console.log(
      `[bench:split] write only, ${mode}: ${ROWS} rows in ${seconds.toFixed(2)} s = ${Math.round(ROWS / seconds)} rows/s`,
    );
    expect(counted[0]?.count).toBe(ROWS);
  } finally {
    await tandem.close();
  }
});

async function parseRows(): Promise<CanonicalRow[]> {
  const rows: CanonicalRow[] = [];
  const { events } = await readExport(() => createReadStream(file), path.basename(file));
  for await (const event of events) {
    if (event.type !== 'row') throw new Error(`unexpected ${event.type} event`);
    rows.push(event.row);
  }
  return rows;
}

async function timed<T>(run: () => Promise<T>): Promise<{ seconds: number } & { rows: T }> {
  const started = performance.now();
  const rows = await run();
  return { seconds: (performance.now() - started) / 1000, rows };
}
