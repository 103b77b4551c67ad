import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import type { Platform } from '@tandem/formats/canonical.js';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { PlatformEnum } from './metrics.objects.js';
import { PaidSummary } from './summary.objects.js';

/** Every field is null when no fact in scope reports it (not reported is not 0). */
@ObjectType('Exposure', { description: 'What one side (organic or paid) was seen and engaged with' })
export class Exposure {
  @Field(() => Float, { nullable: true, description: 'Times the content (organic) or the ads (paid) were shown' })
  impressions!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'People reached: never summed over days, accounts, ads or platforms, so served only where one export gives it for exactly this scope (one day, one platform), else null',
  })
  reach!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Engagements: organic likes + comments + shares (+ saves); paid, the interactions with the ads’ posts as the platform counts them',
  })
  engagements!: number | null;
}

@ObjectType('PaidShare', {
  description:
    'The paid side’s share of what both sides report: paid ÷ (organic + paid), 0..1 (the organic share is 1 minus it). There is no share of reach: people reached organically and by ads overlap, so their reaches make no whole.',
})
export class PaidShare {
  @Field(() => Float, {
    nullable: true,
    description: 'Paid impressions ÷ all impressions; null unless both sides report impressions and they are not 0',
  })
  impressions!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Paid engagements ÷ all engagements; null unless both sides report engagements and they are not 0',
  })
  engagements!: number | null;
}

@ObjectType('OrganicVsPaidSplit', { description: 'Organic and paid results of one scope, side by side' })
export class OrganicVsPaidSplit {
  @Field(() => Exposure, { description: 'What the organic (SMO) side was seen and engaged with' })
  organic!: Exposure;

  @Field(() => Exposure, { description: 'What the paid (SMM) side was seen and engaged with' })
  paid!: Exposure;

  @Field(() => PaidShare, { description: 'The paid side’s share of impressions and engagements (0..1)' })
  paidShare!: PaidShare;
}

@ObjectType('OrganicVsPaidPlatform', { description: 'One platform’s organic and paid results over the range' })
export class OrganicVsPaidPlatform extends OrganicVsPaidSplit {
  @Field(() => PlatformEnum, { description: 'The platform' })
  platform!: Platform;
}

@ObjectType('OrganicVsPaidPeriod', { description: 'Organic and paid results of one period, every platform asked' })
export class OrganicVsPaidPeriod extends OrganicVsPaidSplit {
  @Field(() => DateScalar, {
    description:
      'First day of the period (a week starts on Monday, so the first may start before the range, as in timeSeries); the range’s first day when no granularity was asked',
  })
  period!: string;
}

@ObjectType('OrganicVsPaid', {
  description:
    'Impressions, reach and engagements, organic against paid: for the whole range, per platform and per period',
})
export class OrganicVsPaid {
  @Field(() => OrganicVsPaidSplit, { description: 'The whole range, every platform asked' })
  total!: OrganicVsPaidSplit;

  @Field(() => [OrganicVsPaidPlatform], {
    description: 'One entry per platform with facts in the range (on either side), in the Platform enum’s order',
  })
  byPlatform!: OrganicVsPaidPlatform[];

  @Field(() => [OrganicVsPaidPeriod], {
    description:
      'One entry per period of `granularity`, empty periods included (their fields null); one entry for the whole range without `granularity`',
  })
  byPeriod!: OrganicVsPaidPeriod[];

  @Field(() => [String], { description: 'What the sums leave out or may count twice (as in Overview.warnings)' })
  warnings!: string[];
}

