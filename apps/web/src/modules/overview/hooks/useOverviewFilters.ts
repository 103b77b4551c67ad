import { useEffect, useState } from 'react';
import type { DateRange, Granularity, Platform } from '../../../generated/graphql';
import { queryFromHash, routeFromHash, routeHref } from '../../navigation/routes.util';
import type { PresetDays } from '../date-range.util';
import {
  DEFAULT_OVERVIEW_FILTERS,
  parseOverviewFilters,
  serializeOverviewFilters,
  type OverviewFilters,
} from '../overview-filters.util';
import { togglePlatform } from '../platforms.util';

/** The filters the address asks for, or the defaults while another page is open. */
function filtersInAddress(): OverviewFilters {
  const { hash } = window.location;
  return routeFromHash(hash) === 'overview' ? parseOverviewFilters(queryFromHash(hash)) : DEFAULT_OVERVIEW_FILTERS;
}

/**
 * Puts the filters' query in the address while the Overview is open.
 * `replaceState`, not `pushState`: a filter change is a tweak of the same page (every day typed into From/To
 * is one), and stacking them would make Back step through filter states instead of leaving the page.
 * The address is still always the current view, so copying it shares exactly what is on screen.
 */
function writeAddress(query: string): void {
  const { hash } = window.location;
  if (routeFromHash(hash) !== 'overview' || queryFromHash(hash) === query) return;
  window.history.replaceState(window.history.state, '', routeHref('overview', query));
}

/**
 * The Overview's choices, kept above the page so that they survive a visit to Imports, and kept in the
 * address (`#/overview?period=last7&platforms=FACEBOOK`) so that a bookmark or a shared link opens the same view.
 */
export function useOverviewFilters() {
  const [filters, setFilters] = useState(filtersInAddress);
  const query = serializeOverviewFilters(filters);

  useEffect(() => writeAddress(query), [query]);

  // A link opened, Back/Forward or an edited address: the address's filters win.
  useEffect(() => {
    const followAddress = () => {
      if (routeFromHash(window.location.hash) !== 'overview') return;
      const asked = filtersInAddress();
      const askedQuery = serializeOverviewFilters(asked);
      setFilters((current) => (serializeOverviewFilters(current) === askedQuery ? current : asked));
      writeAddress(askedQuery);
    };
    window.addEventListener('hashchange', followAddress);
    window.addEventListener('popstate', followAddress);
    return () => {
      window.removeEventListener('hashchange', followAddress);
      window.removeEventListener('popstate', followAddress);
    };
  }, []);

  const change = (patch: Partial<OverviewFilters>) => setFilters((current) => ({ ...current, ...patch }));
  return {
    filters,
    /** The filters as a hash query, for links back to the Overview. */
    query,
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
