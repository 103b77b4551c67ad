import { useState } from 'react';
import type { DateRange, Granularity, Platform } from '../../../generated/graphql';
import { DEFAULT_PERIOD, type Period, type PresetDays } from '../date-range.util';
import { togglePlatform } from '../platforms.util';

export interface OverviewFilters {
  period: Period;
  compare: boolean;
  /** Empty means all platforms. */
  platforms: Platform[];
  granularity: Granularity;
}

const INITIAL_FILTERS: OverviewFilters = { period: DEFAULT_PERIOD, compare: true, platforms: [], granularity: 'DAY' };

/** The Overview's choices, kept above the page so that they survive a visit to Imports. */
export function useOverviewFilters() {
  const [filters, setFilters] = useState(INITIAL_FILTERS);
  const change = (patch: Partial<OverviewFilters>) => setFilters((current) => ({ ...current, ...patch }));
  return {
    filters,
    choosePreset: (preset: PresetDays) => change({ period: { preset } }),
    chooseRange: (range: DateRange) => change({ period: { range } }),
    setCompare: (compare: boolean) => change({ compare }),
    togglePlatform: (platform: Platform) =>
      setFilters((current) => ({ ...current, platforms: togglePlatform(current.platforms, platform) })),
    showAllPlatforms: () => change({ platforms: [] }),
    setGranularity: (granularity: Granularity) => change({ granularity }),
  };
}

export type OverviewFilterControls = ReturnType<typeof useOverviewFilters>;
