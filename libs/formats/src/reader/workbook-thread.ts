import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type * as XLSX from '@e965/xlsx';

/**
 * SheetJS decodes a workbook in one synchronous call: 15–20 s for a 50 MB `.xlsx` on a 2-core machine. On the
 * process's own thread that stops everything else it does meanwhile, the job lock's renewal included (a worker
 * that stops renewing is taken for dead, README "Imports"). A large workbook is therefore decoded on a thread of its
 * own, which exits with the memory it used; only the decoded workbook comes back (copied, about a third of the
 * decoding's time, on the caller's thread).
 *
 * The thread's code is plain JavaScript evaluated by Node: the api is bundled, so no separate module file exists to
 * start. It loads the same SheetJS as the caller, by path, and reads with the caller's options.
 */
const THREAD_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const zlib = require('node:zlib');
const XLSX = require(workerData.sheetJs);
// As workbook.ts: Node's inflate (SheetJS's own loops on some damaged data), answering the bytesRead it asks for.
class InflateRaw extends zlib.InflateRaw {
  get bytesRead() { return this.bytesWritten; }
}
XLSX.CFB.utils.use_zlib({ ...zlib, InflateRaw });
try {
  const { bytes } = workerData; // a Uint8Array once copied to the thread: SheetJS's 'buffer' wants a Buffer
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  // As workbook.ts: a legacy workbook's container is checked first (SheetJS would fall back to reading it as text).
  if (buffer[0] === 0xd0) XLSX.CFB.read(buffer, { type: 'buffer' });
  const workbook = XLSX.read(buffer, workerData.options);
  parentPort.postMessage({ workbook });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
`;

const sheetJs = createRequire(import.meta.url).resolve('@e965/xlsx');

/**
 * No workbook Tandem reads (50 MB at most) takes SheetJS this long; damaged data can make it loop, and a thread that
 * looped would hold an import (and one of its workspace's places) for ever.
 */
const DECODE_LIMIT_MS = 5 * 60_000;

/** SheetJS could not decode the bytes (its own message), or did not finish within DECODE_LIMIT_MS. */
export class UndecodableWorkbookError extends Error {
  override readonly name = 'UndecodableWorkbookError';
}

/**
 * `XLSX.read(bytes, options)` on a thread of its own. Rejects with `UndecodableWorkbookError` when SheetJS refuses the
 * bytes or runs past the limit; with the thread's own error when the thread itself fails (out of memory, cannot
 * start), which says nothing about the file.
 */
export function readWorkbookOffThread(
  bytes: Uint8Array,
  options: XLSX.ParsingOptions,
  limitMs = DECODE_LIMIT_MS,
): Promise<XLSX.WorkBook> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(THREAD_CODE, {
      eval: true,
      workerData: { sheetJs, bytes, options: { ...options, type: 'buffer' } },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(limit);
      void thread.terminate();
      outcome();
    };
    const limit = setTimeout(() => {
      const minutes = Math.round((limitMs / 60_000) * 100) / 100;
      settle(() => reject(new UndecodableWorkbookError(`it was still being decoded after ${minutes} minutes`)));
    }, limitMs);
    thread.once('message', (answer: { workbook: XLSX.WorkBook } | { error: string }) =>
      settle(() => ('error' in answer ? reject(new UndecodableWorkbookError(answer.error)) : resolve(answer.workbook))),
    );
    thread.on('error', (error) => settle(() => reject(error)));
    thread.once('exit', (code) =>
      settle(() => reject(new Error(`the workbook reader stopped before answering (exit code ${code})`))),
    );
  });
}
