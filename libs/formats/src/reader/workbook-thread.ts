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
  const workbook = XLSX.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), workerData.options);
  parentPort.postMessage({ workbook });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
`;

const sheetJs = createRequire(import.meta.url).resolve('@e965/xlsx');

/** `XLSX.read(bytes, options)` on a thread of its own; rejects with SheetJS's message when it cannot read them. */
export function readWorkbookOffThread(bytes: Uint8Array, options: XLSX.ParsingOptions): Promise<XLSX.WorkBook> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(THREAD_CODE, {
      eval: true,
      workerData: { sheetJs, bytes, options: { ...options, type: 'buffer' } },
    });
    let answered = false;
    thread.once('message', (answer: { workbook: XLSX.WorkBook } | { error: string }) => {
      answered = true;
      void thread.terminate();
      if ('error' in answer) reject(new Error(answer.error));
      else resolve(answer.workbook);
    });
    thread.once('error', (error) => {
      answered = true;
      reject(error);
    });
    thread.once('exit', (code) => {
      if (!answered) reject(new Error(`the workbook reader stopped (exit code ${code})`));
    });
  });
}
