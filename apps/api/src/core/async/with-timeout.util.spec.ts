import { describe, expect, it } from 'vitest';
import { withTimeout } from './with-timeout.util.js';

describe('withTimeout', () => {
  it('passes on what the promise settles with', async () => {
    await expect(withTimeout(Promise.resolve(7), 1_000, 'late')).resolves.toBe(7);
    await expect(withTimeout(Promise.reject(new Error('refused')), 1_000, 'late')).rejects.toThrow('refused');
  });

  it('rejects with the message when the promise never settles', async () => {
    await expect(withTimeout(new Promise(() => undefined), 5, 'Redis did not answer')).rejects.toThrow(
      'Redis did not answer',
    );
  });
});
