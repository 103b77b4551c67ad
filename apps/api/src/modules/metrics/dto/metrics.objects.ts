import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PLATFORMS, type Platform } from '@tandem/formats/canonical.js';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { OrganicMeasure, OrganicSummary, PaidMeasure, PaidSummary } from './summary.objects.js';

export const PlatformEnum = Object.fromEntries(PLATFORMS.map((platform) => [platform, platform])) as {
  [Name in Platform]: Name;
};
registerEnumType(PlatformEnum, { name: 'Platform' });

export enum Granularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(Granularity, { name: 'Granularity', description: 'Weeks start on Monday (ISO 8601)' });

@InputType('DateRange', { description: 'Both ends included, in the workspace time zone' })
export class DateRangeInput {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;
}

@ObjectType('OverviewTotals')
export class OverviewTotals {
  @Field(() => OrganicSummary)
  organic!: OrganicSummary;

  @Field(() => PaidSummary)
  paid!: PaidSummary;
}

@ObjectType('Overview')
export class Overview {
  @Field(() => OrganicSummary)
  organic!: OrganicSummary;

  @Field(() => PaidSummary)
  paid!: PaidSummary;

  @Field(() => OverviewTotals, { nullable: true, description: 'The compareTo range, when one was asked for' })
  previous!: OverviewTotals | null;

  @Field(() => [String])
  warnings!: string[];
}

@ObjectType('SeriesPoint')
export class SeriesPoint {
  @Field(() => DateScalar, { description: 'First day of the period' })
  period!: string;

  @Field(() => OrganicSummary)
  organic!: OrganicSummary;

  @Field(() => PaidSummary)
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
