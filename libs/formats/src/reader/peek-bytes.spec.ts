import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collect } from '../../test/open-fixture.js';
import { peekBytes } from './peek-bytes.js';

const chunked = () => Readable.from([Buffer.from('abc'), Buffer.from('def'), Buffer.from('ghi')]);

describe('peekBytes', () => {
  it('samples the first bytes across chunks and still yields every byte', async () => {
    const { sample, chunks } = await peekBytes(chunked(), 4);
    expect(Buffer.from(sample).toString()).toBe('abcd');
    expect(Buffer.concat(await collect(chunks)).toString()).toBe('abcdefghi');
  });

  it('samples a stream shorter than the sample size whole', async () => {
    const { sample, chunks } = await peekBytes(chunked(), 100);
    expect(Buffer.from(sample).toString()).toBe('abcdefghi');
    expect(Buffer.concat(await collect(chunks)).toString()).toBe('abcdefghi');
  });
});
