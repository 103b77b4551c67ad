#!/usr/bin/env node
// Writes the bundled demo exports (Tandem's paid and organic templates), byte-for-byte the same on every run.
// Usage: node scripts/generate-samples.mjs [outDir]     (default: the repository's samples/ folder)
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSampleFiles } from './sample-data.mjs';

const defaultOutDir = fileURLToPath(new URL('../samples/', import.meta.url));
const outDir = process.argv[2] ? resolve(process.argv[2]) : defaultOutDir;

await mkdir(outDir, { recursive: true });
for (const [name, content] of Object.entries(generateSampleFiles())) {
  const path = resolve(outDir, name);
  await writeFile(path, content, 'utf8');
  const rows = content.split('\n').length - 2; // minus the header and the final newline
  console.log(`wrote ${path} (${rows} rows, ${content.length} bytes)`);
}
