import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../core/auth/auth.decorators.js';
import { WebhookReceiverService } from './webhook-receiver.service.js';

/**
 * `POST /api/webhooks/<sourceId>` (docs/CONTRACT.md "Webhooks"). Authenticated by its signature, not by an API
 * key: the key middleware lets this path through (core/auth/api-key.middleware.ts), and the body arrives as the
 * raw bytes the sender signed (bootstrap.ts).
 */
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly receiver: WebhookReceiverService) {}

  @Post(':sourceId')
  @Public()
  @HttpCode(202)
  async deliver(
    @Param('sourceId') sourceId: string,
    @Headers('tandem-signature') signature: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Record<string, unknown>> {
    const answer = await this.receiver.receive({
      sourceId,
      signature,
      idempotencyKey,
      body: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
    });
    response.status(answer.status);
    if (answer.replayed) response.setHeader('Idempotent-Replayed', 'true');
    return answer.body;
  }
}
