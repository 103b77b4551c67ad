import { describe, expect, it, vi } from 'vitest';
import { remembering } from './remembering.js';

describe('remembering', () => {
  it('reads each text once, and again only after the memory starts over at its limit', () => {
    const read = vi.fn((value: string) => value.length);
    const length = remembering(read, 2);
    expect([length('ab'), length('ab'), length('abc'), length('ab')]).toEqual([2, 2, 3, 2]);
    expect(read).toHaveBeenCalledTimes(2);
    length('abcd'); // a third text: the memory starts over with it
    length('ab');
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('remembers null results but not errors', () => {
    const read = vi.fn((value: string) => {
      if (value === 'bad') throw new Error('bad value');
      return null;
    });
    const check = remembering(read);
    expect([check('none'), check('none')]).toEqual([null, null]);
    expect(() => check('bad')).toThrow('bad value');
    expect(() => check('bad')).toThrow('bad value');
    expect(read).toHaveBeenCalledTimes(3);
  });
});
