import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DIMENSIONS } from '@tandem/metrics/catalogue.js';
import { OBJECTIVES } from '@tandem/metrics/objectives.js';
import { OverviewTotals } from './metrics.objects.js';
import { OrganicSummary, PaidSummary } from './summary.objects.js';

/** The catalogue's dimensions, as a GraphQL enum (docs/CONTRACT.md, Analysis). */
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
  @Field(() => DimensionEnum, { description: 'Which of the `by` dimensions this value is of' })
  dimension!: string;

  @Field(() => String, {
    description: 'The value: a platform, an account or entity id, an Objective value, a period’s first day…',
  })
  id!: string;

  @Field(() => String, { description: 'How a person reads it: a name, with the raw objective words for OBJECTIVE' })
  label!: string;
}

@ObjectType('BreakdownRow', {
  description: 'The organic and paid summaries of one combination of the `by` dimensions over the range',
})
export class BreakdownRow {
  @Field(() => [DimensionValue], { description: 'One value per dimension asked for, in the order of `by`' })
  key!: DimensionValue[];

  @Field(() => OrganicSummary, { nullable: true, description: 'Null when the dimensions do not split organic facts' })
  organic!: OrganicSummary | null;

  @Field(() => PaidSummary, { nullable: true, description: 'Null when the dimensions do not split paid facts' })
  paid!: PaidSummary | null;

  @Field(() => OverviewTotals, { nullable: true, description: 'The same row over compareTo, when asked' })
  previous!: OverviewTotals | null;
}

@ObjectType('BreakdownEdge', { description: 'One row of a breakdown page, with its position' })
export class BreakdownEdge {
  @Field(() => String, { description: 'Opaque position: pass it as `after` for the rows that follow this one' })
  cursor!: string;

  @Field(() => BreakdownRow, { description: 'The row' })
  node!: BreakdownRow;
}

@ObjectType('PageInfo', { description: 'Where a page ends and whether more follow' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when rows follow this page: ask again with `after: endCursor`' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the page’s last edge; null when the page is empty',
  })
  endCursor!: string | null;
}

@ObjectType('BreakdownConnection', { description: 'One page of breakdown rows, in the order of `sort`' })
export class BreakdownConnection {
  @Field(() => Int, { description: 'Rows of the whole breakdown, every page together' })
  totalCount!: number;

  @Field(() => [BreakdownEdge], { description: 'The rows of this page' })
  edges!: BreakdownEdge[];

  @Field(() => PageInfo, { description: 'Whether more rows follow, and the cursor to ask for them' })
  pageInfo!: PageInfo;

  @Field(() => [String], { description: 'What the sums leave out or may count twice' })
  warnings!: string[];
}

@InputType('BreakdownFilter', { description: 'Facts kept by id; rows are the same as in the unfiltered breakdown' })
export class BreakdownFilter {
  @Field(() => [ID], { nullable: true, description: 'Account ids (DimensionValue.id of ACCOUNT)' })
  accounts?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Campaign ids (DimensionValue.id of CAMPAIGN): paid facts only, so organic is null when set',
  })
  campaigns?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Ad set ids (DimensionValue.id of AD_SET): paid facts only, so organic is null when set',
  })
  adSets?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Ad ids (DimensionValue.id of AD): paid facts only, so organic is null when set',
  })
  ads?: string[] | null;

  @Field(() => [ObjectiveEnum], {
    nullable: true,
    description: 'Campaign objectives: paid facts only, so organic is null when set',
  })
  objectives?: string[] | null;
}

@InputType('BreakdownSort', { description: 'Which metric orders the breakdown rows; rows without it come last' })
export class BreakdownSort {
  @Field(() => ID, { description: 'A metric id of the `metrics` query, e.g. "paid.spend", "organic.engagementRate"' })
  metric!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Largest first (the default); false for smallest first' })
  descending!: boolean;
}
