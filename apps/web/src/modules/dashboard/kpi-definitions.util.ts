import {
  coverageField,
  measuresOf,
  metricId,
  ratiosOf,
  type Aggregation,
  type MeasureDefinition,
  type RatioDefinition,
  type Side,
  type Unit,
} from '@tandem/metrics/catalogue.js';
import { formatShare, type MetricUnit } from '../dashboard/metric-format.util';

/** A ratio computed over part of its denominator: `roasCoverage` 0.39 reads "over 39% of spend (exports that report revenue)". */
export interface KpiCoverage {
  /** The summary field holding the share (0..1): `roasCoverage`. */
  field: string;
  /** The denominator, in words: `spend`. */
  of: string;
  /** What the covered exports report besides it: `revenue`. */
  reportedBy: string;
}

/** One KPI card of the Overview, derived from an entry of the metric catalogue (`libs/metrics/src/catalogue.ts`). */
export interface KpiDefinition {
  /** `paid.spend`, as the `metrics` query names it. */
  id: string;
  side: Side;
  /** The summary field the card reads: `spend`, `roas`. */
  metric: string;
  label: string;
  unit: MetricUnit;
  /** What the number is, when its label alone could be misread: a ratio's formula, "at end of period"… */
  note: string | undefined;
  /** What the number means, and why it can differ from the platform's own screen. */
  description: string;
  /** What an export must report for the card to have a value: `reach`, `both spend and clicks`. */
  needs: string;
  /** The unique-people measure it rests on (reach), which is never added up over days or platforms. */
  uniqueMeasure: string | undefined;
  /** Ratios only. */
  coverage: KpiCoverage | undefined;
  /** Costs: a rise is bad news. */
  lowerIsBetter: boolean;
}

function metricUnit(unit: Unit, signed: boolean): MetricUnit {
  switch (unit) {
    case 'money':
      return 'money';
    case 'count':
      return signed ? 'signedCount' : 'count';
    case 'percent':
      return 'percent';
    case 'ratio':
      return 'multiple';
  }
}

/** How a measure adds up, in the few words a card needs; `sum` goes without saying. */
function aggregationNote(aggregation: Aggregation, signed: boolean): string | undefined {
  switch (aggregation) {
    case 'last-known':
      return 'at end of period';
    case 'published':
      return 'published in the period';
    case 'unique':
      return 'unique people';
    case 'sum':
      return signed ? 'net change' : undefined;
  }
}

const inWords = (measure: MeasureDefinition) => measure.label.toLowerCase();

function descriptionOf(entry: MeasureDefinition | RatioDefinition): string {
  return entry.differsFromPlatformBecause
    ? `${entry.description} Why it can differ from the platform’s own figure: ${entry.differsFromPlatformBecause}`
    : entry.description;
}

function measureKpi(measure: MeasureDefinition): KpiDefinition {
  const signed = measure.signed ?? false;
  return {
    id: metricId(measure),
    side: measure.side,
    metric: measure.field,
    label: measure.label,
    unit: metricUnit(measure.unit, signed),
    note: aggregationNote(measure.aggregation, signed),
    description: descriptionOf(measure),
    needs: inWords(measure),
    uniqueMeasure: measure.aggregation === 'unique' ? inWords(measure) : undefined,
    coverage: undefined,
    lowerIsBetter: measure.lowerIsBetter ?? false,
  };
}

function ratioKpi(ratio: RatioDefinition, measures: readonly MeasureDefinition[]): KpiDefinition {
  const base = (field: string) => {
    const measure = measures.find((candidate) => candidate.field === field);
    if (!measure) throw new Error(`${metricId(ratio)} divides ${field}, which is no ${ratio.side} measure`);
    return measure;
  };
  const numerator = base(ratio.numerator);
  const denominator = base(ratio.denominator);
  const unique = [numerator, denominator].find((measure) => measure.aggregation === 'unique');
  return {
    id: metricId(ratio),
    side: ratio.side,
    metric: ratio.field,
    label: ratio.label,
    unit: metricUnit(ratio.unit, false),
    note: ratio.formula,
    description: descriptionOf(ratio),
    needs: `both ${inWords(numerator)} and ${inWords(denominator)}`,
    uniqueMeasure: unique && inWords(unique),
    coverage: { field: coverageField(ratio), of: inWords(denominator), reportedBy: inWords(numerator) },
    lowerIsBetter: ratio.lowerIsBetter ?? false,
  };
}

/** Every measure of the side, then every ratio, in catalogue order: one card each. */
export function kpiDefinitionsOf(side: Side): KpiDefinition[] {
  const measures = measuresOf(side);
  return [...measures.map(measureKpi), ...ratiosOf(side).map((ratio) => ratioKpi(ratio, measures))];
}

export const KPI_DEFINITIONS: Readonly<Record<Side, readonly KpiDefinition[]>> = {
  organic: kpiDefinitionsOf('organic'),
  paid: kpiDefinitionsOf('paid'),
};

/** A catalogue entry as the dashboard reads it (label, unit, formula): never written out by hand in a page. */
export function kpiDefinition(side: Side, field: string): KpiDefinition {
  const definition = KPI_DEFINITIONS[side].find((candidate) => candidate.metric === field);
  if (!definition) throw new Error(`${side}.${field} is not in the metric catalogue`);
  return definition;
}

/**
 * What part of its denominator a ratio is computed over, when not all of it: `short` "over 39% of spend", `full`
 * adding "(exports that report revenue)"; null for a measure, a full base, or no share.
 */
export function ratioCoverage(
  definition: KpiDefinition,
  share: number | null | undefined,
  locale?: string,
): { short: string; full: string } | null {
  const { coverage } = definition;
  if (!coverage || share === null || share === undefined || share >= 1) return null;
  const short = `over ${formatShare(share, locale)} of ${coverage.of}`;
  return { short, full: `${short} (exports that report ${coverage.reportedBy})` };
}
