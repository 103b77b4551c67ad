import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../metrics/dto/breakdown.objects.js';
import { AUDIT_OUTCOMES, type AuditOutcome } from '../audit.service.js';

export const AuditOutcomeEnum = Object.fromEntries(AUDIT_OUTCOMES.map((outcome) => [outcome, outcome])) as {
  [Outcome in AuditOutcome]: Outcome;
};
registerEnumType(AuditOutcomeEnum, {
  name: 'AuditOutcome',
  description:
    'How an audited operation ended: SUCCESS; REFUSED (the key’s role does not allow it); FAILED (any other error: bad input, not found, a server error)',
});

@ObjectType('AuditEvent', {
  description: 'One mutation or upload a key of the workspace made: who, what, on what, when, and how it ended',
})
export class AuditEventObject {
  @Field(() => ID, { description: 'Stable id of the event' })
  id!: string;

  @Field(() => ID, { description: 'The API key that made it (ApiKey.id)' })
  apiKeyId!: string;

  @Field(() => String, { description: 'The prefix of that key, as ApiKey.prefix shows it; never the secret' })
  keyPrefix!: string;

  @Field(() => String, { description: 'The name of that key' })
  keyName!: string;

  @Field(() => String, {
    description: 'The mutation’s name (createApiKey, setOrganicCost…) or the REST route (POST /api/imports)',
  })
  action!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The id of what it acted on: the `id` argument, else the id of what it answered (a new key, workspace, import…); null when there is none',
  })
  target!: string | null;

  @Field(() => AuditOutcomeEnum, { description: 'How it ended' })
  outcome!: AuditOutcome;

  @Field(() => String, {
    nullable: true,
    description: 'The error code (GraphQL extensions.code, or the HTTP status of a REST call) when it did not succeed',
  })
  errorCode!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it happened (UTC)' })
  occurredAt!: Date;
}

@ObjectType('AuditEdge', { description: 'An audit event and the cursor that pages after it' })
export class AuditEdge {
  @Field(() => String, { description: 'Pass as `after` for the events before this one' })
  cursor!: string;

  @Field(() => AuditEventObject, { description: 'The event' })
  node!: AuditEventObject;
}

@ObjectType('AuditConnection', { description: 'One page of the audit log, newest first' })
export class AuditConnection {
  @Field(() => [AuditEdge], { description: 'The events of this page' })
  edges!: AuditEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends and whether more follow' })
  pageInfo!: PageInfo;
}
