import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Auth, type AuthContext, RequireRole } from '../../core/auth/auth.decorators.js';
import { CreatedWebhookSourceObject, WebhookDeliveryObject, WebhookSourceObject } from './dto/webhook-source.object.js';
import { WebhookDeliveriesService } from './webhook-deliveries.service.js';
import type { WebhookSource } from './webhook-source.entity.js';
import { WebhookSourcesService } from './webhook-sources.service.js';

const DELIVERIES_PAGE = 20;
const MAX_DELIVERIES_PAGE = 100;

/** docs/CONTRACT.md "Webhook sources": owners and uploaders manage them. */
@Resolver(() => WebhookSourceObject)
export class WebhookSourcesResolver {
  constructor(
    private readonly sources: WebhookSourcesService,
    private readonly deliveryRecords: WebhookDeliveriesService,
  ) {}

  @Mutation(() => CreatedWebhookSourceObject, {
    description:
      'A new webhook source and its signing secret, shown only in this answer. Needs an UPLOADER key or above',
  })
  @RequireRole('uploader')
  async createWebhookSource(
    @Auth() auth: AuthContext,
    @Args('name', { description: 'What will send to it, e.g. "Google Ads script"' }) name: string,
  ): Promise<CreatedWebhookSourceObject> {
    const { source, secret } = await this.sources.create(auth.workspaceId, name);
    return { source: sourceObject(source, null), secret };
  }

  @Mutation(() => CreatedWebhookSourceObject, {
    description:
      'A new signing secret for the source, shown only in this answer; the previous one still verifies for 24 hours (an older one stops at once). Needs an UPLOADER key or above',
  })
  @RequireRole('uploader')
  async rotateWebhookSecret(
    @Auth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CreatedWebhookSourceObject> {
    const { source, secret } = await this.sources.rotate(auth.workspaceId, id);
    return { source: sourceObject(source, null), secret };
  }

  @Mutation(() => WebhookSourceObject, {
    description:
      'Refuses the source’s deliveries from now on (what it delivered stays). Needs an UPLOADER key or above',
  })
  @RequireRole('uploader')
  async disableWebhookSource(
    @Auth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WebhookSourceObject> {
    return sourceObject(await this.sources.disable(auth.workspaceId, id), null);
  }

  @Query(() => [WebhookSourceObject], {
    description: "The workspace's webhook sources, oldest first. Needs an UPLOADER key or above",
  })
  @RequireRole('uploader')
  async webhookSources(@Auth() auth: AuthContext): Promise<WebhookSourceObject[]> {
    const listed = await this.sources.list(auth.workspaceId);
    return listed.map(({ source, lastDeliveryAt }) => sourceObject(source, lastDeliveryAt));
  }

  @ResolveField(() => [WebhookDeliveryObject], {
    description: `Its latest accepted deliveries, newest first: the first \`first\` (${DELIVERIES_PAGE} by default, at most ${MAX_DELIVERIES_PAGE})`,
  })
  deliveries(
    @Parent() source: WebhookSourceObject,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DELIVERIES_PAGE }) first: number | null,
  ): Promise<WebhookDeliveryObject[]> {
    const size = Math.min(Math.max(first ?? DELIVERIES_PAGE, 0), MAX_DELIVERIES_PAGE);
    return this.deliveryRecords.list(source.workspaceId, source.id, size);
  }
}

function sourceObject(source: WebhookSource, lastDeliveryAt: Date | null): WebhookSourceObject {
  return {
    id: source.id,
    workspaceId: source.workspaceId,
    name: source.name,
    createdAt: source.createdAt,
    lastDeliveryAt,
    disabled: source.disabledAt !== null,
  };
}
