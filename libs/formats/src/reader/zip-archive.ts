/**
 * Zip archives that are not workbooks (a YouTube Studio export: `Table data.csv`, `Chart data.csv`, `Totals.csv`).
 *
 * The archive is read whole (at most `MAX_WHOLE_FILE_BYTES`; a zip needs random access), its directory is checked before
 * anything is decompressed (entry count, safe relative names, uncompressed sizes), and each entry is then
 * decompressed as a stream, so that an entry goes through the same text pipeline as an uploaded CSV
 * (encoding and delimiter sniffing, header search, records). How a format uses it: see `reader/workbook.ts`.
 */
import { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { OpenFile } from './file-head.js';
import { formatMegabytes, readWholeUpload, UnreadableFileError } from './whole-file.js';

export interface ZipEntryInfo {
  /** Path inside the archive, `/`-separated (`Table data.csv`, `report/Totals.csv`). */
  name: string;
  /** Uncompressed size in bytes, as the archive's directory states it (checked again while decompressing). */
  size: number;
}

export const MAX_ZIP_ENTRIES = 1000;
/** One entry, decompressed: the API's default upload limit. */
export const MAX_ZIP_ENTRY_BYTES = 200 * 1024 * 1024;
/** All entries together, decompressed: a guard against zip bombs. */
export const MAX_ZIP_TOTAL_BYTES = 1024 * 1024 * 1024;

/** The archive's files (folders left out) after checking its directory; throws `UnreadableFileError`. */
export async function listZipEntries(bytes: Buffer, fileName: string): Promise<ZipEntryInfo[]> {
  const zip = await openZip(bytes, fileName);
  try {
    return (await checkedEntries(zip, fileName)).map(({ fileName: name, uncompressedSize }) => ({
      name,
      size: uncompressedSize,
    }));
  } finally {
    zip.close();
  }
}

/**
 * One entry of the zip upload as a file of its own: pass the result to `readFileHead`/`readTableRecords`
 * like any upload. The entry is looked up by its exact name; the archive's directory is checked first.
 */
export function readZipEntry(open: OpenFile, name: string, archiveName = 'the zip archive'): OpenFile {
  return () => Readable.from(entryChunks(open, name, archiveName));
}

async function* entryChunks(open: OpenFile, name: string, archiveName: string): AsyncGenerator<Uint8Array> {
  const zip = await openZip(await readWholeUpload(open, archiveName), archiveName);
  try {
    const entry = (await checkedEntries(zip, archiveName)).find((candidate) => candidate.fileName === name);
    if (!entry) throw new UnreadableFileError(`"${archiveName}" has no file named "${name}".`);
    const stream = await zip.openReadStreamPromise(entry).catch((error: unknown) => {
      throw unreadable(archiveName, error);
    });
    try {
      for await (const chunk of stream as AsyncIterable<Uint8Array>) yield chunk;
    } catch (error) {
      throw unreadable(archiveName, error);
    } finally {
      stream.destroy();
    }
  } finally {
    zip.close();
  }
}

async function openZip(bytes: Buffer, fileName: string): Promise<ZipFile> {
  try {
    // autoClose off: entries are opened after the directory has been read (and checked) whole.
    return await yauzl.fromBufferPromise(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch (error) {
    throw unreadable(fileName, error);
  }
}

async function checkedEntries(zip: ZipFile, fileName: string): Promise<Entry[]> {
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    throw new UnreadableFileError(
      `"${fileName}" holds ${zip.entryCount} files; Tandem reads zip archives of at most ${MAX_ZIP_ENTRIES}.`,
    );
  }
  const entries: Entry[] = [];
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      checkName(entry.fileName, fileName);
      if (entry.fileName.endsWith('/')) continue;
      if (entry.uncompressedSize > MAX_ZIP_ENTRY_BYTES) {
        throw new UnreadableFileError(
          `"${entry.fileName}" in "${fileName}" is larger than ${formatMegabytes(MAX_ZIP_ENTRY_BYTES)} once unpacked.`,
        );
      }
      total += entry.uncompressedSize;
      if (total > MAX_ZIP_TOTAL_BYTES) {
        throw new UnreadableFileError(
          `"${fileName}" is larger than ${formatMegabytes(MAX_ZIP_TOTAL_BYTES)} once unpacked.`,
        );
      }
      entries.push(entry);
    }
  } catch (error) {
    throw unreadable(fileName, error);
  }
  return entries;
}

/** yauzl rejects absolute paths and `..` itself; this says so in the same words whatever the yauzl version. */
function checkName(name: string, fileName: string): void {
  const unsafe = name.startsWith('/') || /^[a-z]:/i.test(name) || name.split(/[/\\]/).includes('..');
  if (unsafe) throw new UnreadableFileError(`"${fileName}" holds a file with an unsafe path: "${name}".`);
}

function unreadable(fileName: string, error: unknown): UnreadableFileError {
  if (error instanceof UnreadableFileError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new UnreadableFileError(`"${fileName}" is not a readable zip archive: ${reason}.`, { cause: error });
}
