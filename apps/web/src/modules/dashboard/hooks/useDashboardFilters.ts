import { useEffect, useState } from 'react';
import type { DateRange, Granularity, Platform } from '../../../generated/graphql';
import { addressParams, onAddressChange, writeAddressParams } from '../../navigation/address.util';
import { isDashboardRoute, routeFromHash } from '../../navigation/routes.util';
import {
  DASHBOARD_FILTER_NAMES,
  dashboardFilterParams,
  parseDashboardFilters,
  serializeDashboardFilters,
  type CompareMode,
  type DashboardFilters,
} from '../dashboard-filters.util';
import type { PresetDays } from '../date-range.util';
import { togglePlatform } from '../platforms.util';

const onDashboard = () => isDashboardRoute(routeFromHash(window.location.hash));

/** The filters the address asks for, while a dashboard page is open; else null (keep the current ones). */
function filtersInAddress(): DashboardFilters | null {
  return onDashboard() ? parseDashboardFilters(addressParams().toString()) : null;
}

function writeAddress(filters: DashboardFilters): void {
  if (onDashboard()) writeAddressParams(DASHBOARD_FILTER_NAMES, dashboardFilterParams(filters));
}

/**
 * The period, platforms, comparison and granularity that every dashboard page shares: kept above the pages so that
 * moving from Overview to Paid keeps them, and kept in the address (`#/paid?period=last7&platforms=FACEBOOK`)
 * so that a bookmark or a shared link opens the same view.
 */
export function useDashboardFilters() {
  const [filters, setFilters] = useState(() => filtersInAddress() ?? parseDashboardFilters(''));
  const query = serializeDashboardFilters(filters);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- `query` is the filters' identity
  useEffect(() => writeAddress(filters), [query]);

  // A link opened, Back/Forward, an edited address or another page opened: the address's filters win when it has any.
  useEffect(
    () =>
      onAddressChange(() => {
        const asked = filtersInAddress();
        if (!asked) return;
        setFilters((current) =>
          serializeDashboardFilters(current) === serializeDashboardFilters(asked) ? current : asked,
        );
      }),
    [],
  );

  const change = (patch: Partial<DashboardFilters>) => setFilters((current) => ({ ...current, ...patch }));
  return {
    filters,
    /** The filters as a hash query, for links between dashboard pages. */
    query,
    choosePreset: (preset: PresetDays) => change({ period: { preset } }),
    chooseRange: (range: DateRange) => change({ period: { range } }),
    setCompare: (compare: CompareMode) => change({ compare }),
    togglePlatform: (platform: Platform) =>
      setFilters((current) => ({ ...current, platforms: togglePlatform(current.platforms, platform) })),
    showAllPlatforms: () => change({ platforms: [] }),
    setGranularity: (granularity: Granularity) => change({ granularity }),
  };
}

export type DashboardFilterControls = ReturnType<typeof useDashboardFilters>;
