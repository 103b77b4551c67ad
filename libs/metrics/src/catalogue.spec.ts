import { describe, expect, it } from 'vitest';
import { DIMENSIONS, MEASURES, metricEntries, metricId, RATIOS } from './catalogue.js';

describe('metric catalogue', () => {
  it('names each measure and ratio once per side', () => {
    const ids = [...MEASURES, ...RATIOS].map(metricId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('builds every ratio from two measures of its own side', () => {
    for (const ratio of RATIOS) {
      const sameSide = MEASURES.filter((measure) => measure.side === ratio.side).map((measure) => measure.field);
      expect(sameSide).toContain(ratio.numerator);
      expect(sameSide).toContain(ratio.denominator);
    }
  });

  it('serves every measure and ratio in the metrics list, with the platforms that report both bases', () => {
    const entries = metricEntries();
    expect(entries.map((entry) => entry.id)).toEqual([...MEASURES, ...RATIOS].map(metricId));
    const roas = entries.find((entry) => entry.id === 'paid.roas')!;
    expect(roas.platforms).not.toContain('X');
    expect(roas.platforms).not.toContain('SNAPCHAT');
    expect(roas.platforms).toContain('GOOGLE_ADS');
  });

  it('has every dimension of the contract', () => {
    expect(DIMENSIONS.map((dimension) => dimension.id)).toEqual([
      'PLATFORM',
      'ACCOUNT',
      'CAMPAIGN',
      'OBJECTIVE',
      'AD_SET',
      'AD',
      'AGE',
      'GENDER',
      'REGION',
      'COUNTRY',
      'PLACEMENT',
      'DEVICE',
      'POST',
      'HASHTAG',
      'DAY',
      'WEEK',
      'MONTH',
    ]);
  });
});
