import { Module } from '@nestjs/common';
import { WebhookSourcesResolver } from './webhook-sources.resolver.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksModule } from './webhooks.module.js';

/** Webhooks over HTTP (roles `api` and `all`): the receiving endpoint and the sources' GraphQL fields. */
@Module({ imports: [WebhooksModule], controllers: [WebhooksController], providers: [WebhookSourcesResolver] })
export class WebhooksHttpModule {}
