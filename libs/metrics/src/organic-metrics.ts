import { safeRatio } from './ratio.js';

export interface OrganicSums {
  /** Each account's last known follower count in the slice, summed; null when no account reports one. */
  followers: number | null;
  /** Net new followers; null when nothing in the slice reports it. */
  followerGrowth: number | null;
  impressions: number;
  engagements: number;
  /** Engagements of the facts that also report impressions: the only fair numerator for the rate. */
  engagementsWithImpressions: number;
  /** Impressions of the facts that also report engagements: the matching denominator. */
  impressionsWithEngagements: number;
  posts: number;
}

export interface OrganicMetrics {
  followers: number | null;
  followerGrowth: number | null;
  impressions: number;
  engagements: number;
  engagementRate: number | null;
  posts: number;
}

export function organicMetrics(sums: OrganicSums): OrganicMetrics {
  return {
    followers: sums.followers,
    followerGrowth: sums.followerGrowth,
    impressions: sums.impressions,
    engagements: sums.engagements,
    engagementRate: safeRatio(sums.engagementsWithImpressions, sums.impressionsWithEngagements),
    posts: sums.posts,
  };
}
