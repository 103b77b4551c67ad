import { DIMENSIONS } from '@tandem/metrics/catalogue.js';
import type { BreakdownFilter, BreakdownSort, Dimension } from '../../generated/graphql';
import type { DashboardPeriod } from '../dashboard/hooks/useDashboardPeriod';
import { kpiDefinition } from '../dashboard/kpi-definitions.util';

/** What the main table lists: campaigns (and, drilled into, their ad sets and ads) or objectives. */
export type PaidLevel = 'CAMPAIGN' | 'AD_SET' | 'AD' | 'OBJECTIVE';

/** The page's own choices, as the address holds them (`group=objective`, `campaign=<id>&adSet=<id>`). */
export interface PaidView {
  group: string;
  campaign: string;
  adSet: string;
  sort: string;
  order: string;
}

export interface PaidScope {
  level: PaidLevel;
  /** The level's parents come first, so that each row names them and the breadcrumb has their names. */
  by: Dimension[];
  filter: BreakdownFilter | null;
}

/** A dimension as the catalogue names it: "Ad set". */
export function dimensionLabel(dimension: Dimension): string {
  return DIMENSIONS.find((entry) => entry.id === dimension)?.label ?? dimension;
}

/** "ad sets": what a count of rows of the dimension reads as. */
export const dimensionPlural = (dimension: Dimension) => `${dimensionLabel(dimension).toLowerCase()}s`;

/** What every Paid panel's figures are: their period, currency and comparison. */
export function paidCaption(period: DashboardPeriod, currency: string): string {
  const comparison = period.compareTo ? `changes vs the ${period.compareLabel}` : 'no comparison';
  return `${period.label} · money in ${currency} · ${comparison}`;
}

/** The metric columns of the tables, in order (catalogue fields of PaidSummary). */
export const PAID_TABLE_FIELDS = [
  'spend',
  'impressions',
  'clicks',
  'conversions',
  'revenue',
  'ctr',
  'cpc',
  'cpm',
  'cpa',
  'roas',
  'roi',
] as const;

/** A paid metric as the catalogue names it: "Spend", "ROAS". */
export function paidLabel(field: string): string {
  return kpiDefinition('paid', field).label;
}

export const DEFAULT_SORT = 'paid.spend';
export const SORT_ORDERS = { desc: 'Highest first', asc: 'Lowest first' } as const;

/**
 * Which rows the address asks for: objectives, campaigns (with their objective), one campaign's ad sets, or one ad
 * set's ads. An ad set without its campaign is not a drill position the page makes: it falls back to campaigns.
 */
export function paidScope({ group, campaign, adSet }: Pick<PaidView, 'group' | 'campaign' | 'adSet'>): PaidScope {
  if (group === 'objective') return { level: 'OBJECTIVE', by: ['OBJECTIVE'], filter: null };
  if (!campaign) return { level: 'CAMPAIGN', by: ['CAMPAIGN', 'OBJECTIVE'], filter: null };
  if (!adSet) return { level: 'AD_SET', by: ['CAMPAIGN', 'AD_SET'], filter: { campaigns: [campaign] } };
  return { level: 'AD', by: ['CAMPAIGN', 'AD_SET', 'AD'], filter: { campaigns: [campaign], adSets: [adSet] } };
}

const SORTABLE = new Set(PAID_TABLE_FIELDS.map((field) => `paid.${field}`));

/** The server-side order the address asks for; an unknown metric or order falls back to the most spend first. */
export function paidSort({ sort, order }: Pick<PaidView, 'sort' | 'order'>): BreakdownSort {
  return { metric: SORTABLE.has(sort) ? sort : DEFAULT_SORT, descending: order !== 'asc' };
}
