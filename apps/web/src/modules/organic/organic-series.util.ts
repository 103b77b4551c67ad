import type { DateRange, Granularity, OrganicFollowersQuery, Platform } from '../../generated/graphql';
import { addDays } from '../dashboard/date-range.util';
import { periodEnd } from '../dashboard/granularity.util';
import { PLATFORMS } from '../dashboard/platforms.util';

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** The first day of the period holding `day`: itself, its Monday (ISO weeks), its month's first day. */
export function periodStart(day: string, granularity: Granularity): string {
  switch (granularity) {
    case 'DAY':
      return day;
    case 'WEEK':
      return addDays(day, -((weekday(day) + 6) % 7));
    case 'MONTH':
      return `${day.slice(0, 7)}-01`;
  }
}

/** Every period touching the range, as the API names them (a week may start before the range, as in timeSeries). */
export function seriesPeriods(range: DateRange, granularity: Granularity): string[] {
  const periods: string[] = [];
  for (let period = periodStart(range.from, granularity); period <= range.to;) {
    periods.push(period);
    period = addDays(periodEnd(period, granularity), 1);
  }
  return periods;
}

export interface PlatformFollowers {
  platform: Platform;
  /** Last known count at each period's end; null where no export of the platform gave one yet. */
  followers: Array<number | null>;
  /** Net change in each period; null (a gap) where no export reports it. */
  followerGrowth: Array<number | null>;
}

type FollowerRow = OrganicFollowersQuery['breakdown']['edges'][number]['node'];

const keyOf = (row: FollowerRow, dimension: string) => row.key.find((value) => value.dimension === dimension)?.id;

/**
 * The breakdown's rows as one line per platform over every period: rows the API leaves out (no fact) are gaps,
 * and platforms with only paid rows are left out. Platforms in the Platform enum's order.
 */
export function followersByPlatform(
  rows: readonly FollowerRow[],
  periods: readonly string[],
  granularity: Granularity,
): PlatformFollowers[] {
  const lines = new Map<Platform, PlatformFollowers>();
  for (const row of rows) {
    const platform = keyOf(row, 'PLATFORM') as Platform | undefined;
    const index = periods.indexOf(keyOf(row, granularity) ?? '');
    const organic = row.organic;
    if (!platform || index < 0 || !organic || (organic.followers === null && organic.followerGrowth === null)) continue;
    const line = lines.get(platform) ?? {
      platform,
      followers: periods.map(() => null),
      followerGrowth: periods.map(() => null),
    };
    line.followers[index] = organic.followers;
    line.followerGrowth[index] = organic.followerGrowth;
    lines.set(platform, line);
  }
  return PLATFORMS.flatMap((platform) => lines.get(platform) ?? []);
}

/** Line colours per platform, each at least 3:1 against white. */
export const PLATFORM_COLORS: Readonly<Record<Platform, string>> = {
  FACEBOOK: '#1d4ed8',
  INSTAGRAM: '#be185d',
  LINKEDIN: '#0e7490',
  X: '#111827',
  TIKTOK: '#7c3aed',
  YOUTUBE: '#b91c1c',
  PINTEREST: '#9f1239',
  SNAPCHAT: '#a16207',
  GOOGLE_ADS: '#15803d',
};
