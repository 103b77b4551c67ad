import { randomUUID } from 'node:crypto';
import { BadRequestException, ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JobName } from '../../core/queue/job-names.js';
import { JobQueue } from '../../core/queue/job-queue.js';
import { parseWebhookBody } from './webhook-body.schema.js';
import { type StoredAnswer, WebhookDeliveriesService } from './webhook-deliveries.service.js';
import { WebhookSourcesService } from './webhook-sources.service.js';
import { verifySignature } from './webhook-signature.util.js';

const UNKNOWN_SOURCE = { ok: false as const, reason: 'The signature does not match the body' };

/**
 * Deliveries arriving within one slot share one job, which runs once the slot is over, so it finds every delivery
 * stored before it was asked for (a job asked for while a previous one runs could otherwise be taken for it).
 */
export const WEBHOOK_SLOT_MS = 100;

export interface WebhookRequest {
  sourceId: string;
  signature: string | undefined;
  idempotencyKey: string | undefined;
  body: Buffer;
}

export interface WebhookAnswer extends StoredAnswer {
  replayed: boolean;
}

/**
 * The request path of `POST /api/webhooks/<sourceId>`: signature, then the stored answer of a replayed key, then the
 * body's shape; an accepted body is stored with its answer before the answer is sent, and its rows are written by a
 * job (webhook-ingest.service.ts), so acknowledging costs two queries whatever the body holds.
 */
@Injectable()
export class WebhookReceiverService {
  private readonly logger = new Logger(WebhookReceiverService.name);
  /** The slot whose job this process last asked for, per source: one ask a slot is enough. */
  private readonly askedSlot = new Map<string, number>();

  constructor(
    private readonly sources: WebhookSourcesService,
    private readonly deliveries: WebhookDeliveriesService,
    private readonly jobs: JobQueue,
  ) {}

  async receive(request: WebhookRequest): Promise<WebhookAnswer> {
    const source = await this.sources.forDelivery(request.sourceId, request.idempotencyKey?.trim() ?? '');
    // An unknown source fails like a bad signature: the answer does not tell which ids exist.
    const verdict = source
      ? verifySignature(request.signature, request.body, source.secrets, Date.now() / 1000)
      : UNKNOWN_SOURCE;
    if (!source || !verdict.ok) throw new UnauthorizedException(verdict.ok ? UNKNOWN_SOURCE.reason : verdict.reason);
    if (source.disabled) throw new ForbiddenException('This webhook source is disabled');
    const key = checkedIdempotencyKey(request.idempotencyKey);
    if (source.answered) return { ...source.answered, replayed: true };
    const parsed = parseWebhookBody(request.body.toString('utf8'));
    if ('issues' in parsed) {
      const [first] = parsed.issues;
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: first!.path ? `${first!.path}: ${first!.message}` : first!.message,
        issues: parsed.issues,
      });
    }
    const id = randomUUID();
    const answer: StoredAnswer = { status: 202, body: { id, status: 'QUEUED', rows: parsed.body.rows.length } };
    const stored = await this.deliveries.store({
      id,
      workspaceId: source.workspaceId,
      sourceId: request.sourceId,
      idempotencyKey: key,
      body: request.body,
      rowsReceived: parsed.body.rows.length,
      answer,
    });
    if (!stored) return { ...(await this.deliveries.answerOf(request.sourceId, key))!, replayed: true };
    this.askForJob(source.workspaceId, request.sourceId);
    return { ...answer, replayed: false };
  }

  /** Not awaited: the body is stored, and a sweep re-asks for sources whose deliveries wait too long. */
  private askForJob(workspaceId: string, sourceId: string): void {
    const now = Date.now();
    const slot = Math.floor(now / WEBHOOK_SLOT_MS);
    if (this.askedSlot.get(sourceId) === slot) return;
    this.askedSlot.set(sourceId, slot);
    this.jobs
      .enqueue(
        JobName.WebhookDeliveries,
        { workspaceId, sourceId },
        { jobId: `webhooks.${sourceId}.${slot}`, delayMs: (slot + 1) * WEBHOOK_SLOT_MS - now + 1 },
      )
      .catch((error: Error) => {
        this.askedSlot.delete(sourceId);
        this.logger.warn(`Could not queue webhook source ${sourceId}'s deliveries: ${error.message}`);
      });
  }
}

function checkedIdempotencyKey(key: string | undefined): string {
  const trimmed = key?.trim();
  if (!trimmed || trimmed.length > 255 || !/^[\x21-\x7e]+$/.test(trimmed))
    throw new BadRequestException('An Idempotency-Key header of 1 to 255 printable ASCII characters is required');
  return trimmed;
}
