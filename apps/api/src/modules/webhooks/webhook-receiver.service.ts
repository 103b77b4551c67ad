import { randomUUID } from 'node:crypto';
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { JobName } from '../../core/queue/job-names.js';
import { JobQueue } from '../../core/queue/job-queue.js';
import { type BodyIssue, parseWebhookBody, type WebhookBody } from './webhook-body.schema.js';
import { type StoredAnswer, WebhookDeliveriesService } from './webhook-deliveries.service.js';
import { type SourceForDelivery, WebhookSourcesService } from './webhook-sources.service.js';
import { type Verdict, verifySignature } from './webhook-signature.util.js';

const UNKNOWN_SOURCE = { ok: false as const, reason: 'The signature does not match the body' };

/**
 * Deliveries arriving within one slot share one job, which runs once the slot is over, so it finds every delivery
 * stored before it was asked for (a job asked for while a previous one runs could otherwise be taken for it). A job
 * ends by rebuilding the paid rollups of every account day it wrote, at a cost that grows with the day's facts: a
 * second's slot rebuilds a busy day once a second, not ten times, and a metric pushed by webhook still shows within
 * about a second.
 */
export const WEBHOOK_SLOT_MS = 1_000;

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
 * job (webhook-ingest.service.ts). A source read once is remembered (secrets opened), so a new, well-formed delivery
 * signed with a secret it had costs one insert, which stores it only if the source still takes that secret. Any other
 * delivery (an unknown secret, a replay, a refusal) reads the source afresh, as if none were remembered.
 */
@Injectable()
export class WebhookReceiverService {
  private readonly logger = new Logger(WebhookReceiverService.name);
  /** The slot whose job this process last asked for, per source: one ask a slot is enough. */
  private readonly askedSlot = new Map<string, number>();
  /** Each source as last read, while it was enabled. */
  private readonly remembered = new Map<string, SourceForDelivery>();

  constructor(
    private readonly sources: WebhookSourcesService,
    private readonly deliveries: WebhookDeliveriesService,
    private readonly jobs: JobQueue,
  ) {}

  async receive(request: WebhookRequest): Promise<WebhookAnswer> {
    return (await this.receiveAsRemembered(request)) ?? this.receiveAfterReading(request);
  }

  /** Undefined unless the remembered source verifies the delivery, and the delivery is new and well-formed. */
  private async receiveAsRemembered(request: WebhookRequest): Promise<WebhookAnswer | undefined> {
    const source = this.remembered.get(request.sourceId);
    if (!source) return undefined;
    const verdict = verify(request, source);
    const key = request.idempotencyKey?.trim();
    if (!verdict.ok || !isIdempotencyKey(key)) return undefined;
    const parsed = parseWebhookBody(request.body.toString('utf8'));
    return 'issues' in parsed ? undefined : this.store(request, source, verdict.secret, key, parsed.body);
  }

  private async receiveAfterReading(request: WebhookRequest): Promise<WebhookAnswer> {
    const source = await this.sources.forDelivery(request.sourceId, request.idempotencyKey?.trim() ?? '');
    if (source && !source.disabled) this.remembered.set(request.sourceId, { ...source, answered: undefined });
    else this.remembered.delete(request.sourceId);
    // An unknown source fails like a bad signature: the answer does not tell which ids exist.
    const verdict = source ? verify(request, source) : UNKNOWN_SOURCE;
    if (!source || !verdict.ok) throw new UnauthorizedException(verdict.ok ? UNKNOWN_SOURCE.reason : verdict.reason);
    if (source.disabled) throw new ForbiddenException('This webhook source is disabled');
    const key = checkedIdempotencyKey(request.idempotencyKey);
    if (source.answered) return { ...source.answered, replayed: true };
    const parsed = parseWebhookBody(request.body.toString('utf8'));
    if ('issues' in parsed) throw bodyRefused(parsed.issues);
    const stored = await this.store(request, source, verdict.secret, key, parsed.body);
    if (stored) return stored;
    const first = await this.deliveries.answerOf(request.sourceId, key);
    if (first) return { ...first, replayed: true };
    throw new ConflictException('The webhook source changed while this delivery was received: send it again');
  }

  /** The delivery stored and its job asked for; undefined when it was not stored (WebhookDeliveriesService.store). */
  private async store(
    request: WebhookRequest,
    source: SourceForDelivery,
    secret: string,
    key: string,
    body: WebhookBody,
  ): Promise<WebhookAnswer | undefined> {
    const id = randomUUID();
    const answer: StoredAnswer = { status: 202, body: { id, status: 'QUEUED', rows: body.rows.length } };
    const stored = await this.deliveries.store({
      id,
      workspaceId: source.workspaceId,
      sourceId: request.sourceId,
      idempotencyKey: key,
      body: request.body,
      rowsReceived: body.rows.length,
      answer,
      signedWith: source.secrets.find((inForce) => inForce.opened === secret)!.sealed,
    });
    if (!stored) return undefined;
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

function bodyRefused(issues: BodyIssue[]): BadRequestException {
  const [first] = issues;
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: first!.path ? `${first!.path}: ${first!.message}` : first!.message,
    issues,
  });
}

function verify(request: WebhookRequest, source: SourceForDelivery): Verdict {
  const secrets = source.secrets.map((inForce) => inForce.opened);
  return verifySignature(request.signature, request.body, secrets, Date.now() / 1000);
}

function isIdempotencyKey(trimmed: string | undefined): trimmed is string {
  return !!trimmed && trimmed.length <= 255 && /^[\x21-\x7e]+$/.test(trimmed);
}

function checkedIdempotencyKey(key: string | undefined): string {
  const trimmed = key?.trim();
  if (!isIdempotencyKey(trimmed))
    throw new BadRequestException('An Idempotency-Key header of 1 to 255 printable ASCII characters is required');
  return trimmed;
}
