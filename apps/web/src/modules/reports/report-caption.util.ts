import type { Granularity } from '../../generated/graphql';
import { formatSeriesPeriod, GRANULARITY_LABELS } from '../dashboard/granularity.util';
import type { DashboardPeriod } from '../dashboard/hooks/useDashboardPeriod';
import type { TableColumn } from './components/DataTable';

/** A panel's caption: its period, unit and comparison, in that order, the parts that apply. */
export function captionOf(...parts: ReadonlyArray<string | null | undefined | false>): string {
  return parts.filter(Boolean).join(' · ');
}

/** Said when the dashboard compares but the report has no comparison period, so that no missing ▲▼ puzzles anyone. */
export function notCompared(period: DashboardPeriod): string | null {
  return period.compareTo ? `not compared with the ${period.compareLabel}` : null;
}

/** "shaded: a week not over yet", when the chart shades an unfinished period. */
export function unfinishedNote(unfinished: number | null, granularity: Granularity): string | null {
  return unfinished === null ? null : `shaded: a ${GRANULARITY_LABELS[granularity].toLowerCase()} not over yet`;
}

/** The period column of a chart's table alternative: "Week of Nov 23 (not over yet)" for an unfinished one. */
export function periodColumn<Row extends { period: string }>(
  granularity: Granularity,
  periods: readonly string[],
  unfinished: number | null,
): TableColumn<Row> {
  return {
    id: 'period',
    label: GRANULARITY_LABELS[granularity],
    cell: ({ period }) => {
      const label = formatSeriesPeriod(period, granularity);
      return unfinished !== null && periods.indexOf(period) >= unfinished ? `${label} (not over yet)` : label;
    },
  };
}
