import { useQuery } from '@apollo/client/react';
import { DataThroughDocument, type DateRange, type Platform } from '../../../generated/graphql';
import { latestDataDay, lookbackRange } from '../coverage.util';
import type { CompareMode, DashboardFilters } from '../dashboard-filters.util';
import {
  earlierDay,
  formatPeriod,
  previousPeriod,
  previousYear,
  resolvePeriod,
  todayIn,
  type PresetDays,
} from '../date-range.util';

export interface DashboardPeriod {
  /** False while a preset waits for the last day with data: queries wait, so that it never asks for empty days first. */
  ready: boolean;
  range: DateRange;
  /** The period the figures are compared with; null when not comparing. */
  compareTo: DateRange | null;
  compareMode: CompareMode;
  activePreset: PresetDays | null;
  label: string;
  /** "previous period (Oct 1 – 30, 2026)", "same dates last year (…)". */
  compareLabel: string;
  /** The comparison's dates alone, "Oct 1 – 30, 2026", where the kind of comparison goes without saying. */
  compareDates: string;
  /** The last day with data of the chosen platforms; null when nothing was imported for them. */
  dataThrough: string | null;
  /** The range goes on past the last day with data: its last days show nothing yet. */
  runsPastData: boolean;
  /** The range's end, or the last day with data if sooner: a chart's period running past it is not over yet. */
  lastDay: string;
}

function comparisonOf(range: DateRange, mode: CompareMode): DateRange | null {
  if (mode === 'off') return null;
  return mode === 'year' ? previousYear(range) : previousPeriod(range);
}

export const COMPARE_MODE_LABELS: Readonly<Record<CompareMode, string>> = {
  previous: 'previous period',
  year: 'same dates last year',
  off: 'no comparison',
};

/**
 * Turns the chosen period into the dates asked for. A preset ("Last 30 days") ends at the last day with data, not at
 * today: exports arrive days late, and a range of empty days would read as a collapse. A fixed range is kept as
 * chosen, and `runsPastData` lets the page say plainly that its last days have nothing yet.
 */
export function useDashboardPeriod(filters: DashboardFilters, timeZone: string): DashboardPeriod {
  const today = todayIn(timeZone);
  const lookback = lookbackRange(today);
  const platforms: Platform[] | null = filters.platforms.length > 0 ? filters.platforms : null;
  const { data, error } = useQuery(DataThroughDocument, { variables: { range: lookback, platforms } });
  const dataThrough = data ? latestDataDay(data.coverage, lookback) : null;
  const presetEnd = dataThrough ? earlierDay(dataThrough, today) : today;
  const range = resolvePeriod(filters.period, presetEnd);
  const compareTo = comparisonOf(range, filters.compare);
  return {
    ready: !('preset' in filters.period) || data !== undefined || error !== undefined,
    range,
    compareTo,
    compareMode: filters.compare,
    activePreset: 'preset' in filters.period ? filters.period.preset : null,
    label: formatPeriod(range),
    compareLabel: compareTo ? `${COMPARE_MODE_LABELS[filters.compare]} (${formatPeriod(compareTo)})` : '',
    compareDates: compareTo ? formatPeriod(compareTo) : '',
    dataThrough,
    runsPastData: dataThrough !== null && range.to > dataThrough,
    lastDay: dataThrough ? earlierDay(dataThrough, range.to) : range.to,
  };
}
