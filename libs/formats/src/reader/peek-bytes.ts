/** The first bytes of a stream for sniffing, and the whole stream (those bytes included) for reading on. */
export interface PeekedBytes {
  sample: Uint8Array;
  chunks: AsyncGenerator<Uint8Array>;
}

export async function peekBytes(source: AsyncIterable<Uint8Array>, size: number): Promise<PeekedBytes> {
  const iterator = source[Symbol.asyncIterator]();
  const peeked: Uint8Array[] = [];
  let length = 0;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) break;
    peeked.push(next.value);
    length += next.value.length;
  }
  return { sample: concatBytes(peeked).subarray(0, size), chunks: replay(peeked, iterator) };
}

async function* replay(peeked: Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* peeked;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}

function concatBytes(chunks: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
