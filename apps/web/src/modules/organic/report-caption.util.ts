import type { DashboardPeriod } from '../dashboard/hooks/useDashboardPeriod';

/** A panel's caption: its period, unit and comparison, in that order, the parts that apply. */
export function captionOf(...parts: ReadonlyArray<string | null | undefined | false>): string {
  return parts.filter(Boolean).join(' · ');
}

/** Said when the dashboard compares but the report has no comparison period, so that no missing ▲▼ puzzles anyone. */
export function notCompared(period: DashboardPeriod): string | null {
  return period.compareTo ? `not compared with the ${period.compareLabel}` : null;
}
