import type { Side } from '@tandem/metrics/catalogue.js';
import { KPI_DEFINITIONS, type KpiDefinition } from './kpi-definitions.util';
import { formatChange, formatMetric, formatShare, NOT_REPORTED, type FormatContext } from './metric-format.util';
import { changeArrow, changeTone, percentChange, type ChangeTone } from './percent-change.util';

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

function coverageNote(definition: KpiDefinition, current: Totals, locale: string | undefined): string | null {
  const { coverage } = definition;
  const share = coverage ? numberIn(current, coverage.field) : null;
  if (!coverage || share === null || share >= 1) return null;
  return `over ${formatShare(share, locale)} of ${coverage.of} (exports that report ${coverage.reportedBy})`;
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
  /** Totals of the previous period; undefined when not comparing, null when the API had none. */
  previous: Totals | null | undefined;
  format: FormatContext;
}

/** One card per catalogue entry of the side, in catalogue order. */
export function buildKpiCards({ side, current, previous, format }: KpiCardsInput): KpiCardModel[] {
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
      coverage: value === null ? null : coverageNote(definition, current, format.locale),
      comparison: previous === undefined || value === null ? null : comparisonOf(definition, value, previous, format),
    };
  });
}
