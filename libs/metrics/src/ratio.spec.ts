import { describe, expect, it } from 'vitest';
import { safeRatio } from './ratio.js';

describe('safeRatio', () => {
  it('divides', () => expect(safeRatio(3, 4)).toBe(0.75));
  it('is null on a zero divisor', () => expect(safeRatio(3, 0)).toBeNull());
  it('is null when a side is unknown', () => expect(safeRatio(null, 4)).toBeNull());
});
