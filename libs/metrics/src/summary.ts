import { coverageField, measuresOf, ratiosOf, type RatioDefinition, type Side, SIDES } from './catalogue.js';
import { safeRatio } from './ratio.js';

/**
 * What the query planner sums for one side of one row (a range, a period, a campaign…), keyed as `sumKeys` says:
 * each measure's total (null when no fact in scope reports it), and each ratio's two bases summed over the facts
 * that report both (the only fair pair: a spend without revenue must not drag ROAS down).
 */
export type SideSums = Readonly<Record<string, number | null>>;

/** A summary as served: measures, ratios and each ratio's coverage, by catalogue field; null = not reported. */
export type SideSummary = Record<string, number | null>;

export const ratioNumeratorKey = (ratio: Pick<RatioDefinition, 'field'>) => `${ratio.field}__numerator`;
export const ratioDenominatorKey = (ratio: Pick<RatioDefinition, 'field'>) => `${ratio.field}__denominator`;

/**
 * Turns one side's sums into its summary. A ratio is recomputed from summed bases (never averaged), over the facts
 * that report both, and is null when they sum to a zero denominator; its coverage is the share of the denominator's
 * total those facts hold (1 when every fact reports both), null when the denominator is not reported or is 0.
 */
export function summarise(side: Side, sums: SideSums): SideSummary {
  // A copy of a summary with every field: built field by field, a summary of 26 fields outgrew its object's room
  // several times over (a series by day makes two per day).
  const summary: SideSummary = { ...EMPTY_SUMMARIES.get(side)! };
  for (const measure of measuresOf(side)) summary[measure.field] = sums[measure.field] ?? null;
  for (const ratio of RATIO_KEYS.get(side)!) {
    const numerator = sums[ratio.numeratorKey] ?? null;
    const denominator = sums[ratio.denominatorKey] ?? null;
    const quotient = safeRatio(numerator, denominator);
    summary[ratio.field] = quotient === null ? null : (ratio.scale ?? 1) * quotient + (ratio.offset ?? 0);
    summary[ratio.coverageField] = safeRatio(denominator, summary[ratio.denominator] ?? null);
  }
  return summary;
}

/**
 * The sums (keys of `SideSums`) the summary fields `fields` of a side are computed from: a measure its own total, a
 * ratio its two bases, a coverage its denominator's base and that measure's total. What a question asks for decides
 * what the planner sums: a chart of two fields does not pay for twenty-six.
 */
export function sumsOf(side: Side, fields: Iterable<string>): Set<string> {
  const asked = new Set(fields);
  const sums = new Set<string>();
  for (const { field } of measuresOf(side)) if (asked.has(field)) sums.add(field);
  for (const ratio of RATIO_KEYS.get(side)!) {
    if (asked.has(ratio.field)) sums.add(ratio.numeratorKey).add(ratio.denominatorKey);
    if (asked.has(ratio.coverageField)) sums.add(ratio.denominatorKey).add(ratio.denominator);
  }
  return sums;
}

/** Each side's ratios with the names of their sums and coverage, made once rather than per summary. */
const RATIO_KEYS = new Map(
  SIDES.map((side) => [
    side,
    ratiosOf(side).map((ratio) => ({
      ...ratio,
      numeratorKey: ratioNumeratorKey(ratio),
      denominatorKey: ratioDenominatorKey(ratio),
      coverageField: coverageField(ratio),
    })),
  ]),
);

/** Each side's summary with every field not reported, in the order `summarise` fills them. */
const EMPTY_SUMMARIES = new Map(
  SIDES.map((side) => [
    side,
    Object.fromEntries(
      [
        ...measuresOf(side).map(({ field }) => field),
        ...RATIO_KEYS.get(side)!.flatMap(({ field, coverageField }) => [field, coverageField]),
      ].map((field) => [field, null]),
    ) as SideSummary,
  ]),
);
