import type { DateRange } from '../../../generated/graphql';
import { formatPeriod, previousPeriod, resolvePeriod, todayIn, type Period, type PresetDays } from '../date-range.util';

export interface OverviewPeriod {
  range: DateRange;
  /** The equal-length period just before, when comparing. */
  compareTo: DateRange | null;
  activePreset: PresetDays | null;
  label: string;
  compareLabel: string;
}

/** Turns the chosen period into the dates asked for, with "today" in the workspace's time zone. */
export function useOverviewPeriod(period: Period, compare: boolean, timeZone: string): OverviewPeriod {
  const range = resolvePeriod(period, todayIn(timeZone));
  const before = previousPeriod(range);
  return {
    range,
    compareTo: compare ? before : null,
    activePreset: 'preset' in period ? period.preset : null,
    label: formatPeriod(range),
    compareLabel: formatPeriod(before),
  };
}
