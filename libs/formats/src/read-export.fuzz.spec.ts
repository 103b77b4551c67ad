import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChunks } from '../test/open-fixture.js';
import type { CanonicalRow, ImportHints, ParseEvent } from './canonical.js';
import { identifyExport, readExport, UnsupportedExportError } from './read-export.js';
import { FIRST_REPORTED_DAY } from './reader/dates.js';
import { EXPORT_FORMATS } from './registry.js';

/**
 * Random bytes and random damage to real fixtures (flipped bytes, truncation, inserted quotes, delimiters and line
 * ends, duplicated lines) through every format's reader, the format forced by the upload's `format` field so that
 * each parser meets the damage even when detection would refuse it. What must hold whatever the bytes:
 * - the read ends (no hang): an event cap, and a generous abort signal that only a hang would reach;
 * - nothing throws but `UnsupportedExportError` (the import's one file-level error); every other problem is an
 *   error event with a message, and a line when it names a column;
 * - every row can be stored: days from 2000 on, amounts within `numeric(20, 6)`, counts exact integers.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures');
const RUNS_PER_FORMAT = 40;
const RANDOM_BYTES_RUNS = 10;
const MAX_EVENTS = 200_000;
const HANG_BOUND_MS = 30_000;
const HINTS: ImportHints = {
  exportedOn: '2026-12-31',
  account: 'fuzz',
  periodStart: '2026-01-01',
  periodEnd: '2026-01-31',
};
const INSERTS = ['"', '""', ',', ';', '\t', '\n', '\r', '\r\n', '=HYPERLINK("http://x","y")', '\u0000', '9'.repeat(30)];
const DECIMAL_FIELDS = ['spend', 'conversions', 'revenue', 'results'] as const;
const DAY_FIELDS = ['date', 'periodStart', 'periodEnd'] as const;
const STORABLE_DECIMAL = /^-?\d{1,14}(?:\.\d+)?$/;

type Mutation =
  | { kind: 'flip'; at: number; bits: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate-line'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bits: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...INSERTS) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

function mutate(seed: Buffer, mutations: readonly Mutation[]): Buffer {
  let bytes = Buffer.from(seed);
  for (const change of mutations) {
    const at = bytes.length === 0 ? 0 : change.at % bytes.length;
    if (change.kind === 'flip' && bytes.length > 0) bytes[at] = bytes[at]! ^ change.bits;
    else if (change.kind === 'truncate') bytes = bytes.subarray(0, at);
    else if (change.kind === 'insert')
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(change.text), bytes.subarray(at)]);
    else if (change.kind === 'duplicate-line') {
      const start = bytes.lastIndexOf(0x0a, at) + 1;
      const end = bytes.indexOf(0x0a, at);
      const line = bytes.subarray(start, end === -1 ? bytes.length : end + 1);
      bytes = Buffer.concat([bytes.subarray(0, start), line, bytes.subarray(start)]);
    }
  }
  return bytes;
}

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return fixtureFiles(full);
    return name.endsWith('.mjs') ? [] : [full];
  });
}

/** A CSV of the format's own headers and one row of plausible values: a seed for formats whose fixtures are binary. */
function headerSeed(headers: readonly string[]): Buffer {
  const values = ['2026-05-01', 'FACEBOOK', 'act_1', '12.50', '100', 'USD', 'Spring'];
  const row = headers.map((_, index) => values[index % values.length]);
  return Buffer.from(`${headers.join(',')}\n${row.join(',')}\n`);
}

let runs = 0;

/** Reads the bytes to the end; returns the events, or null when the file was refused whole. */
async function readAll(bytes: Buffer, fileName: string, format: string): Promise<ParseEvent[] | null> {
  runs += 1;
  const read = async () => {
    let reading;
    try {
      reading = await readExport(openChunks(bytes), fileName, { ...HINTS, format });
    } catch (error) {
      if (error instanceof UnsupportedExportError) return null;
      throw error;
    }
    const events: ParseEvent[] = [];
    for await (const event of reading.events) {
      events.push(event);
      if (events.length > MAX_EVENTS) throw new Error(`more than ${MAX_EVENTS} events from ${bytes.length} bytes`);
    }
    return events;
  };
  const hung = new Promise<never>((_, reject) => {
    const signal = AbortSignal.timeout(HANG_BOUND_MS);
    signal.addEventListener('abort', () => reject(new Error(`no end after ${HANG_BOUND_MS} ms: a hang`)));
  });
  return Promise.race([read(), hung]);
}

function expectStructured(events: readonly ParseEvent[]): void {
  for (const event of events) {
    if (event.type === 'error') {
      const { row, column, message } = event.error;
      expect(message.length).toBeGreaterThan(0);
      expect(message.length).toBeLessThan(10_000);
      if (row !== null) expect(Number.isSafeInteger(row) && row >= 1).toBe(true);
      if (column !== null) expect(row).not.toBeNull();
    } else if (event.type === 'row') expectStorable(event.row);
  }
}

function expectStorable(row: CanonicalRow): void {
  const fields = row as unknown as Record<string, unknown>;
  for (const name of DECIMAL_FIELDS) {
    const value = fields[name];
    if (value !== null && value !== undefined) expect(value).toMatch(STORABLE_DECIMAL);
  }
  for (const name of DAY_FIELDS) {
    const value = fields[name];
    if (typeof value === 'string') expect(value >= FIRST_REPORTED_DAY).toBe(true);
  }
  for (const value of Object.values(fields)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
}

describe('every format reader under random damage', () => {
  const seeds = new Map<string, { name: string; bytes: Buffer }[]>();

  beforeAll(async () => {
    for (const format of EXPORT_FORMATS)
      seeds.set(format.id, [{ name: 'seed.csv', bytes: headerSeed(format.headers) }]);
    for (const file of fixtureFiles(FIXTURES)) {
      const name = path.basename(file);
      const bytes = readFileSync(file);
      const identified = await identifyExport(openChunks(bytes), name, HINTS).catch(() => null);
      if (identified) seeds.get(identified.format.id)!.push({ name, bytes });
    }
  });

  afterAll(() => console.log(`[fuzz] ${runs} reads of damaged or random files over ${EXPORT_FORMATS.length} formats`));

  it.each(EXPORT_FORMATS.map((format) => format.id))('%s: ends with rows and structured errors only', async (id) => {
    const formatSeeds = seeds.get(id)!;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: formatSeeds.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        async (which, mutations) => {
          const seed = formatSeeds[which]!;
          const events = await readAll(mutate(seed.bytes, mutations), seed.name, id);
          if (events) expectStructured(events);
        },
      ),
      { numRuns: RUNS_PER_FORMAT },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        const events = await readAll(Buffer.from(bytes), 'random.csv', id);
        if (events) expectStructured(events);
      }),
      { numRuns: RANDOM_BYTES_RUNS },
    );
  });
});
