import { PLATFORM_NAMES } from '@tandem/metrics/catalogue.js';
import type { Platform } from '../../generated/graphql';

/** How platforms are named to people: the catalogue's names, one place for the api and the dashboard. */
export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = PLATFORM_NAMES;

export const PLATFORMS = Object.keys(PLATFORM_LABELS) as Platform[];

/** Adds the platform to the filter, or removes it when it is already there. */
export function togglePlatform(selected: readonly Platform[], platform: Platform): Platform[] {
  return selected.includes(platform) ? selected.filter((p) => p !== platform) : [...selected, platform];
}

export function describePlatforms(selected: readonly Platform[]): string {
  return selected.length === 0 ? 'All platforms' : selected.map((platform) => PLATFORM_LABELS[platform]).join(', ');
}
