import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import type { OpenFile } from '../src/reader/file-head.js';

export function openFixture(name: string): OpenFile {
  const path = fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
  return () => createReadStream(path);
}

/** A file served in the given chunks, to prove that chunk boundaries change nothing. */
export function openChunks(...chunks: Array<string | Uint8Array>): OpenFile {
  return () => Readable.from(chunks.map((chunk) => Buffer.from(chunk)));
}

export function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}
