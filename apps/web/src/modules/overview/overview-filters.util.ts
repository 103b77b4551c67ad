import type { Granularity, Platform } from '../../generated/graphql';
import { DATE_PRESETS, DEFAULT_PERIOD, isDay, type Period } from './date-range.util';
import { PLATFORMS } from './platforms.util';
import { GRANULARITY_LABELS } from './series.util';

export interface OverviewFilters {
  period: Period;
  compare: boolean;
  /** Empty means all platforms. */
  platforms: Platform[];
  granularity: Granularity;
}

export const DEFAULT_OVERVIEW_FILTERS: OverviewFilters = {
  period: DEFAULT_PERIOD,
  compare: true,
  platforms: [],
  granularity: 'DAY',
};

const GRANULARITIES = Object.keys(GRANULARITY_LABELS) as Granularity[];
const COMPARE_VALUES: Readonly<Record<string, boolean>> = { '1': true, true: true, '0': false, false: false };

/**
 * The filters as URL parameters, in a fixed order:
 * `period=last7` (a rolling preset) or `from=2026-09-01&to=2026-09-30` (a fixed range),
 * `platforms=FACEBOOK,INSTAGRAM` (GraphQL `Platform` values), `compare=0`, `granularity=WEEK`.
 */
function toParams(filters: OverviewFilters): Array<[string, string]> {
  const period: Array<[string, string]> =
    'preset' in filters.period
      ? [['period', `last${filters.period.preset}`]]
      : [
          ['from', filters.period.range.from],
          ['to', filters.period.range.to],
        ];
  return [
    ...period,
    ['platforms', filters.platforms.join(',')],
    ['compare', filters.compare ? '1' : '0'],
    ['granularity', filters.granularity],
  ];
}

const DEFAULT_PARAMS = new Map(toParams(DEFAULT_OVERVIEW_FILTERS));

/** The query that reopens these filters, without the parameters left at their default (`''` for the defaults). */
export function serializeOverviewFilters(filters: OverviewFilters): string {
  return toParams(filters)
    .filter(([name, value]) => DEFAULT_PARAMS.get(name) !== value)
    .map(([name, value]) => `${name}=${encodeURIComponent(value).replaceAll('%2C', ',')}`)
    .join('&');
}

/** The filters a query asks for; each missing or invalid parameter leaves its filter at the default. */
export function parseOverviewFilters(query: string): OverviewFilters {
  const params = new URLSearchParams(query);
  return {
    period: parsePeriod(params),
    compare: parseCompare(params.get('compare')),
    platforms: parsePlatforms(params.getAll('platforms')),
    granularity: parseGranularity(params.get('granularity')),
  };
}

/** A valid `from`–`to` range wins over `period`; half a range, a non-date or `from` after `to` is ignored. */
function parsePeriod(params: URLSearchParams): Period {
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null && to !== null && isDay(from) && isDay(to) && from <= to) return { range: { from, to } };
  const period = params.get('period')?.trim().toLowerCase();
  const preset = DATE_PRESETS.find((days) => `last${days}` === period);
  return preset ? { preset } : DEFAULT_OVERVIEW_FILTERS.period;
}

function parseCompare(value: string | null): boolean {
  return COMPARE_VALUES[value?.trim().toLowerCase() ?? ''] ?? DEFAULT_OVERVIEW_FILTERS.compare;
}

/** Unknown platforms are dropped one by one and repeats kept once; none left means all platforms. */
function parsePlatforms(values: string[]): Platform[] {
  const asked = values.flatMap((value) => value.split(',')).map((value) => value.trim().toUpperCase());
  return [...new Set(asked)].filter((value): value is Platform => (PLATFORMS as string[]).includes(value));
}

function parseGranularity(value: string | null): Granularity {
  const asked = value?.trim().toUpperCase();
  return GRANULARITIES.find((granularity) => granularity === asked) ?? DEFAULT_OVERVIEW_FILTERS.granularity;
}
