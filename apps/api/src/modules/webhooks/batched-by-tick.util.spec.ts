import { describe, expect, it } from 'vitest';
import { batchedByTick } from './batched-by-tick.util.js';

describe('batchedByTick', () => {
  it('runs once for the calls of one turn, giving each caller its own output', async () => {
    const batches: number[][] = [];
    const double = batchedByTick(async (inputs: number[]) => {
      batches.push(inputs);
      return inputs.map((input) => input * 2);
    });
    expect(await Promise.all([double(1), double(2), double(3)])).toEqual([2, 4, 6]);
    expect(await double(4)).toBe(8);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('fails every caller of a failed batch, and runs the next batch anew', async () => {
    let fail = true;
    const echo = batchedByTick(async (inputs: string[]) => {
      if (fail) throw new Error('database down');
      return inputs;
    });
    const failed = await Promise.allSettled([echo('a'), echo('b')]);
    expect(failed.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await echo('c')).toBe('c');
  });
});
