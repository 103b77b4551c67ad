import type { Readable } from 'node:stream';
import type { OpenFile } from './file-head.js';

/** The upload cannot be read at all (too large, corrupt, unsafe): the import fails with this message. */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
}

const MEGABYTE = 1024 * 1024;
/** Workbooks and zip archives are read whole (SheetJS and zip directories need random access), so they are capped. */
export const MAX_WHOLE_FILE_BYTES = 50 * MEGABYTE;

const wholeFiles = new WeakMap<OpenFile, Promise<Buffer>>();

/** The upload's bytes, at most `MAX_WHOLE_FILE_BYTES`, read once per `open` however often they are asked for. */
export function readWholeUpload(open: OpenFile, fileName: string): Promise<Buffer> {
  let bytes = wholeFiles.get(open);
  if (!bytes) {
    bytes = readWholeFile(open(), MAX_WHOLE_FILE_BYTES, `"${fileName}"`);
    wholeFiles.set(open, bytes);
  }
  return bytes;
}

/**
 * The whole stream as one buffer, for the readers that need random access (workbooks, zip archives).
 * Stops reading, and throws, as soon as the stream passes `maxBytes`, so that a huge upload never fills memory.
 */
export async function readWholeFile(stream: Readable, maxBytes: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Uint8Array>) {
      length += chunk.length;
      if (length > maxBytes) {
        throw new UnreadableFileError(
          `${what} is larger than ${formatMegabytes(maxBytes)}, the most Tandem reads of a workbook or zip archive; export a shorter date range or fewer columns, or save it as CSV.`,
        );
      }
      chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks, length);
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / MEGABYTE)} MB`;
}
