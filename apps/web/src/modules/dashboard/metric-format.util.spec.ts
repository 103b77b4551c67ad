import { describe, expect, it } from 'vitest';
import { formatAxisNumber, formatChange, formatMetric, formatShare } from './metric-format.util';

const usd = { currency: 'USD', locale: 'en-US' };

describe('formatMetric', () => {
  it('shows money in the workspace currency', () => {
    expect(formatMetric(1234.5, 'money', usd)).toBe('$1,234.50');
    expect(formatMetric(1234.5, 'money', { currency: 'EUR', locale: 'de-DE' })).toBe('1.234,50\u00a0€');
  });

  it('shows fractions as percentages', () => {
    expect(formatMetric(0.0523, 'percent', usd)).toBe('5.23%');
    expect(formatMetric(-0.4, 'percent', usd)).toBe('-40%');
  });

  it('shows ROAS as a multiple', () => {
    expect(formatMetric(3.2, 'multiple', usd)).toBe('3.20×');
  });

  it('signs growth and groups counts', () => {
    expect(formatMetric(1200, 'signedCount', usd)).toBe('+1,200');
    expect(formatMetric(-3, 'signedCount', usd)).toBe('-3');
    expect(formatMetric(1234567, 'count', usd)).toBe('1,234,567');
  });
});

describe('formatShare', () => {
  it('rounds a part down so that it never reads as the whole', () => {
    expect(formatShare(0.396, 'en-US')).toBe('39%');
    expect(formatShare(0.29, 'en-US')).toBe('29%');
    expect(formatShare(0.999, 'en-US')).toBe('99%');
    expect(formatShare(0.004, 'en-US')).toBe('<1%');
    expect(formatShare(1, 'en-US')).toBe('100%');
  });
});

describe('formatChange', () => {
  it('gives the size of a change; the arrow gives its sense', () => {
    expect(formatChange(-0.123, 'en-US')).toBe('12.3%');
    expect(formatChange(null)).toBe('—');
    expect(formatChange(0, 'en-US')).toBe('0%');
  });

  it('does not call a tiny change 0%', () => {
    expect(formatChange(0.0002, 'en-US')).toBe('<0.1%');
    expect(formatChange(0.0006, 'en-US')).toBe('0.1%');
  });
});

describe('formatAxisNumber', () => {
  it('shortens large numbers', () => {
    expect(formatAxisNumber(12_300, 'en-US')).toBe('12.3K');
  });
});
