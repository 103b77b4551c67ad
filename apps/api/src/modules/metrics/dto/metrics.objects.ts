import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PLATFORMS, type Platform } from '@tandem/formats/canonical.js';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { OrganicMeasure, OrganicSummary, PaidMeasure, PaidSummary } from './summary.objects.js';

export const PlatformEnum = Object.fromEntries(PLATFORMS.map((platform) => [platform, platform])) as {
  [Name in Platform]: Name;
};
registerEnumType(PlatformEnum, {
  name: 'Platform',
  description: 'A social or ad platform whose exports Tandem reads',
});

export enum Granularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(Granularity, { name: 'Granularity', description: 'Weeks start on Monday (ISO 8601)' });

@InputType('DateRange', { description: 'Both ends included, in the workspace time zone' })
export class DateRangeInput {
  @Field(() => DateScalar, { description: 'The first day (YYYY-MM-DD), included' })
  from!: string;

  @Field(() => DateScalar, { description: 'The last day (YYYY-MM-DD), included; not before `from`' })
  to!: string;
}

@ObjectType('OverviewTotals', { description: 'Organic and paid totals of one range' })
export class OverviewTotals {
  @Field(() => OrganicSummary, { description: 'Organic (SMO) totals of the range' })
  organic!: OrganicSummary;

  @Field(() => PaidSummary, { description: 'Paid (SMM) totals of the range, in the reporting currency' })
  paid!: PaidSummary;
}

@ObjectType('Overview', {
  description: 'Organic and paid totals of the range, with the compareTo range’s beside them when asked',
})
export class Overview {
  @Field(() => OrganicSummary, { description: 'Organic (SMO) totals of the range' })
  organic!: OrganicSummary;

  @Field(() => PaidSummary, { description: 'Paid (SMM) totals of the range, in the reporting currency' })
  paid!: PaidSummary;

  @Field(() => OverviewTotals, { nullable: true, description: 'The compareTo range, when one was asked for' })
  previous!: OverviewTotals | null;

  @Field(() => [String], { description: 'What the sums leave out or may count twice' })
  warnings!: string[];
}

@ObjectType('SeriesPoint', { description: 'Organic and paid totals of one day, week or month of a time series' })
export class SeriesPoint {
  @Field(() => DateScalar, { description: 'First day of the period' })
  period!: string;

  @Field(() => OrganicSummary, { description: 'Organic (SMO) totals of the period' })
  organic!: OrganicSummary;

  @Field(() => PaidSummary, { description: 'Paid (SMM) totals of the period, in the reporting currency' })
  paid!: PaidSummary;

  @Field(() => [OrganicMeasure], {
    description:
      'The organic measures some fact of the slice gives for this period: the others are null in `organic` (not reported), and charts leave a gap.',
  })
  organicReported!: string[];

  @Field(() => [PaidMeasure], {
    description: 'The paid measures some fact gives for this period (see organicReported).',
  })
  paidReported!: string[];
}
