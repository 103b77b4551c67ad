import { describe, expect, it } from 'vitest';
import { addDecimals, fromScaled, toScaled } from './decimal.js';

describe('decimal sums', () => {
  it('adds money to the cent where floats drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addDecimals('0.1', '0.2')).toBe('0.3');
    expect(['41.20', '9.75', '38.05', '1020.50', '12.34'].reduce(addDecimals)).toBe('1121.84');
  });

  it('keeps signs and six places', () => {
    expect(addDecimals('-3.10', '1.000001')).toBe('-2.099999');
    expect(fromScaled(toScaled('12'))).toBe('12');
  });

  it('refuses what is not a plain decimal', () => {
    expect(() => toScaled('1,234.50')).toThrow(/not a decimal/);
  });

  it('rounds beyond six places half away from zero, as numeric(20, 6) stores it', () => {
    expect(fromScaled(toScaled('0.1234565'))).toBe('0.123457');
    expect(fromScaled(toScaled('0.1234564'))).toBe('0.123456');
    expect(fromScaled(toScaled('-0.0000005'))).toBe('-0.000001');
  });
});
