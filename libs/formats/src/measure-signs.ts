import type { OrganicDailyRow, PaidMeasures, PostRow } from './canonical.js';

/** Every figure a format reads into a canonical row (or into a part it adds up, such as likes). */
export type Measure = Extract<
  keyof PaidMeasures | keyof OrganicDailyRow | keyof PostRow,
  | 'spend'
  | 'impressions'
  | 'reach'
  | 'followers'
  | 'clicks'
  | 'conversions'
  | 'revenue'
  | 'results'
  | 'videoViews'
  | 'engagements'
  | 'newFollowers'
  | 'followersGained'
  | 'posts'
  | 'likes'
  | 'comments'
  | 'shares'
  | 'saves'
  | 'profileViews'
  | 'linkClicks'
>;

/**
 * The one sign rule of every format: only what cannot shrink below nothing must be ≥ 0. Everything else may be
 * negative in a real export: engagement deltas when comments or likes are deleted, net follower change,
 * conversions and revenue adjusted after refunds or restated attribution.
 */
const NON_NEGATIVE: ReadonlySet<Measure> = new Set<Measure>(['spend', 'impressions', 'reach', 'followers']);

export function mayBeNegative(measure: Measure): boolean {
  return !NON_NEGATIVE.has(measure);
}
