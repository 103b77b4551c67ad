import { describe, expect, it } from 'vitest';
import { organicMetrics } from './organic-metrics.js';

describe('organicMetrics', () => {
  it('rates only the engagements of facts that report impressions', () => {
    const metrics = organicMetrics({
      followers: 1200,
      followerGrowth: -3,
      impressions: 10_000,
      engagements: 900,
      engagementsWithImpressions: 500,
      impressionsWithEngagements: 10_000,
      posts: 4,
    });
    expect(metrics.engagementRate).toBe(0.05);
    expect(metrics.engagements).toBe(900);
    expect(metrics.followerGrowth).toBe(-3);
  });

  it('has no engagement rate without impressions', () => {
    const metrics = organicMetrics({
      followers: null,
      followerGrowth: null,
      impressions: 0,
      engagements: 40,
      engagementsWithImpressions: 0,
      impressionsWithEngagements: 0,
      posts: 0,
    });
    expect(metrics.engagementRate).toBeNull();
    expect(metrics.followers).toBeNull();
  });

  it('divides by the impressions of the facts that report engagements, not by all impressions', () => {
    const metrics = organicMetrics({
      followers: null,
      followerGrowth: null,
      impressions: 1000,
      engagements: 30,
      engagementsWithImpressions: 30,
      impressionsWithEngagements: 300,
      posts: 0,
    });
    expect(metrics.engagementRate).toBe(0.1);
    expect(metrics.impressions).toBe(1000);
  });
});
