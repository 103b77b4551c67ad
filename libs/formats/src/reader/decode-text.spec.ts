import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collect, utf16le } from '../../test/open-fixture.js';
import { decodeText } from './decode-text.js';

const decodeAll = async (chunks: Uint8Array[], encoding: Parameters<typeof decodeText>[1]) =>
  (await collect(decodeText(Readable.from(chunks), encoding))).join('');

describe('decodeText', () => {
  it('joins a UTF-8 character split across chunks and drops the BOM', async () => {
    const bytes = Buffer.from('\ufeffÉté,1');
    expect(await decodeAll([bytes.subarray(0, 4), bytes.subarray(4)], 'utf-8')).toBe('Été,1');
  });

  it('decodes UTF-16LE split at an odd byte', async () => {
    const bytes = utf16le('Date\tPrimary');
    expect(await decodeAll([bytes.subarray(0, 5), bytes.subarray(5)], 'utf-16le')).toBe('Date\tPrimary');
  });

  it('decodes windows-1252', async () => {
    expect(await decodeAll([Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x80])], 'windows-1252')).toBe('Café€');
  });
});
