import { describe, expect, it } from 'vitest';
import { changeArrow, changeTone, percentChange } from './percent-change.util';

describe('percentChange', () => {
  it('is the change relative to the previous period', () => {
    expect(percentChange(112, 100)).toBeCloseTo(0.12);
    expect(percentChange(50, 200)).toBeCloseTo(-0.75);
  });

  it('is null when there is nothing to compare with', () => {
    expect(percentChange(10, 0)).toBeNull();
    expect(percentChange(null, 10)).toBeNull();
    expect(percentChange(10, null)).toBeNull();
  });

  it('reads a smaller loss as a rise', () => {
    expect(percentChange(-50, -100)).toBeCloseTo(0.5);
  });
});

describe('changeTone', () => {
  it('is good when a result rises and bad when it falls', () => {
    expect(changeTone(0.1, false)).toBe('good');
    expect(changeTone(-0.1, false)).toBe('bad');
  });

  it('is bad when a cost rises and good when it falls', () => {
    expect(changeTone(0.1, true)).toBe('bad');
    expect(changeTone(-0.1, true)).toBe('good');
  });

  it('is neutral without a change', () => {
    expect(changeTone(0, true)).toBe('neutral');
    expect(changeTone(null, false)).toBe('neutral');
  });
});

describe('changeArrow', () => {
  it('points the way the number moved', () => {
    expect(changeArrow(0.2)).toBe('▲');
    expect(changeArrow(-0.2)).toBe('▼');
    expect(changeArrow(0)).toBe('');
    expect(changeArrow(null)).toBe('');
  });
});
