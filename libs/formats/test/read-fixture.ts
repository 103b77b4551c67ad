import type { CanonicalRow } from '../src/canonical.js';
import { readExport } from '../src/read-export.js';
import { collect, openFixture } from './open-fixture.js';

/** Reads a fixture through the whole pipeline, its events sorted by type. */
export async function readFixture<Row extends CanonicalRow>(name: string) {
  const reading = await readExport(openFixture(name), name);
  const events = await collect(reading.events);
  return {
    format: reading.format.id,
    rows: events.flatMap((event) => (event.type === 'row' ? [event.row as Row] : [])),
    errors: events.flatMap((event) => (event.type === 'error' ? [event.error] : [])),
  };
}
