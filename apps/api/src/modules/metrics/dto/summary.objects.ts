import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  coverageField,
  measuresOf,
  ratiosOf,
  type MeasureDefinition,
  type RatioDefinition,
  type Side,
} from '@tandem/metrics/catalogue.js';
import type { SideSummary } from '@tandem/metrics/summary.js';

/**
 * The GraphQL summary types, derived field by field from the metric catalogue (libs/metrics/src/catalogue.ts):
 * every measure, every ratio and each ratio's coverage. Every field is nullable: null means no fact in scope
 * reports the measure ("not reported"), which is not 0.
 */
function summaryType(side: Side, name: string, description: string): new () => SideSummary {
  // A class per side, fields added from the catalogue: Nest reads decorators, which are plain functions.
  const Summary = class {};
  Object.defineProperty(Summary, 'name', { value: name });
  ObjectType(name, { description })(Summary);
  for (const measure of measuresOf(side)) addField(Summary, measure.field, measureDescription(measure));
  for (const ratio of ratiosOf(side)) {
    addField(Summary, ratio.field, ratioDescription(ratio));
    addField(
      Summary,
      coverageField(ratio),
      `Share of ${ratio.denominator} (0..1) held by the facts that report both ${ratio.numerator} and ${ratio.denominator}: what ${ratio.field} is computed over`,
    );
  }
  return Summary as new () => SideSummary;
}

function addField(target: new () => object, field: string, description: string): void {
  Field(() => Float, { nullable: true, description })(target.prototype, field);
}

function measureDescription(measure: MeasureDefinition): string {
  return `${measure.label}: ${measure.description}${measure.unit === 'money' ? ' (reporting currency)' : ''}`;
}

function ratioDescription(ratio: RatioDefinition): string {
  return `${ratio.label} = ${ratio.formula}, over the facts that report both; null when none does or the divisor is 0`;
}

/** Each side's summary type, by its GraphQL name. */
export const SUMMARY_TYPE_NAMES: Readonly<Record<Side, string>> = { organic: 'OrganicSummary', paid: 'PaidSummary' };

export const OrganicSummary = summaryType('organic', SUMMARY_TYPE_NAMES.organic, 'Organic (SMO) results');
export type OrganicSummary = SideSummary;
export const PaidSummary = summaryType(
  'paid',
  SUMMARY_TYPE_NAMES.paid,
  'Paid (SMM) results; money in the workspace reporting currency',
);
export type PaidSummary = SideSummary;

/** A measure's enum value: `videoViews` → `VIDEO_VIEWS`. */
export const measureEnumValue = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

function measureEnum(side: Side, name: string, description: string): Record<string, string> {
  const values = Object.fromEntries(
    measuresOf(side).map(({ field }) => [measureEnumValue(field), measureEnumValue(field)]),
  );
  registerEnumType(values, { name, description });
  return values;
}

export const OrganicMeasure = measureEnum('organic', 'OrganicMeasure', 'The organic measures (catalogue)');
export const PaidMeasure = measureEnum('paid', 'PaidMeasure', 'The paid measures (catalogue)');
