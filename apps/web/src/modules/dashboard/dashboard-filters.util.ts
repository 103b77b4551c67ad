import { formatQuery } from '../navigation/address.util';
import type { Granularity, Platform } from '../../generated/graphql';
import { DATE_PRESETS, DEFAULT_PERIOD, isDay, type Period } from './date-range.util';
import { PLATFORMS } from './platforms.util';
import { GRANULARITY_LABELS } from './granularity.util';

/** What each figure is compared with: the period just before, the same dates a year earlier, or nothing. */
export type CompareMode = 'previous' | 'year' | 'off';

export interface DashboardFilters {
  period: Period;
  compare: CompareMode;
  /** Empty means all platforms. */
  platforms: Platform[];
  granularity: Granularity;
}

export const DEFAULT_DASHBOARD_FILTERS: DashboardFilters = {
  period: DEFAULT_PERIOD,
  compare: 'previous',
  platforms: [],
  granularity: 'DAY',
};

const GRANULARITIES = Object.keys(GRANULARITY_LABELS) as Granularity[];
/** `compare=year`; `0`/`1` (and `false`/`true`) as links written before the year comparison keep working. */
const COMPARE_VALUES: Readonly<Record<string, CompareMode>> = {
  previous: 'previous',
  '1': 'previous',
  true: 'previous',
  year: 'year',
  off: 'off',
  '0': 'off',
  false: 'off',
};
const COMPARE_PARAMS: Readonly<Record<CompareMode, string>> = { previous: '1', year: 'year', off: '0' };

/**
 * The filters as URL parameters, in a fixed order:
 * `period=last7` (a rolling preset) or `from=2026-09-01&to=2026-09-30` (a fixed range),
 * `platforms=FACEBOOK,INSTAGRAM` (GraphQL `Platform` values), `compare=0` or `compare=year`, `granularity=WEEK`.
 */
function toParams(filters: DashboardFilters): Array<[string, string]> {
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
    ['compare', COMPARE_PARAMS[filters.compare]],
    ['granularity', filters.granularity],
  ];
}

const DEFAULT_PARAMS = new Map(toParams(DEFAULT_DASHBOARD_FILTERS));

/** The parameters that reopen these filters, without the parameters left at their default (`''` for the defaults). */
export function dashboardFilterParams(filters: DashboardFilters): Array<[string, string]> {
  return toParams(filters).filter(([name, value]) => DEFAULT_PARAMS.get(name) !== value);
}

/** Every parameter the filters own, including those a range or a preset leaves out. */
export const DASHBOARD_FILTER_NAMES: readonly string[] = [
  'period',
  'from',
  'to',
  'platforms',
  'compare',
  'granularity',
];

export function serializeDashboardFilters(filters: DashboardFilters): string {
  return formatQuery(dashboardFilterParams(filters));
}

/** The filters a query asks for; each missing or invalid parameter leaves its filter at the default. */
export function parseDashboardFilters(query: string): DashboardFilters {
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
  return preset ? { preset } : DEFAULT_DASHBOARD_FILTERS.period;
}

function parseCompare(value: string | null): CompareMode {
  return COMPARE_VALUES[value?.trim().toLowerCase() ?? ''] ?? DEFAULT_DASHBOARD_FILTERS.compare;
}

/** Unknown platforms are dropped one by one and repeats kept once; none left means all platforms. */
function parsePlatforms(values: string[]): Platform[] {
  const asked = values.flatMap((value) => value.split(',')).map((value) => value.trim().toUpperCase());
  return [...new Set(asked)].filter((value): value is Platform => (PLATFORMS as string[]).includes(value));
}

function parseGranularity(value: string | null): Granularity {
  const asked = value?.trim().toUpperCase();
  return GRANULARITIES.find((granularity) => granularity === asked) ?? DEFAULT_DASHBOARD_FILTERS.granularity;
}
