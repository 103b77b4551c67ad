#!/usr/bin/env node
// Writes the bundled demo exports, byte-for-byte the same on every run: Tandem's two templates and one realistic
// file per supported platform format (each generator in scripts/samples/ exports `sampleFiles()`), plus
// samples/manifest.json: the upload order and the fields (account, platform, exportedOn…) each file needs.
// Usage: node scripts/generate-samples.mjs [outDir]     (default: the repository's samples/ folder)
import { readdir, mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSampleFiles } from './sample-data.mjs';

const defaultOutDir = fileURLToPath(new URL('../samples/', import.meta.url));
const outDir = process.argv[2] ? resolve(process.argv[2]) : defaultOutDir;

/** @typedef {{ name: string, content: string | Uint8Array, hints?: Record<string, string> }} SampleFile */

/** @returns {Promise<SampleFile[]>} */
async function platformSamples() {
  const dir = fileURLToPath(new URL('./samples/', import.meta.url));
  const modules = (await readdir(dir)).filter((name) => name.endsWith('.mjs')).sort();
  /** @type {SampleFile[]} */
  const files = [];
  for (const name of modules) {
    const module = await import(new URL(`./samples/${name}`, import.meta.url).href);
    if (typeof module.sampleFiles === 'function') files.push(...module.sampleFiles());
  }
  return files;
}

const templates = Object.entries(generateSampleFiles()).map(([name, content]) => ({ name, content, hints: {} }));
const files = [...templates, ...(await platformSamples())];
await mkdir(outDir, { recursive: true });
for (const file of files) {
  await writeFile(resolve(outDir, file.name), file.content);
  console.log(`wrote ${file.name} (${file.content.length} bytes)`);
}
const manifest = files.map((file) => ({ file: file.name, fields: file.hints ?? {} }));
await writeFile(resolve(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote manifest.json (${files.length} files)`);
