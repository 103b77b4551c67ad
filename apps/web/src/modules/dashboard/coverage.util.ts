import type { CoverageQuery, DataThroughQuery, DateRange, Platform } from '../../generated/graphql';
import { addDays } from './date-range.util';

type DataThroughRow = DataThroughQuery['coverage'][number];
type CoverageRow = CoverageQuery['coverage'][number];
type DayRun = Pick<CoverageRow['present'][number], 'from' | 'to'>;

/** How far back presets look for the last day with data: just under the API's 10-year range cap. */
export const DATA_THROUGH_LOOKBACK_DAYS = 3650;

export function lookbackRange(today: string): DateRange {
  return { from: addDays(today, 1 - DATA_THROUGH_LOOKBACK_DAYS), to: today };
}

/** The last day with data of any platform, or null when the look-back holds none (coverage's lastDay then falls before it). */
export function latestDataDay(rows: readonly DataThroughRow[], lookback: DateRange): string | null {
  const days = rows.map((row) => row.lastDay).filter((day) => day >= lookback.from);
  return days.length === 0 ? null : days.reduce((latest, day) => (day > latest ? day : latest));
}

function daysOf(runs: readonly DayRun[]): Set<string> {
  const days = new Set<string>();
  for (const run of runs) for (let day = run.from; day <= run.to; day = addDays(day, 1)) days.add(day);
  return days;
}

export interface PlatformCoverage {
  platform: Platform;
  /** The last day with data in the range, or null when the range holds none of the platform's data. */
  dataThrough: string | null;
  /** Days of the range some account of the platform has data for. */
  coveredDays: number;
  /** Days inside an account's first..last day with nothing imported: holes an upload would fill. */
  missingDays: number;
  /** Days a later import wrote again. */
  restatedDays: number;
}

/** One line per platform: accounts and kinds of fact merged, days counted once. */
export function coverageByPlatform(rows: readonly CoverageRow[], range: DateRange): PlatformCoverage[] {
  const platforms = [...new Set(rows.map((row) => row.platform))];
  return platforms.map((platform) => {
    const own = rows.filter((row) => row.platform === platform);
    const lastDays = own.map((row) => row.lastDay).filter((day) => day >= range.from);
    const covered = daysOf(own.flatMap((row) => row.present));
    const missing = [...daysOf(own.flatMap((row) => row.missing))].filter((day) => !covered.has(day));
    return {
      platform,
      dataThrough: lastDays.length === 0 ? null : lastDays.reduce((a, b) => (a > b ? a : b)),
      coveredDays: covered.size,
      missingDays: missing.length,
      restatedDays: own.reduce((sum, row) => sum + row.restated.reduce((days, run) => days + run.days, 0), 0),
    };
  });
}

export interface ComparisonGap {
  platform: Platform;
  currentDays: number;
  previousDays: number;
}

/**
 * Platforms whose comparison period holds fewer days of data than the current one: their ▲▼ compare unlike
 * periods (a platform imported only recently reads as a huge rise), so the page says so.
 */
export function comparisonGaps(
  current: readonly PlatformCoverage[],
  previous: readonly PlatformCoverage[],
): ComparisonGap[] {
  return current
    .map((line) => ({
      platform: line.platform,
      currentDays: line.coveredDays,
      previousDays: previous.find((before) => before.platform === line.platform)?.coveredDays ?? 0,
    }))
    .filter((gap) => gap.previousDays < gap.currentDays);
}
