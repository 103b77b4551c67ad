import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DASHBOARD_FILTERS,
  parseDashboardFilters,
  serializeDashboardFilters,
  type DashboardFilters,
} from './dashboard-filters.util';

const september = { from: '2026-09-01', to: '2026-09-30' };

describe('serializeDashboardFilters', () => {
  it('leaves the defaults out, so a fresh overview has no query', () => {
    expect(serializeDashboardFilters(DEFAULT_DASHBOARD_FILTERS)).toBe('');
    expect(serializeDashboardFilters({ ...DEFAULT_DASHBOARD_FILTERS, period: { preset: 30 } })).toBe('');
  });

  it('writes only what differs from the defaults', () => {
    expect(serializeDashboardFilters({ ...DEFAULT_DASHBOARD_FILTERS, period: { preset: 7 } })).toBe('period=last7');
    expect(serializeDashboardFilters({ ...DEFAULT_DASHBOARD_FILTERS, compare: 'off' })).toBe('compare=0');
    expect(serializeDashboardFilters({ ...DEFAULT_DASHBOARD_FILTERS, granularity: 'MONTH' })).toBe('granularity=MONTH');
  });

  it('writes a custom range and platforms readably', () => {
    const filters: DashboardFilters = {
      period: { range: september },
      platforms: ['FACEBOOK', 'INSTAGRAM'],
      compare: 'off',
      granularity: 'WEEK',
    };
    expect(serializeDashboardFilters(filters)).toBe(
      'from=2026-09-01&to=2026-09-30&platforms=FACEBOOK,INSTAGRAM&compare=0&granularity=WEEK',
    );
  });
});

describe('parseDashboardFilters', () => {
  it.each<DashboardFilters>([
    DEFAULT_DASHBOARD_FILTERS,
    { ...DEFAULT_DASHBOARD_FILTERS, period: { preset: 7 } },
    { ...DEFAULT_DASHBOARD_FILTERS, period: { preset: 90 }, granularity: 'MONTH' },
    { period: { range: september }, platforms: ['GOOGLE_ADS', 'X'], compare: 'off', granularity: 'WEEK' },
    {
      ...DEFAULT_DASHBOARD_FILTERS,
      period: { range: { from: '2028-02-29', to: '2028-02-29' } },
      platforms: ['TIKTOK'],
    },
  ])('reopens the filters it wrote (%j)', (filters) => {
    expect(parseDashboardFilters(serializeDashboardFilters(filters))).toEqual(filters);
  });

  it('gives the defaults for an empty or unrelated query', () => {
    expect(parseDashboardFilters('')).toEqual(DEFAULT_DASHBOARD_FILTERS);
    expect(parseDashboardFilters('utm_source=mail&x')).toEqual(DEFAULT_DASHBOARD_FILTERS);
  });

  it('reads explicit defaults and encoded commas', () => {
    expect(parseDashboardFilters('period=last30&compare=1&granularity=DAY')).toEqual(DEFAULT_DASHBOARD_FILTERS);
    expect(parseDashboardFilters('platforms=FACEBOOK%2CINSTAGRAM').platforms).toEqual(['FACEBOOK', 'INSTAGRAM']);
    expect(parseDashboardFilters('platforms=LINKEDIN&platforms=YOUTUBE').platforms).toEqual(['LINKEDIN', 'YOUTUBE']);
  });

  it('reads the comparison with the previous year, and keeps old 0/1 links working', () => {
    expect(parseDashboardFilters('compare=year').compare).toBe('year');
    expect(serializeDashboardFilters({ ...DEFAULT_DASHBOARD_FILTERS, compare: 'year' })).toBe('compare=year');
    expect(parseDashboardFilters('compare=0').compare).toBe('off');
    expect(parseDashboardFilters('compare=true').compare).toBe('previous');
  });

  it('lets a valid range win over a preset', () => {
    expect(parseDashboardFilters('period=last7&from=2026-09-01&to=2026-09-30').period).toEqual({ range: september });
  });

  it('drops unknown platforms one by one and keeps the known ones', () => {
    expect(parseDashboardFilters('platforms=FACEBOOK,MYSPACE,instagram,,FACEBOOK').platforms).toEqual([
      'FACEBOOK',
      'INSTAGRAM',
    ]);
    expect(parseDashboardFilters('platforms=MYSPACE').platforms).toEqual([]);
  });

  it.each([
    ['from after to', 'from=2026-09-30&to=2026-09-01'],
    ['from is not a date', 'from=yesterday&to=2026-09-30'],
    ['to is not a day of the calendar', 'from=2026-02-01&to=2026-02-30'],
    ['to in another format', 'from=2026-09-01&to=30/09/2026'],
    ['only from', 'from=2026-09-01'],
    ['only to', 'to=2026-09-30'],
  ])('ignores a range when %s, keeping the other filters', (_case, range) => {
    expect(parseDashboardFilters(`${range}&compare=0&granularity=WEEK`)).toEqual({
      ...DEFAULT_DASHBOARD_FILTERS,
      compare: 'off',
      granularity: 'WEEK',
    });
  });

  it('falls back to the preset when the range is invalid', () => {
    expect(parseDashboardFilters('period=last7&from=2026-09-30&to=2026-09-01').period).toEqual({ preset: 7 });
  });

  it.each([
    ['an unknown preset', { period: 'last14' }, { period: DEFAULT_DASHBOARD_FILTERS.period }],
    ['a preset without its prefix', { period: '7' }, { period: DEFAULT_DASHBOARD_FILTERS.period }],
    ['an unknown granularity', { granularity: 'YEAR' }, { granularity: DEFAULT_DASHBOARD_FILTERS.granularity }],
    ['an unreadable compare', { compare: 'maybe' }, { compare: DEFAULT_DASHBOARD_FILTERS.compare }],
    ['only unknown platforms', { platforms: 'MYSPACE,ORKUT' }, { platforms: [] }],
  ])('ignores %s alone', (_case, invalid, fallback) => {
    const query = new URLSearchParams({
      period: 'last90',
      platforms: 'SNAPCHAT',
      compare: '0',
      granularity: 'MONTH',
      ...invalid,
    }).toString();
    expect(parseDashboardFilters(query)).toEqual({
      period: { preset: 90 },
      platforms: ['SNAPCHAT'],
      compare: 'off',
      granularity: 'MONTH',
      ...fallback,
    });
  });
});