@ObjectType('GrowthPoint', {
  description:
    'One period: the organic audience’s long-run growth next to the paid results of the period, each also cumulated from the range’s start. A running total is null until a period reports the measure; a later period that reports nothing adds nothing.',
})
export class GrowthPoint {
  @Field(() => DateScalar, { description: 'First day of the period' })
  period!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Followers at the period’s last day (or the range’s, if sooner): each account’s last known count, summed over accounts',
  })
  followers!: number | null;

  @Field(() => Float, { nullable: true, description: 'Net new followers in the period, as the exports give them' })
  followerGrowth!: number | null;

  @Field(() => Float, { nullable: true, description: 'Net new followers from the range’s start to the period’s end' })
  cumulativeFollowerGrowth!: number | null;

  @Field(() => Float, { nullable: true, description: 'Paid conversions in the period' })
  conversions!: number | null;

  @Field(() => Float, { nullable: true, description: 'Paid conversions from the range’s start to the period’s end' })
  cumulativeConversions!: number | null;

  @Field(() => Float, { nullable: true, description: 'Paid revenue in the period (reporting currency)' })
  revenue!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Paid revenue from the range’s start to the period’s end (reporting currency)',
  })
  cumulativeRevenue!: number | null;
}

@ObjectType('OrganicCostMonth', { description: 'One calendar month touching the range, and the cost it carries' })
export class OrganicCostMonth {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'The organic cost of the whole month: entered for it (setOrganicCost), else the workspace’s organicMonthlyCost; null when there is neither',
  })
  amount!: number | null;

  @Field(() => Int, { description: 'Days of the month inside the range' })
  daysInRange!: number;

  @Field(() => Int, { description: 'Days of the whole month (28 to 31)' })
  daysInMonth!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'amount × daysInRange ÷ daysInMonth (rounded to six places); null when the month has no amount',
  })
  cost!: number | null;
}

@ObjectType('OrganicEffort', {
  description:
    'What the organic effort cost over the range and what it yielded. The cost is the monthly organic cost the workspace enters (setOrganicCost for one month, else updateWorkspace’s organicMonthlyCost for every month without its own), each month prorated by its days inside the range; a month with neither is not reported (never 0) and listed in missingMonths, and the cost ratios are taken over the months that have one.',
})
export class OrganicEffort {
  @Field(() => Float, {
    nullable: true,
    description:
      'The prorated cost of the months with an entered cost (reporting currency); null when no month of the range has one',
  })
  cost!: number | null;

  @Field(() => Float, {
    description: 'Share of the range’s days (0..1) whose month has an entered cost: 1 when no month is missing',
  })
  costCoverage!: number;

  @Field(() => [String], {
    description: 'Months (YYYY-MM) touching the range without a cost: none entered for them and no organicMonthlyCost',
  })
  missingMonths!: string[];

  @Field(() => [OrganicCostMonth], { description: 'Each month touching the range, oldest first' })
  months!: OrganicCostMonth[];

  @Field(() => Float, { nullable: true, description: 'Organic engagements over the whole range' })
  engagements!: number | null;

  @Field(() => Float, { nullable: true, description: 'Net new followers over the whole range' })
  followerGrowth!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'cost ÷ organic engagements of the months with an entered cost; null when there is no cost, no engagement reported, or 0',
  })
  costPerEngagement!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'cost ÷ net new followers of the months with an entered cost; null when there is no cost, growth is not reported, or no follower was gained (growth ≤ 0)',
  })
  costPerFollowerGained!: number | null;
}

@ObjectType('CostComparison', {
  description: 'What paid and organic results cost over one range, side by side, in the reporting currency',
})
export class CostComparison {
  @Field(() => PaidSummary, {
    description: 'The paid summary of the range: spend, cpa, costPerEngagement, roi (each ratio with its coverage)…',
  })
  paid!: PaidSummary;

  @Field(() => OrganicEffort, {
    description: 'The organic effort of the range: its entered cost, prorated, per engagement and per follower gained',
  })
  organic!: OrganicEffort;

  @Field(() => [String], {
    description:
      'What the figures leave out or may count twice, and that the organic cost is the whole workspace’s when platforms are filtered',
  })
  warnings!: string[];
}

@ObjectType('OrganicMonthlyCost', { description: 'A month’s organic cost as the workspace entered it' })
export class OrganicMonthlyCost {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Float, { description: 'Reporting currency' })
  amount!: number;

  @Field(() => GraphQLISODateTime, { description: 'When the amount was last set (UTC)' })
  updatedAt!: Date;
}
