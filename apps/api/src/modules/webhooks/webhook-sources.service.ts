import { randomUUID } from 'node:crypto';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { isUuid } from '../../core/database/uuid.util.js';
import { batchedByTick } from './batched-by-tick.util.js';
import type { StoredAnswer } from './webhook-deliveries.service.js';
import { WebhookSecretBox } from './webhook-secret-box.js';
import { generateWebhookSecret } from './webhook-signature.util.js';
import { WebhookSource } from './webhook-source.entity.js';

/** How long the secret before a rotation keeps verifying (docs/CONTRACT.md "Webhook sources"). */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

export interface SourceWithActivity {
  source: WebhookSource;
  lastDeliveryAt: Date | null;
}

/** A secret that verifies a source's deliveries: opened, and as stored (which names it for the delivery's insert). */
export interface SecretInForce {
  opened: string;
  sealed: string;
}

/** What the request path needs to verify and place a delivery. */
export interface SourceForDelivery {
  workspaceId: string;
  disabled: boolean;
  /** The current secret, then the previous one while its overlap lasts. */
  secrets: SecretInForce[];
  /** The answer stored for the delivery's Idempotency-Key, when it is a replay. */
  answered: StoredAnswer | undefined;
}

interface DeliveryRow {
  workspace_id: string;
  secret_sealed: string;
  previous_sealed: string | null;
  disabled: boolean;
  answer_status: number | null;
  answer: Record<string, unknown> | null;
}

/** Creating, rotating and disabling sources; secrets leave this service only once, when made. */
@Injectable()
export class WebhookSourcesService {
  constructor(
    @InjectRepository(WebhookSource) private readonly sources: Repository<WebhookSource>,
    private readonly box: WebhookSecretBox,
  ) {}

  async create(workspaceId: string, name: string): Promise<{ source: WebhookSource; secret: string }> {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 200) throw new BadRequestException('A source needs a name of 1 to 200 characters');
    const id = randomUUID();
    const secret = generateWebhookSecret();
    await this.sources.insert({ id, workspaceId, name: trimmed, secretSealed: this.box.seal(secret, id) });
    return { source: await this.get(workspaceId, id), secret };
  }

  /** A new secret; the current one keeps verifying for ROTATION_OVERLAP_MS (one before it stops at once). */
  async rotate(workspaceId: string, id: string): Promise<{ source: WebhookSource; secret: string }> {
    const source = await this.get(workspaceId, id);
    if (source.disabledAt) throw new BadRequestException('This webhook source is disabled: create a new one');
    const secret = generateWebhookSecret();
    await this.sources.update(
      { id, workspaceId },
      {
        secretSealed: this.box.seal(secret, id),
        previousSecretSealed: source.secretSealed,
        previousSecretExpiresAt: new Date(Date.now() + ROTATION_OVERLAP_MS),
      },
    );
    return { source: await this.get(workspaceId, id), secret };
  }

  /** Its deliveries are refused from now on; what it delivered stays. */
  async disable(workspaceId: string, id: string): Promise<WebhookSource> {
    await this.get(workspaceId, id);
    await this.sources
      .createQueryBuilder()
      .update()
      .set({ disabledAt: () => 'coalesce(disabled_at, now())' })
      .where({ id, workspaceId })
      .execute();
    return this.get(workspaceId, id);
  }

  /** Oldest first, each with the time of its latest accepted delivery. */
  async list(workspaceId: string): Promise<SourceWithActivity[]> {
    const sources = await this.sources.find({ where: { workspaceId }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (sources.length === 0) return [];
    const latest: { source_id: string; last: Date }[] = await this.sources.query(
      `SELECT s.id AS source_id, d.received_at AS last FROM webhook_source AS s
       CROSS JOIN LATERAL (SELECT received_at FROM webhook_delivery WHERE source_id = s.id ORDER BY received_at DESC LIMIT 1) AS d
       WHERE s.workspace_id = $1`,
      [workspaceId],
    );
    const lastOf = new Map(latest.map((row) => [row.source_id, new Date(row.last)]));
    return sources.map((source) => ({ source, lastDeliveryAt: lastOf.get(source.id) ?? null }));
  }

  /**
   * The source a delivery names, with its secrets opened, and the answer already given to its Idempotency-Key if any;
   * undefined for an unknown id. Every delivery asks: those of one turn of the event loop ask in one query.
   */
  async forDelivery(id: string, idempotencyKey: string): Promise<SourceForDelivery | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.lookUp({ id, idempotencyKey });
    if (!row) return undefined;
    const sealed = row.previous_sealed ? [row.secret_sealed, row.previous_sealed] : [row.secret_sealed];
    return {
      workspaceId: row.workspace_id,
      disabled: row.disabled,
      secrets: sealed.map((secret) => ({ opened: this.box.open(secret, id), sealed: secret })),
      answered: row.answer_status === null ? undefined : { status: row.answer_status, body: row.answer! },
    };
  }

  private readonly lookUp = batchedByTick(async (asked: { id: string; idempotencyKey: string }[]) => {
    const rows: (DeliveryRow & { ordinal: number })[] = await this.sources.query(
      `SELECT asked.ordinal, s.workspace_id, s.secret_sealed, s.disabled_at IS NOT NULL AS disabled,
         CASE WHEN s.previous_secret_expires_at > now() THEN s.previous_secret_sealed END AS previous_sealed,
         d.answer_status, d.answer
       FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS asked(id, idempotency_key, ordinal)
       JOIN webhook_source AS s ON s.id = asked.id
       LEFT JOIN webhook_delivery AS d ON d.source_id = s.id AND d.idempotency_key = asked.idempotency_key`,
      [asked.map((one) => one.id), asked.map((one) => one.idempotencyKey)],
    );
    const byOrdinal = new Map(rows.map((row) => [Number(row.ordinal), row]));
    return asked.map((_, index) => byOrdinal.get(index + 1));
  });

  private async get(workspaceId: string, id: string): Promise<WebhookSource> {
    const source = isUuid(id) ? await this.sources.findOneBy({ id, workspaceId }) : null;
    if (!source) throw new NotFoundException(`No webhook source ${id} in this workspace`);
    return source;
  }
}
