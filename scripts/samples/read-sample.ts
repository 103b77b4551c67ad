import { Readable } from 'node:stream';
import type { ImportHints, ParseEvent } from '../../libs/formats/src/canonical.js';
import { readExport } from '../../libs/formats/src/read-export.js';

/** One file a sample generator writes (`sampleFiles()` of each generator in this folder). */
export interface SampleFile {
  name: string;
  content: string | Uint8Array;
  hints: ImportHints;
}

/** Reads a sample file as an upload of it would be read, its events sorted by type. */
export async function readSample(file: SampleFile) {
  const open = () => Readable.from([Buffer.from(file.content)]);
  const reading = await readExport(open, file.name, file.hints);
  const events: ParseEvent[] = [];
  for await (const event of reading.events) events.push(event);
  return {
    format: reading.format.id,
    rows: events.flatMap((event) => (event.type === 'row' ? [event.row] : [])),
    errors: events.flatMap((event) => (event.type === 'error' ? [event.error] : [])),
    warnings: events.flatMap((event) => (event.type === 'warning' ? [event.message] : [])),
  };
}
