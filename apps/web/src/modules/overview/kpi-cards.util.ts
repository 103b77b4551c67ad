import type { Side } from '@tandem/metrics/catalogue.js';
import { KPI_DEFINITIONS, ratioCoverage, type KpiDefinition } from '../dashboard/kpi-definitions.util';
import { formatChange, formatMetric, NOT_REPORTED, type FormatContext } from '../dashboard/metric-format.util';
import { changeArrow, changeTone, percentChange, type ChangeTone } from '../dashboard/percent-change.util';
import { seriesValues, type OverviewSeriesPoint } from './series.util';

export type KpiComparison =
  | {
      kind: 'change';
      arrow: '▲' | '▼' | '';
      change: string;
      tone: ChangeTone;
      previousValue: string;
    }
  /** The previous period has no figure: nothing to compare with, no arrow. */
  | { kind: 'previous-not-reported'; title: string };

export interface KpiCardModel {
  testId: string;
  label: string;
  /** What the number means, for the label's tooltip. */
  description: string;
  /** The unformatted number, for tests and tooltips; null when not reported. */
  rawValue: number | null;
  value: string;
  /** Why the card says "Not reported"; null when it has a value. */
  notReported: string | null;
  note: string | undefined;
  /** "over 39% of spend (exports that report revenue)": a ratio computed over part of its denominator. */
  coverage: string | null;
  /** Null when not comparing, or when there is no current figure to compare. */
  comparison: KpiComparison | null;
  /** The figure per period of the range (null: not reported that period), for the sparkline; null until loaded. */
  trend: Array<number | null> | null;
  /** Follower growth beside the follower count's own move, when the two disagree. */
  reconciliation: string | null;
}

type Totals = Readonly<Record<string, unknown>>;

function numberIn(totals: Totals | null | undefined, field: string): number | null {
  const value = totals?.[field];
  return typeof value === 'number' ? value : null;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function notReportedTitle(definition: KpiDefinition, period: string): string {
  const why = `No imported export reports ${definition.needs} for ${period}.`;
  return definition.uniqueMeasure
    ? `${why} ${capitalise(definition.uniqueMeasure)} counts unique people, so it is never added up over days, ads or platforms: it shows only where an export gives it for exactly the period and platforms asked.`
    : why;
}

function comparisonOf(
  definition: KpiDefinition,
  value: number,
  previous: Totals | null,
  format: FormatContext,
): KpiComparison {
  const previousValue = numberIn(previous, definition.metric);
  if (previousValue === null) {
    return { kind: 'previous-not-reported', title: notReportedTitle(definition, 'the previous period') };
  }
  const change = percentChange(value, previousValue);
  return {
    kind: 'change',
    arrow: changeArrow(change),
    change: formatChange(change, format.locale),
    tone: changeTone(change, definition.lowerIsBetter),
    previousValue: formatMetric(previousValue, definition.unit, format),
  };
}

interface KpiCardsInput {
  side: Side;
  current: Totals;
  /** The range per period, for sparklines; undefined while loading. */
  series: readonly OverviewSeriesPoint[] | undefined;
  /** True when `previous` is the period just before: its end is where this one starts. */
  previousIsAdjacent: boolean;
  /** Totals of the previous period; undefined when not comparing, null when the API had none. */
  previous: Totals | null | undefined;
  format: FormatContext;
}

/** One card per catalogue entry of the side, in catalogue order. */
export function buildKpiCards(input: KpiCardsInput): KpiCardModel[] {
  const { side, current, previous, format, series } = input;
  return KPI_DEFINITIONS[side].map((definition) => {
    const value = numberIn(current, definition.metric);
    return {
      testId: `kpi-${side}-${definition.metric}`,
      label: definition.label,
      description: definition.description,
      rawValue: value,
      value: value === null ? NOT_REPORTED : formatMetric(value, definition.unit, format),
      notReported: value === null ? notReportedTitle(definition, 'this range') : null,
      note: definition.note,
      coverage:
        value === null
          ? null
          : (ratioCoverage(definition, numberIn(current, definition.coverage?.field ?? ''), format.locale)?.full ??
            null),
      comparison: previous === undefined || value === null ? null : comparisonOf(definition, value, previous, format),
      trend: series ? seriesValues(series, side, definition.metric) : null,
      reconciliation: definition.id === 'organic.followerGrowth' ? followerReconciliation(input) : null,
    };
  });
}

/**
 * Followers is each account's last known count at the end of the range; follower growth adds the platforms' daily
 * follows minus unfollows. Over adjacent periods the count's move should equal the growth; when it does not, the card
 * says by how much and why, instead of leaving two numbers that seem to contradict each other.
 */
function followerReconciliation({ current, previous, previousIsAdjacent, format }: KpiCardsInput): string | null {
  const followers = numberIn(current, 'followers');
  const before = numberIn(previous, 'followers');
  const growth = numberIn(current, 'followerGrowth');
  if (!previousIsAdjacent || followers === null || before === null || growth === null) return null;
  const moved = followers - before;
  if (moved === growth) return null;
  const signed = (value: number) => formatMetric(value, 'signedCount', format);
  return (
    `The follower count moved ${signed(moved)}; the platforms’ daily follows minus unfollows add up to ${signed(growth)}. ` +
    'They differ when accounts are removed or deactivated, or when an account’s counts start or stop inside the range.'
  );
}
