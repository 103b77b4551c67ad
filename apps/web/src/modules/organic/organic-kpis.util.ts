import type { Side } from '@tandem/metrics/catalogue.js';
import { kpiDefinition, ratioCoverage } from '../dashboard/kpi-definitions.util';

/** "Engagement rate (engagements ÷ impressions)", "Followers (at end of period)": the label with what it is. */
export function labelWithNote(side: Side, field: string): string {
  const { label, note } = kpiDefinition(side, field);
  return note ? `${label} (${note})` : label;
}

/**
 * What part of its denominator a ratio is computed over, when not all of it: "over 80% of impressions
 * (facts that report engagements)"; null when it covers everything or is not reported.
 */
export function coveragePhrase(side: Side, field: string, share: number | null | undefined): string | null {
  return ratioCoverage(kpiDefinition(side, field), share)?.full ?? null;
}
