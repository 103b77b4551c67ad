import type { OrganicTotalsFragment, PaidTotalsFragment } from '../../generated/graphql';
import type { MetricUnit } from './metric-format.util';

export interface KpiDefinition<Totals> {
  metric: keyof Totals & string;
  label: string;
  unit: MetricUnit;
  /** What the number is, when its label alone could be misread. */
  note?: string;
  /** Costs: a rise is bad news. */
  lowerIsBetter?: boolean;
}

export const ORGANIC_KPIS: ReadonlyArray<KpiDefinition<OrganicTotalsFragment>> = [
  { metric: 'followers', label: 'Followers', unit: 'count', note: 'at end of period' },
  { metric: 'followerGrowth', label: 'Follower growth', unit: 'signedCount', note: 'net new followers' },
  { metric: 'impressions', label: 'Impressions', unit: 'count' },
  { metric: 'engagements', label: 'Engagements', unit: 'count' },
  { metric: 'engagementRate', label: 'Engagement rate', unit: 'percent', note: 'engagements ÷ impressions' },
  { metric: 'posts', label: 'Posts', unit: 'count', note: 'published' },
];

export const PAID_KPIS: ReadonlyArray<KpiDefinition<PaidTotalsFragment>> = [
  { metric: 'spend', label: 'Spend', unit: 'money', lowerIsBetter: true },
  { metric: 'impressions', label: 'Impressions', unit: 'count' },
  { metric: 'clicks', label: 'Clicks', unit: 'count' },
  { metric: 'conversions', label: 'Conversions', unit: 'count' },
  { metric: 'revenue', label: 'Revenue', unit: 'money' },
  { metric: 'ctr', label: 'CTR', unit: 'percent', note: 'clicks ÷ impressions' },
  { metric: 'cpc', label: 'CPC', unit: 'money', note: 'spend ÷ clicks', lowerIsBetter: true },
  { metric: 'cpa', label: 'CPA', unit: 'money', note: 'spend ÷ conversions', lowerIsBetter: true },
  { metric: 'roas', label: 'ROAS', unit: 'multiple', note: 'revenue ÷ spend' },
  { metric: 'roi', label: 'ROI', unit: 'percent', note: '(revenue − spend) ÷ spend' },
];
