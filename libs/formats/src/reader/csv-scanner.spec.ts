import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError } from 'csv-parse';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './csv-records.js';
import type { Delimiter } from './delimiter.js';

interface Reading {
  records: { line: number; cells: string[] }[];
  error: { line: number; message: string } | null;
}

/**
 * The reader as it was before CsvScanner: csv-parse with the importer's options, each record's line counted from
 * the raw text of the records before it. CsvScanner must read every file exactly as this did.
 */
async function readWithCsvParse(chunks: string[], delimiter: Delimiter): Promise<Reading> {
  const skipped: { recordsBefore: number; error: CsvError }[] = [];
  const parser = parse({
    delimiter,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    on_skip: (error) => void (error && skipped.push({ recordsBefore: parser.info.records, error })),
  });
  pipeline(Readable.from(chunks), parser).catch(() => undefined);
  const records: Reading['records'] = [];
  let line = 1;
  for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
    records.push({ line, cells: record });
    line += raw.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  const first = skipped[0];
  return {
    records: first ? records.slice(0, first.recordsBefore) : records,
    error: first ? { line, message: `The file cannot be read from line ${line} on: ${first.error.message}` } : null,
  };
}

async function readWithScanner(chunks: string[], delimiter: Delimiter): Promise<Reading> {
  const records: Reading['records'] = [];
  try {
    for await (const record of readCsvRecords(Readable.from(chunks), delimiter)) records.push(record);
    return { records, error: null };
  } catch (error) {
    const { line, message } = error as { line: number; message: string };
    return { records, error: { line, message } };
  }
}

/** A small deterministic generator, so that a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Every character CSV treats specially, weighted towards the ones that make it ambiguous. */
const PIECES = ['a', 'b', 'a', 'b', ' ', ',', ',', ';', '\t', '"', '"', '"', '""', '\r', '\n', '\r\n', '\0', 'é', '😀'];

function generatedFile(next: () => number): string {
  let text = '';
  const length = Math.floor(next() * 40);
  for (let index = 0; index < length; index++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

/** The text cut at random places, never inside a character (the decoder never does that). */
function chunked(text: string, next: () => number): string[] {
  const characters = [...text];
  const chunks: string[] = [];
  let start = 0;
  while (start < characters.length) {
    const size = 1 + Math.floor(next() * 6);
    chunks.push(characters.slice(start, start + size).join(''));
    start += size;
  }
  return chunks;
}

describe('CsvScanner', () => {
  it.each(['\t', ';', ','] as const)(
    'reads thousands of generated files split with %j exactly as csv-parse did, however they are chunked',
    async (delimiter) => {
      const next = random(delimiter.charCodeAt(0));
      for (let file = 0; file < 4_000; file++) {
        const text = generatedFile(next);
        const expected = await readWithCsvParse([text], delimiter);
        expect({ text, reading: await readWithScanner([text], delimiter) }).toEqual({ text, reading: expected });
        const chunks = chunked(text, next);
        expect({ chunks, reading: await readWithScanner(chunks, delimiter) }).toEqual({ chunks, reading: expected });
      }
    },
    60_000,
  );

  it.each([
    ['a line break of each kind, only the first ending records', 'a,b\r\nc\nd,e\rf\r\ng'],
    ['a closing quote discovering the record delimiter', '"a"\r\nb'],
    ['text after a closing quote', '"a"b,"c"d"e\n'],
    ['a quote opening only at the start of a field', 'a"b,"c""d",""\n'],
    ['a quote closing before a NUL', '"a"\0b'],
    ['blank lines', '\n\n\na\n\n'],
    ['a quote never closed after line breaks', 'a\r\n"b\r\n\r\n'],
    ['a quote never closed at the end of a line', 'a\n"b\n'],
  ])('reads %s as csv-parse did', async (_, text) => {
    for (const delimiter of ['\t', ';', ','] as const) {
      const expected = await readWithCsvParse([text], delimiter);
      expect(await readWithScanner([text], delimiter)).toEqual(expected);
      expect(await readWithScanner([...text], delimiter)).toEqual(expected);
    }
  });
});
