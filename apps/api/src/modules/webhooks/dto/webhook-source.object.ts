import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WebhookDeliveryStatus } from '../webhook-deliveries.service.js';

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands: its body is stored before it is acknowledged, its rows are written after',
  valuesMap: {
    QUEUED: { description: 'Acknowledged and stored; its rows are not written yet' },
    COMPLETED: { description: 'Its rows are written (and its restate window applied)' },
    FAILED: { description: 'The database refused its rows: see error' },
  },
});

@ObjectType('WebhookSource', { description: 'A system that pushes metric rows to POST /api/webhooks/<id>, signed' })
export class WebhookSourceObject {
  @Field(() => ID, { description: 'The id in the webhook URL' })
  id!: string;

  @Field(() => String, { description: 'What the source is, in the words of whoever created it' })
  name!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the source was created' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its latest accepted delivery arrived' })
  lastDeliveryAt!: Date | null;

  @Field(() => Boolean, { description: 'True once disabled: its deliveries are refused (403)' })
  disabled!: boolean;

  /** Not a field: scopes `deliveries`. */
  workspaceId!: string;
}

@ObjectType('CreatedWebhookSource', { description: 'A source and its new secret' })
export class CreatedWebhookSourceObject {
  @Field(() => WebhookSourceObject, { description: 'The source' })
  source!: WebhookSourceObject;

  @Field(() => String, {
    description: 'The signing secret: shown only here, never again. Sign with it exactly as given (whsec_…)',
  })
  secret!: string;
}

@ObjectType('WebhookDelivery', { description: 'One accepted webhook request and what became of its rows' })
export class WebhookDeliveryObject {
  @Field(() => ID, { description: 'The id the 202 answer gave' })
  id!: string;

  @Field(() => String, { description: 'The Idempotency-Key it was sent with' })
  idempotencyKey!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands' })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Rows in its body' })
  rowsReceived!: number;

  @Field(() => Int, { nullable: true, description: 'Rows written (inserted or restated); null until written' })
  rowsWritten!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Facts its restate window deleted because its rows did not name them; null until written',
  })
  rowsDeleted!: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed' })
  error!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was acknowledged' })
  receivedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its rows were written' })
  processedAt!: Date | null;
}
