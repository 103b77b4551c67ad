/**
 * The metric catalogue: every measure, ratio and dimension Tandem serves, defined once, as data. The GraphQL
 * summary types and the `metrics` query, the query planner's SQL and the dashboard's KPI cards are all derived
 * from it (Cube's measures and dimensions, dbt MetricFlow's ratio metrics, Plausible's one clause per metric).
 *
 * Adding a KPI: a base measure is one entry in MEASURES (its fact column must exist); a ratio is one entry in
 * RATIOS over two measure ids. Nothing else is written by hand: a test fails when a consumer misses an entry.
 */

export type Side = 'organic' | 'paid';
/** `money` is in the workspace's reporting currency; `ratio` is a plain multiple (ROAS 3.2×); `percent` a fraction. */
export type Unit = 'money' | 'count' | 'ratio' | 'percent';
/**
 * How facts add up. `sum`: over days and entities. `unique`: people reached, never summed (served only where one
 * fact gives it for the exact scope). `last-known`: a gauge, each account's last count up to the end, summed over
 * accounts. `published`: posts counted by publish day, from post-level exports (or the daily count where none).
 */
export type Aggregation = 'sum' | 'unique' | 'last-known' | 'published';

/** Platforms whose exports Tandem reads, by the side they report. */
const PAID_PLATFORMS = [
  'FACEBOOK',
  'INSTAGRAM',
  'LINKEDIN',
  'X',
  'TIKTOK',
  'PINTEREST',
  'SNAPCHAT',
  'GOOGLE_ADS',
] as const;
const ORGANIC_PLATFORMS = ['FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'X', 'TIKTOK', 'YOUTUBE'] as const;
export type CataloguePlatform = (typeof PAID_PLATFORMS)[number] | (typeof ORGANIC_PLATFORMS)[number];

export interface MeasureDefinition {
  /** The GraphQL field of its side's summary (`spend`), unique within the side. */
  field: string;
  side: Side;
  label: string;
  unit: Unit;
  /** A count that can go below zero (net follower growth): shown with its sign. */
  signed?: boolean;
  aggregation: Aggregation;
  /** The fact column it reads (paid facts, or organic daily facts). */
  column: string;
  platforms: readonly CataloguePlatform[];
  description: string;
  /** Why the figure can differ from the platform's own screen, when it can. */
  differsFromPlatformBecause: string | null;
  /** A rise is bad news (a cost). */
  lowerIsBetter?: boolean;
}

export interface RatioDefinition {
  field: string;
  side: Side;
  label: string;
  unit: Unit;
  /** Measure fields of the same side: value = scale × numerator ÷ denominator + offset, over facts reporting both. */
  numerator: string;
  denominator: string;
  scale?: number;
  offset?: number;
  /** How the ratio reads in words, e.g. `spend ÷ clicks`. */
  formula: string;
  description: string;
  differsFromPlatformBecause: string | null;
  lowerIsBetter?: boolean;
}

const ATTRIBUTION =
  'Conversions and their value follow each export’s attribution setting (Meta 7-day click or 1-day view, Google’s conversion windows…) and are restated by later exports as late conversions land: a recent day keeps changing for up to 28–30 days.';
const TIME_ZONES =
  'Days are the platform’s own reporting days: the ad account’s time zone for Meta, Google and TikTok, UTC for LinkedIn Ads and X, Pacific time for YouTube. Sums over several platforms mix those clocks.';
const REACH =
  'Reach counts unique people: it is never added up over days, ads or platforms, so it is shown only where an export gives it for exactly the period and level asked.';
const ENGAGEMENTS =
  'One definition everywhere: likes + comments + shares (+ saves where given), or the platform’s own total of exactly that. X’s and LinkedIn’s own totals include clicks, so they are not used, and their screens show more.';
const CURRENCY =
  'In the workspace’s reporting currency: facts in another currency are left out until an exchange rate is known (the warnings say so).';

export const MEASURES: readonly MeasureDefinition[] = [
  {
    field: 'spend',
    side: 'paid',
    label: 'Spend',
    unit: 'money',
    aggregation: 'sum',
    column: 'spend',
    platforms: PAID_PLATFORMS,
    description: 'Amount spent on ads.',
    differsFromPlatformBecause: `${CURRENCY} ${TIME_ZONES}`,
    lowerIsBetter: true,
  },
  {
    field: 'impressions',
    side: 'paid',
    label: 'Impressions',
    unit: 'count',
    aggregation: 'sum',
    column: 'impressions',
    platforms: PAID_PLATFORMS,
    description: 'Times the ads were shown.',
    differsFromPlatformBecause: TIME_ZONES,
  },
  {
    field: 'reach',
    side: 'paid',
    label: 'Reach',
    unit: 'count',
    aggregation: 'unique',
    column: 'reach',
    platforms: ['FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'TIKTOK', 'SNAPCHAT'],
    description: 'People who saw the ads at least once.',
    differsFromPlatformBecause: REACH,
  },
  {
    field: 'clicks',
    side: 'paid',
    label: 'Clicks',
    unit: 'count',
    aggregation: 'sum',
    column: 'clicks',
    platforms: PAID_PLATFORMS,
    description:
      'Link clicks: clicks that lead off the platform (Meta link clicks, TikTok destination clicks, LinkedIn clicks to landing page, Snapchat swipe-ups).',
    differsFromPlatformBecause:
      'Platforms’ “clicks (all)” also count likes, profile and “see more” clicks; Tandem counts link clicks only, so its CTR is lower.',
  },
  {
    field: 'conversions',
    side: 'paid',
    label: 'Conversions',
    unit: 'count',
    aggregation: 'sum',
    column: 'conversions',
    platforms: PAID_PLATFORMS,
    description: 'Purchases, or the platform’s conversions: never a mix of result types (leads, reach…).',
    differsFromPlatformBecause: ATTRIBUTION,
  },
  {
    field: 'revenue',
    side: 'paid',
    label: 'Revenue',
    unit: 'money',
    aggregation: 'sum',
    column: 'revenue',
    platforms: ['FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'TIKTOK', 'PINTEREST', 'GOOGLE_ADS'],
    description: 'Purchase or conversion value the platform attributes to the ads.',
    differsFromPlatformBecause: `${ATTRIBUTION} ${CURRENCY}`,
  },
  {
    field: 'engagements',
    side: 'paid',
    label: 'Engagements',
    unit: 'count',
    aggregation: 'sum',
    column: 'engagements',
    platforms: ['FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'X'],
    description: 'Interactions with the ads’ posts as the platform counts them (Meta post engagements).',
    differsFromPlatformBecause: ENGAGEMENTS,
  },
  {
    field: 'videoViews',
    side: 'paid',
    label: 'Video views',
    unit: 'count',
    aggregation: 'sum',
    column: 'video_views',
    platforms: ['FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'TIKTOK', 'X', 'GOOGLE_ADS'],
    description: 'Video plays as each platform counts them (Meta 3-second plays, TikTok 2-second views).',
    differsFromPlatformBecause: 'Each platform counts a view after a different time watched.',
  },
  {
    field: 'followers',
    side: 'organic',
    label: 'Followers',
    unit: 'count',
    aggregation: 'last-known',
    column: 'followers',
    platforms: ORGANIC_PLATFORMS,
    description: 'Audience at the end of the period: each account’s last known count, summed over accounts.',
    differsFromPlatformBecause:
      'A count is only as recent as the last export that gave it: an account not exported lately shows its last known audience.',
  },
  {
    field: 'followerGrowth',
    side: 'organic',
    label: 'Follower growth',
    unit: 'count',
    signed: true,
    aggregation: 'sum',
    column: 'new_followers',
    platforms: ORGANIC_PLATFORMS,
    description: 'Net new followers in the period (follows minus unfollows), summed over days.',
    differsFromPlatformBecause:
      'It adds up the days exports give; the change in followers between two counts also moves with days no export covers and with accounts that report only one of the two, so the two can differ.',
  },
  {
    field: 'impressions',
    side: 'organic',
    label: 'Impressions',
    unit: 'count',
    aggregation: 'sum',
    column: 'impressions',
    platforms: ['FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'X'],
    description: 'Times the organic content was shown (Meta “Views” since 2025).',
    differsFromPlatformBecause: `${TIME_ZONES} LinkedIn’s organic impressions leave out sponsored ones.`,
  },
  {
    field: 'reach',
    side: 'organic',
    label: 'Reach',
    unit: 'count',
    aggregation: 'unique',
    column: 'reach',
    platforms: ['FACEBOOK', 'INSTAGRAM', 'LINKEDIN'],
    description: 'People who saw the organic content.',
    differsFromPlatformBecause: REACH,
  },
  {
    field: 'engagements',
    side: 'organic',
    label: 'Engagements',
    unit: 'count',
    aggregation: 'sum',
    column: 'engagements',
    platforms: ORGANIC_PLATFORMS,
    description: 'Likes + comments + shares (+ saves where given).',
    differsFromPlatformBecause: ENGAGEMENTS,
  },
  {
    field: 'videoViews',
    side: 'organic',
    label: 'Video views',
    unit: 'count',
    aggregation: 'sum',
    column: 'video_views',
    platforms: ['FACEBOOK', 'INSTAGRAM', 'X', 'TIKTOK', 'YOUTUBE'],
    description: 'Video views as each platform counts them.',
    differsFromPlatformBecause: 'Each platform counts a view after a different time watched.',
  },
  {
    field: 'posts',
    side: 'organic',
    label: 'Posts',
    unit: 'count',
    aggregation: 'published',
    column: 'posts',
    platforms: ORGANIC_PLATFORMS,
    description:
      'Posts published in the period: from post-level exports by publish day, else from a daily “posts published” count.',
    differsFromPlatformBecause:
      'Post exports list the posts of the range exported; stories and deleted posts may be missing.',
  },
];

export const RATIOS: readonly RatioDefinition[] = [
  {
    field: 'ctr',
    side: 'paid',
    label: 'CTR',
    unit: 'percent',
    numerator: 'clicks',
    denominator: 'impressions',
    formula: 'clicks ÷ impressions',
    description: 'Click-through rate: link clicks per impression.',
    differsFromPlatformBecause: 'Computed from link clicks; a platform’s “CTR (all)” counts every click.',
  },
  {
    field: 'cpc',
    side: 'paid',
    label: 'CPC',
    unit: 'money',
    numerator: 'spend',
    denominator: 'clicks',
    formula: 'spend ÷ clicks',
    description: 'Cost per link click.',
    differsFromPlatformBecause: CURRENCY,
    lowerIsBetter: true,
  },
  {
    field: 'cpm',
    side: 'paid',
    label: 'CPM',
    unit: 'money',
    numerator: 'spend',
    denominator: 'impressions',
    scale: 1000,
    formula: '1000 × spend ÷ impressions',
    description: 'Cost per thousand impressions.',
    differsFromPlatformBecause: CURRENCY,
    lowerIsBetter: true,
  },
  {
    field: 'cpa',
    side: 'paid',
    label: 'CPA',
    unit: 'money',
    numerator: 'spend',
    denominator: 'conversions',
    formula: 'spend ÷ conversions',
    description: 'Cost per conversion.',
    differsFromPlatformBecause: ATTRIBUTION,
    lowerIsBetter: true,
  },
  {
    field: 'roas',
    side: 'paid',
    label: 'ROAS',
    unit: 'ratio',
    numerator: 'revenue',
    denominator: 'spend',
    formula: 'revenue ÷ spend',
    description: 'Return on ad spend, over the spend of exports that report revenue.',
    differsFromPlatformBecause: ATTRIBUTION,
  },
  {
    field: 'roi',
    side: 'paid',
    label: 'ROI',
    unit: 'percent',
    numerator: 'revenue',
    denominator: 'spend',
    offset: -1,
    formula: '(revenue − spend) ÷ spend',
    description: 'Return on investment of the ads, over the spend of exports that report revenue.',
    differsFromPlatformBecause: ATTRIBUTION,
  },
  {
    field: 'frequency',
    side: 'paid',
    label: 'Frequency',
    unit: 'ratio',
    numerator: 'impressions',
    denominator: 'reach',
    formula: 'impressions ÷ reach',
    description: 'Times each person reached saw the ads, on average.',
    differsFromPlatformBecause: REACH,
  },
  {
    field: 'costPerEngagement',
    side: 'paid',
    label: 'Cost per engagement',
    unit: 'money',
    numerator: 'spend',
    denominator: 'engagements',
    formula: 'spend ÷ engagements',
    description: 'Spend per paid engagement.',
    differsFromPlatformBecause: ENGAGEMENTS,
    lowerIsBetter: true,
  },
  {
    field: 'engagementRate',
    side: 'organic',
    label: 'Engagement rate',
    unit: 'percent',
    numerator: 'engagements',
    denominator: 'impressions',
    formula: 'engagements ÷ impressions',
    description: 'Engagements per impression, over the days that report both.',
    differsFromPlatformBecause: ENGAGEMENTS,
  },
  {
    field: 'engagementRateByReach',
    side: 'organic',
    label: 'Engagement rate by reach',
    unit: 'percent',
    numerator: 'engagements',
    denominator: 'reach',
    formula: 'engagements ÷ reach',
    description: 'Engagements per person reached.',
    differsFromPlatformBecause: REACH,
  },
];

export type DimensionSource = 'entity' | 'audience' | 'post' | 'date';

export interface DimensionDefinition {
  /** The GraphQL `Dimension` value. */
  id: string;
  label: string;
  /** The sides whose facts it splits. */
  sides: readonly Side[];
  source: DimensionSource;
  description: string;
}

export const DIMENSIONS: readonly DimensionDefinition[] = [
  { id: 'PLATFORM', label: 'Platform', sides: ['organic', 'paid'], source: 'entity', description: 'The platform.' },
  {
    id: 'ACCOUNT',
    label: 'Account',
    sides: ['organic', 'paid'],
    source: 'entity',
    description: 'The ad account, page or channel.',
  },
  { id: 'CAMPAIGN', label: 'Campaign', sides: ['paid'], source: 'entity', description: 'The campaign.' },
  {
    id: 'OBJECTIVE',
    label: 'Objective',
    sides: ['paid'],
    source: 'entity',
    description: 'The campaign’s objective, normalised across platforms (the raw value is its label).',
  },
  { id: 'AD_SET', label: 'Ad set', sides: ['paid'], source: 'entity', description: 'The ad set or ad group.' },
  { id: 'AD', label: 'Ad', sides: ['paid'], source: 'entity', description: 'The ad (creative).' },
  { id: 'AGE', label: 'Age', sides: ['paid'], source: 'audience', description: 'Age band of the audience.' },
  { id: 'GENDER', label: 'Gender', sides: ['paid'], source: 'audience', description: 'Gender of the audience.' },
  { id: 'REGION', label: 'Region', sides: ['paid'], source: 'audience', description: 'Region of the audience.' },
  { id: 'COUNTRY', label: 'Country', sides: ['paid'], source: 'audience', description: 'Country of the audience.' },
  {
    id: 'PLACEMENT',
    label: 'Placement',
    sides: ['paid'],
    source: 'audience',
    description: 'Where the ad was shown (feed, stories…).',
  },
  { id: 'DEVICE', label: 'Device', sides: ['paid'], source: 'audience', description: 'Device the ad was seen on.' },
  { id: 'POST', label: 'Post', sides: ['organic'], source: 'post', description: 'An organic post.' },
  { id: 'HASHTAG', label: 'Hashtag', sides: ['organic'], source: 'post', description: 'A hashtag of organic posts.' },
  { id: 'DAY', label: 'Day', sides: ['organic', 'paid'], source: 'date', description: 'Report day.' },
  { id: 'WEEK', label: 'Week', sides: ['organic', 'paid'], source: 'date', description: 'ISO week, from Monday.' },
  { id: 'MONTH', label: 'Month', sides: ['organic', 'paid'], source: 'date', description: 'Calendar month.' },
];

/** Whether every one of these dimensions splits the side's facts (organic facts have no campaign): else the side is left out. */
export function splitsSide(side: Side, dimensionIds: readonly string[]): boolean {
  return dimensionIds.every((id) => DIMENSIONS.find((dimension) => dimension.id === id)?.sides.includes(side));
}

export const SIDES: readonly Side[] = ['organic', 'paid'];
// Filtered once: a three-year daily series summarises each side 1,095 times a request.
const MEASURES_OF = new Map(SIDES.map((side) => [side, MEASURES.filter((m) => m.side === side)]));
const RATIOS_OF = new Map(SIDES.map((side) => [side, RATIOS.filter((r) => r.side === side)]));

export const measuresOf = (side: Side): readonly MeasureDefinition[] => MEASURES_OF.get(side)!;
export const ratiosOf = (side: Side): readonly RatioDefinition[] => RATIOS_OF.get(side)!;

/** The field that tells what share of a ratio's denominator the ratio covers (`roasCoverage`). */
export const coverageField = (ratio: Pick<RatioDefinition, 'field'>): string => `${ratio.field}Coverage`;

/** A catalogue entry's id in the `metrics` query: `paid.spend`, `organic.engagementRate`. */
export const metricId = (entry: { side: Side; field: string }): string => `${entry.side}.${entry.field}`;

/** How each platform is named to people. */
export const PLATFORM_NAMES: Readonly<Record<CataloguePlatform, string>> = {
  FACEBOOK: 'Facebook',
  INSTAGRAM: 'Instagram',
  LINKEDIN: 'LinkedIn',
  X: 'X',
  TIKTOK: 'TikTok',
  YOUTUBE: 'YouTube',
  PINTEREST: 'Pinterest',
  SNAPCHAT: 'Snapchat',
  GOOGLE_ADS: 'Google Ads',
};

/** One catalogue entry as the `metrics` query serves it. */
export interface MetricEntry {
  id: string;
  name: string;
  side: Side;
  unit: Unit;
  formula: string;
  description: string;
  differsFromPlatformBecause: string | null;
  platforms: readonly CataloguePlatform[];
}

const AGGREGATION_FORMULAS: Record<Aggregation, (measure: MeasureDefinition) => string> = {
  sum: (measure) => `sum of ${measure.label.toLowerCase()} over days and entities`,
  unique: (measure) =>
    `${measure.label.toLowerCase()} as one export gives it for exactly the period and level asked; never summed`,
  'last-known': () => 'each account’s last known count up to the period’s last day, summed over accounts',
  published: () => 'posts published in the period: post-level exports by publish day, else daily counts',
};

/** Every measure and ratio, in catalogue order. */
export function metricEntries(): MetricEntry[] {
  const platformsOf = (side: Side, field: string) =>
    MEASURES.find((measure) => measure.side === side && measure.field === field)?.platforms ?? [];
  return [
    ...MEASURES.map((measure) => ({
      id: metricId(measure),
      name: measure.label,
      side: measure.side,
      unit: measure.unit,
      formula: AGGREGATION_FORMULAS[measure.aggregation](measure),
      description: measure.description,
      differsFromPlatformBecause: measure.differsFromPlatformBecause,
      platforms: measure.platforms,
    })),
    ...RATIOS.map((ratio) => {
      const denominators = new Set(platformsOf(ratio.side, ratio.denominator));
      return {
        id: metricId(ratio),
        name: ratio.label,
        side: ratio.side,
        unit: ratio.unit,
        formula: `${ratio.formula}, over the facts that report both`,
        description: ratio.description,
        differsFromPlatformBecause: ratio.differsFromPlatformBecause,
        platforms: platformsOf(ratio.side, ratio.numerator).filter((platform) => denominators.has(platform)),
      };
    }),
  ];
}
