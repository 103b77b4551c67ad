import { safeRatio } from './ratio.js';

/**
 * Sums of paid facts over some slice. Money sums cover only facts in the reporting currency, so the
 * ratios that divide money by a count use the counts of those same facts (`priced*`).
 */
export interface PaidSums {
  spend: number;
  revenue: number;
  impressions: number;
  clicks: number;
  conversions: number;
  pricedImpressions: number;
  pricedClicks: number;
  pricedConversions: number;
}

export interface PaidMetrics {
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenue: number;
  ctr: number | null;
  cpc: number | null;
  cpm: number | null;
  cpa: number | null;
  roas: number | null;
  roi: number | null;
}

/** Ratios recomputed from summed bases (never averaged), null when the divisor is 0. */
export function paidMetrics(sums: PaidSums): PaidMetrics {
  const cpm = safeRatio(sums.spend, sums.pricedImpressions);
  return {
    spend: sums.spend,
    impressions: sums.impressions,
    clicks: sums.clicks,
    conversions: sums.conversions,
    revenue: sums.revenue,
    ctr: safeRatio(sums.clicks, sums.impressions),
    cpc: safeRatio(sums.spend, sums.pricedClicks),
    cpm: cpm === null ? null : cpm * 1000,
    cpa: safeRatio(sums.spend, sums.pricedConversions),
    roas: safeRatio(sums.revenue, sums.spend),
    roi: safeRatio(sums.revenue - sums.spend, sums.spend),
  };
}
