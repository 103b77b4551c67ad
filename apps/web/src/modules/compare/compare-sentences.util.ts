import type { CompareCostQuery, CompareReachQuery, CompareReturnQuery, Granularity } from '../../generated/graphql';
import { formatDay } from '../dashboard/date-range.util';
import { formatSeriesPeriod } from '../dashboard/granularity.util';
import { formatMetric, type FormatContext } from '../dashboard/metric-format.util';
import { kpiDefinition } from '../dashboard/kpi-definitions.util';
import type { TimeFrameSeries } from './time-frame.util';

const count = (value: number, format: FormatContext) => formatMetric(value, 'count', format);
const money = (value: number, format: FormatContext) => formatMetric(value, 'money', format);
const percent = (value: number, format: FormatContext) => formatMetric(value, 'percent', format);
const counted = (value: number, word: string, format: FormatContext) =>
  `${count(value, format)} ${word}${Math.abs(value) === 1 ? '' : 's'}`;

/** "Nov 2026" for `2026-11`. */
export const monthLabel = (month: string) => formatDay(`${month}-01`, { month: 'short', year: 'numeric' });

/** "Oct 2026", "Oct 2026 and Nov 2026", "Sep 2026, Oct 2026 and Nov 2026". */
export function listOf(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Nov 9", "the week of Nov 9", "Nov 2026". */
export function periodPhrase(period: string, granularity: Granularity): string {
  return granularity === 'WEEK'
    ? `the week of ${formatDay(period, { month: 'short', day: 'numeric' })}`
    : formatSeriesPeriod(period, granularity);
}

/** "on Nov 9", "in the week of Nov 9", "in Nov 2026". */
const whenPhrase = (period: string, granularity: Granularity) =>
  `${granularity === 'DAY' ? 'on' : 'in'} ${periodPhrase(period, granularity)}`;

function organicGrowthPhrase(followersGained: number | null, format: FormatContext): string {
  if (followersGained === null) return 'organic follower growth is not reported';
  if (followersGained < 0) return `organic lost ${counted(-followersGained, 'follower', format)} (net)`;
  return followersGained === 0
    ? 'organic gained no followers (net)'
    : `organic gained ${counted(followersGained, 'follower', format)}`;
}

/** Goals: "Paid brought 412 conversions; organic gained 1,868 followers." */
export function goalsSentence(
  totals: { followersGained: number | null; conversions: number | null },
  format: FormatContext,
) {
  const paid =
    totals.conversions === null
      ? 'Paid conversions are not reported'
      : `Paid brought ${counted(totals.conversions, 'conversion', format)}`;
  return `${paid}; ${organicGrowthPhrase(totals.followersGained, format)}.`;
}

type CostComparison = CompareCostQuery['costComparison'];

/**
 * Cost: "Organic cost €1,500.00 against €4,120.00 of ad spend: €0.80 per follower gained against €10.00 per
 * conversion (CPA)." Without any organic cost entered, says so and what is still known.
 */
export function costSentence({ organic, paid }: CostComparison, format: FormatContext): string {
  const spend = paid.spend === null ? 'no ad spend reported' : `${money(paid.spend, format)} of ad spend`;
  const cpa = paid.cpa === null ? 'CPA not reported' : `${money(paid.cpa, format)} per conversion (CPA)`;
  if (organic.cost === null) {
    const months = listOf(organic.missingMonths.map(monthLabel));
    return `No organic cost is entered for ${months}, so organic cost per engagement and per follower gained are not reported; paid: ${spend}, ${cpa}.`;
  }
  const perFollower =
    organic.costPerFollowerGained === null
      ? 'organic cost per follower gained not reported'
      : `${money(organic.costPerFollowerGained, format)} per follower gained`;
  return `Organic cost ${money(organic.cost, format)} against ${spend}: ${perFollower} against ${cpa}.`;
}

/**
 * Time frame: "Organic gained half of its 1,868 new followers by the week of Nov 9; paid brought 31% of its 412
 * conversions in the week of Nov 16 alone."
 */
export function timeFrameSentence(series: TimeFrameSeries, granularity: Granularity, format: FormatContext): string {
  const { periods, organicCumulativeShare, paidPeriodShare, followersGained, conversions } = series;
  const half = organicCumulativeShare.findIndex((share) => share !== null && share >= 0.5);
  const organic =
    followersGained !== null && followersGained > 0 && half >= 0
      ? `Organic gained half of its ${count(followersGained, format)} new followers by the end of ${periodPhrase(periods[half]!, granularity)}`
      : capitalise(organicGrowthPhrase(followersGained, format));
  const shares = paidPeriodShare.map((share) => share ?? -Infinity);
  const peak = shares.indexOf(Math.max(...shares));
  const paid =
    conversions !== null && paidPeriodShare[peak] !== null && peak >= 0
      ? `paid brought ${percent(paidPeriodShare[peak]!, format)} of its ${counted(conversions, 'conversion', format)} ${whenPhrase(periods[peak]!, granularity)} alone`
      : 'paid conversions are not reported';
  return `${organic}; ${paid}.`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Split = CompareReachQuery['organicVsPaid']['total'];

function sharePhrase(split: Split, measure: 'impressions' | 'engagements', format: FormatContext): string {
  const share = split.paidShare[measure];
  const [organic, paid] = [split.organic[measure], split.paid[measure]];
  if (share === null || organic === null || paid === null) return `${measure}: not reported on both sides`;
  return `${percent(share, format)} of ${measure} (${count(paid, format)} of ${count(organic + paid, format)})`;
}

/** Reach: "Paid brought 75% of impressions (120,000 of 160,000) and 60% of engagements (3,000 of 5,000)." */
export function reachSentence(total: Split, format: FormatContext): string {
  return `Paid brought ${sharePhrase(total, 'impressions', format)} and ${sharePhrase(total, 'engagements', format)}.`;
}

type ReturnFigures = CompareReturnQuery['overview'];

/** Return: "Ads returned 2.40× their spend in revenue (ROI 140%); organic posts drew an engagement rate of 3.2% (engagements ÷ impressions)." */
export function returnSentence({ organic, paid }: ReturnFigures, format: FormatContext): string {
  const roas = kpiDefinition('paid', 'roas');
  const rate = kpiDefinition('organic', 'engagementRate');
  const ads =
    paid.roas === null
      ? `The ads’ return is not reported (no export reports ${roas.needs})`
      : `Ads returned ${formatMetric(paid.roas, roas.unit, format)} their spend in revenue${paid.roi === null ? '' : ` (ROI ${percent(paid.roi, format)})`}`;
  const posts =
    organic.engagementRate === null
      ? `the organic engagement rate is not reported (no export reports ${rate.needs})`
      : `organic posts drew an engagement rate of ${percent(organic.engagementRate, format)} (${rate.note})`;
  return `${ads}; ${posts}.`;
}
