import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OVERVIEW_FILTERS,
  parseOverviewFilters,
  serializeOverviewFilters,
  type OverviewFilters,
} from './overview-filters.util';

const september = { from: '2026-09-01', to: '2026-09-30' };

describe('serializeOverviewFilters', () => {
  it('leaves the defaults out, so a fresh overview has no query', () => {
    expect(serializeOverviewFilters(DEFAULT_OVERVIEW_FILTERS)).toBe('');
    expect(serializeOverviewFilters({ ...DEFAULT_OVERVIEW_FILTERS, period: { preset: 30 } })).toBe('');
  });

  it('writes only what differs from the defaults', () => {
    expect(serializeOverviewFilters({ ...DEFAULT_OVERVIEW_FILTERS, period: { preset: 7 } })).toBe('period=last7');
    expect(serializeOverviewFilters({ ...DEFAULT_OVERVIEW_FILTERS, compare: false })).toBe('compare=0');
    expect(serializeOverviewFilters({ ...DEFAULT_OVERVIEW_FILTERS, granularity: 'MONTH' })).toBe('granularity=MONTH');
  });

  it('writes a custom range and platforms readably', () => {
    const filters: OverviewFilters = {
      period: { range: september },
      platforms: ['FACEBOOK', 'INSTAGRAM'],
      compare: false,
      granularity: 'WEEK',
    };
    expect(serializeOverviewFilters(filters)).toBe(
      'from=2026-09-01&to=2026-09-30&platforms=FACEBOOK,INSTAGRAM&compare=0&granularity=WEEK',
    );
  });
});

describe('parseOverviewFilters', () => {
  it.each<OverviewFilters>([
    DEFAULT_OVERVIEW_FILTERS,
    { ...DEFAULT_OVERVIEW_FILTERS, period: { preset: 7 } },
    { ...DEFAULT_OVERVIEW_FILTERS, period: { preset: 90 }, granularity: 'MONTH' },
    { period: { range: september }, platforms: ['GOOGLE_ADS', 'X'], compare: false, granularity: 'WEEK' },
    { ...DEFAULT_OVERVIEW_FILTERS, period: { range: { from: '2028-02-29', to: '2028-02-29' } }, platforms: ['TIKTOK'] },
  ])('reopens the filters it wrote (%j)', (filters) => {
    expect(parseOverviewFilters(serializeOverviewFilters(filters))).toEqual(filters);
  });

  it('gives the defaults for an empty or unrelated query', () => {
    expect(parseOverviewFilters('')).toEqual(DEFAULT_OVERVIEW_FILTERS);
    expect(parseOverviewFilters('utm_source=mail&x')).toEqual(DEFAULT_OVERVIEW_FILTERS);
  });

  it('reads explicit defaults and encoded commas', () => {
    expect(parseOverviewFilters('period=last30&compare=1&granularity=DAY')).toEqual(DEFAULT_OVERVIEW_FILTERS);
    expect(parseOverviewFilters('platforms=FACEBOOK%2CINSTAGRAM').platforms).toEqual(['FACEBOOK', 'INSTAGRAM']);
    expect(parseOverviewFilters('platforms=LINKEDIN&platforms=YOUTUBE').platforms).toEqual(['LINKEDIN', 'YOUTUBE']);
  });

  it('lets a valid range win over a preset', () => {
    expect(parseOverviewFilters('period=last7&from=2026-09-01&to=2026-09-30').period).toEqual({ range: september });
  });

  it('drops unknown platforms one by one and keeps the known ones', () => {
    expect(parseOverviewFilters('platforms=FACEBOOK,MYSPACE,instagram,,FACEBOOK').platforms).toEqual([
      'FACEBOOK',
      'INSTAGRAM',
    ]);
    expect(parseOverviewFilters('platforms=MYSPACE').platforms).toEqual([]);
  });

  it.each([
    ['from after to', 'from=2026-09-30&to=2026-09-01'],
    ['from is not a date', 'from=yesterday&to=2026-09-30'],
    ['to is not a day of the calendar', 'from=2026-02-01&to=2026-02-30'],
    ['to in another format', 'from=2026-09-01&to=30/09/2026'],
    ['only from', 'from=2026-09-01'],
    ['only to', 'to=2026-09-30'],
  ])('ignores a range when %s, keeping the other filters', (_case, range) => {
    expect(parseOverviewFilters(`${range}&compare=0&granularity=WEEK`)).toEqual({
      ...DEFAULT_OVERVIEW_FILTERS,
      compare: false,
      granularity: 'WEEK',
    });
  });

  it('falls back to the preset when the range is invalid', () => {
    expect(parseOverviewFilters('period=last7&from=2026-09-30&to=2026-09-01').period).toEqual({ preset: 7 });
  });

  it.each([
    ['an unknown preset', { period: 'last14' }, { period: DEFAULT_OVERVIEW_FILTERS.period }],
    ['a preset without its prefix', { period: '7' }, { period: DEFAULT_OVERVIEW_FILTERS.period }],
    ['an unknown granularity', { granularity: 'YEAR' }, { granularity: DEFAULT_OVERVIEW_FILTERS.granularity }],
    ['an unreadable compare', { compare: 'maybe' }, { compare: DEFAULT_OVERVIEW_FILTERS.compare }],
    ['only unknown platforms', { platforms: 'MYSPACE,ORKUT' }, { platforms: [] }],
  ])('ignores %s alone', (_case, invalid, fallback) => {
    const query = new URLSearchParams({
      period: 'last90',
      platforms: 'SNAPCHAT',
      compare: '0',
      granularity: 'MONTH',
      ...invalid,
    }).toString();
    expect(parseOverviewFilters(query)).toEqual({
      period: { preset: 90 },
      platforms: ['SNAPCHAT'],
      compare: false,
      granularity: 'MONTH',
      ...fallback,
    });
  });
});
