import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Workspace')
export class WorkspaceObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'ISO 4217 reporting currency of every money figure' })
  currency!: string;

  @Field(() => String, { description: 'IANA time zone of every date' })
  timeZone!: string;
}
