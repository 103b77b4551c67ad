import type { KpiDefinition } from './kpi-definitions.util';
import { formatChange, formatMetric, type FormatContext } from './metric-format.util';
import { changeArrow, changeTone, percentChange, type ChangeTone } from './percent-change.util';

export interface KpiComparison {
  arrow: '▲' | '▼' | '';
  change: string;
  tone: ChangeTone;
  previousValue: string;
}

export interface KpiCardModel {
  testId: string;
  label: string;
  /** The unformatted number, for tests and tooltips; null when unknown. */
  rawValue: number | null;
  value: string;
  note: string | undefined;
  /** Null when not comparing. */
  comparison: KpiComparison | null;
}

type Totals = Record<string, unknown>;

function metricValue(totals: Totals | null | undefined, metric: string): number | null {
  const value = totals?.[metric];
  return typeof value === 'number' ? value : null;
}

interface KpiCardsInput<T extends Totals> {
  group: 'organic' | 'paid';
  definitions: ReadonlyArray<KpiDefinition<T>>;
  current: T;
  /** Totals of the previous period; undefined when not comparing, null when the API had none. */
  previous: T | null | undefined;
  format: FormatContext;
}

export function buildKpiCards<T extends Totals>({
  group,
  definitions,
  current,
  previous,
  format,
}: KpiCardsInput<T>): KpiCardModel[] {
  return definitions.map((definition) => {
    const value = metricValue(current, definition.metric);
    const previousValue = metricValue(previous, definition.metric);
    const change = percentChange(value, previousValue);
    return {
      testId: `kpi-${group}-${definition.metric}`,
      label: definition.label,
      rawValue: value,
      value: formatMetric(value, definition.unit, format),
      note: definition.note,
      comparison:
        previous === undefined
          ? null
          : {
              arrow: changeArrow(change),
              change: formatChange(change, format.locale),
              tone: changeTone(change, definition.lowerIsBetter ?? false),
              previousValue: formatMetric(previousValue, definition.unit, format),
            },
    };
  });
}
