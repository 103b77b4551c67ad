import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PlatformEnum } from './metrics.objects.js';

@ObjectType('MetricDefinition', { description: 'One entry of the metric catalogue (libs/metrics/src/catalogue.ts)' })
export class MetricDefinition {
  @Field(() => ID, { description: '`<side>.<field>`: the field of OrganicSummary or PaidSummary that serves it' })
  id!: string;

  @Field(() => String, { description: 'Its name as a manager reads it, e.g. "Spend"' })
  name!: string;

  @Field(() => String, { description: '`organic` or `paid`' })
  side!: string;

  @Field(() => String, {
    description: '`money` (reporting currency), `count`, `ratio` (a multiple) or `percent` (a fraction)',
  })
  unit!: string;

  @Field(() => String, { description: 'How it is computed from the facts' })
  formula!: string;

  @Field(() => String, { description: 'What it tells, in a sentence' })
  description!: string;

  @Field(() => String, { nullable: true, description: "Why it can differ from the platform's own screen" })
  differsFromPlatformBecause!: string | null;

  @Field(() => [PlatformEnum], { description: 'Platforms whose exports report it' })
  platforms!: string[];
}
