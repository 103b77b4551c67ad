import { Field, Float, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PLATFORMS, type Platform } from '@tandem/formats/canonical.js';
import { DateScalar } from '../../../core/graphql/date.scalar.js';

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

/** The organic measures a period can have facts for (the summary's base fields; rates follow from them). */
export enum OrganicMeasure {
  FOLLOWERS = 'FOLLOWERS',
  FOLLOWER_GROWTH = 'FOLLOWER_GROWTH',
  IMPRESSIONS = 'IMPRESSIONS',
  ENGAGEMENTS = 'ENGAGEMENTS',
  POSTS = 'POSTS',
}
registerEnumType(OrganicMeasure, { name: 'OrganicMeasure' });

/** The paid measures a period can have facts for (the summary's base fields; ratios follow from them). */
export enum PaidMeasure {
  SPEND = 'SPEND',
  IMPRESSIONS = 'IMPRESSIONS',
  CLICKS = 'CLICKS',
  CONVERSIONS = 'CONVERSIONS',
  REVENUE = 'REVENUE',
}
registerEnumType(PaidMeasure, { name: 'PaidMeasure' });

@InputType('DateRange', { description: 'Both ends included, in the workspace time zone' })
export class DateRangeInput {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;
}

@ObjectType('OrganicSummary', { description: 'Organic (SMO) results' })
export class OrganicSummary {
  @Field(() => Float, {
    nullable: true,
    description: "Audience at the end of the range: each account's last known count, summed",
  })
  followers!: number | null;

  @Field(() => Float, { nullable: true, description: 'Net new followers in the range' })
  followerGrowth!: number | null;

  @Field(() => Float)
  impressions!: number;

  @Field(() => Float)
  engagements!: number;

  @Field(() => Float, { nullable: true, description: 'engagements / impressions, over the facts that report both' })
  engagementRate!: number | null;

  @Field(() => Float, { description: 'Posts published in the range' })
  posts!: number;
}

@ObjectType('PaidSummary', { description: 'Paid (SMM) results; money in the workspace reporting currency' })
export class PaidSummary {
  @Field(() => Float)
  spend!: number;

  @Field(() => Float)
  impressions!: number;

  @Field(() => Float)
  clicks!: number;

  @Field(() => Float)
  conversions!: number;

  @Field(() => Float)
  revenue!: number;

  @Field(() => Float, { nullable: true, description: 'clicks / impressions' })
  ctr!: number | null;

  @Field(() => Float, { nullable: true, description: 'spend / clicks' })
  cpc!: number | null;

  @Field(() => Float, { nullable: true, description: '1000 × spend / impressions' })
  cpm!: number | null;

  @Field(() => Float, { nullable: true, description: 'spend / conversions' })
  cpa!: number | null;

  @Field(() => Float, { nullable: true, description: 'revenue / spend' })
  roas!: number | null;

  @Field(() => Float, { nullable: true, description: '(revenue - spend) / spend' })
  roi!: number | null;
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
      'The organic measures some fact of the slice gives for this period. A measure not listed reads 0 in `organic` but was not measured (nothing imported says it): charts leave a gap.',
  })
  organicReported!: OrganicMeasure[];

  @Field(() => [PaidMeasure], {
    description: 'The paid measures some fact gives for this period (see organicReported).',
  })
  paidReported!: PaidMeasure[];
}
