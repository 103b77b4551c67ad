import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DIMENSIONS } from '@tandem/metrics/catalogue.js';
import { OBJECTIVES } from '@tandem/metrics/objectives.js';
import { OverviewTotals } from './metrics.objects.js';
import { OrganicSummary, PaidSummary } from './summary.objects.js';

/** The catalogue's dimensions, as a GraphQL enum (CONTRACT.md, Analysis). */
export const DimensionEnum = Object.fromEntries(DIMENSIONS.map(({ id }) => [id, id]));
registerEnumType(DimensionEnum, {
  name: 'Dimension',
  description: 'What a breakdown splits facts by (libs/metrics/src/catalogue.ts)',
  valuesMap: Object.fromEntries(DIMENSIONS.map(({ id, description }) => [id, { description }])),
});

export const ObjectiveEnum = Object.fromEntries(OBJECTIVES.map((objective) => [objective, objective]));
registerEnumType(ObjectiveEnum, {
  name: 'Objective',
  description: "A campaign objective, normalised across platforms from each platform's own words",
});

@ObjectType('DimensionValue', { description: 'One dimension of a breakdown row' })
export class DimensionValue {
  @Field(() => DimensionEnum)
  dimension!: string;

  @Field(() => String, {
    description: 'The value: a platform, an account or entity id, an Objective value, a period’s first day…',
  })
  id!: string;

  @Field(() => String, { description: 'How a person reads it: a name, with the raw objective words for OBJECTIVE' })
  label!: string;
}

@ObjectType('BreakdownRow')
export class BreakdownRow {
  @Field(() => [DimensionValue])
  key!: DimensionValue[];

  @Field(() => OrganicSummary, { nullable: true, description: 'Null when the dimensions do not split organic facts' })
  organic!: OrganicSummary | null;

  @Field(() => PaidSummary, { nullable: true, description: 'Null when the dimensions do not split paid facts' })
  paid!: PaidSummary | null;

  @Field(() => OverviewTotals, { nullable: true, description: 'The same row over compareTo, when asked' })
  previous!: OverviewTotals | null;
}

@ObjectType('BreakdownEdge')
export class BreakdownEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => BreakdownRow)
  node!: BreakdownRow;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('BreakdownConnection')
export class BreakdownConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [BreakdownEdge])
  edges!: BreakdownEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [String], { description: 'What the sums leave out or may count twice' })
  warnings!: string[];
}

@InputType('BreakdownFilter', { description: 'Facts kept by id; rows are the same as in the unfiltered breakdown' })
export class BreakdownFilter {
  @Field(() => [ID], { nullable: true, description: 'Account ids (DimensionValue.id of ACCOUNT)' })
  accounts?: string[] | null;

  @Field(() => [String], { nullable: true })
  campaigns?: string[] | null;

  @Field(() => [String], { nullable: true })
  adSets?: string[] | null;

  @Field(() => [String], { nullable: true })
  ads?: string[] | null;

  @Field(() => [ObjectiveEnum], { nullable: true })
  objectives?: string[] | null;
}

@InputType('BreakdownSort')
export class BreakdownSort {
  @Field(() => ID, { description: 'A metric id of the `metrics` query, e.g. "paid.spend", "organic.engagementRate"' })
  metric!: string;

  @Field(() => Boolean, { defaultValue: true })
  descending!: boolean;
}
