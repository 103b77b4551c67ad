import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { batchedByTick } from './batched-by-tick.util.js';

export enum WebhookDeliveryStatus {
  QUEUED = 'QUEUED',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}

/** The answer a delivery was given, kept so that a replay of its Idempotency-Key gets it again. */
export interface StoredAnswer {
  status: number;
  body: Record<string, unknown>;
}

export interface NewDelivery {
  id: string;
  workspaceId: string;
  sourceId: string;
  idempotencyKey: string;
  body: Buffer;
  rowsReceived: number;
  answer: StoredAnswer;
  /** The sealed secret its signature was verified with (SecretInForce.sealed). */
  signedWith: string;
}

export interface QueuedDelivery {
  id: string;
  body: Buffer;
}

export interface DeliveryOutcome {
  id: string;
  status: WebhookDeliveryStatus.COMPLETED | WebhookDeliveryStatus.FAILED;
  rowsWritten: number;
  rowsDeleted: number;
  error: string | null;
}

export interface WebhookDeliveryRecord {
  id: string;
  idempotencyKey: string;
  status: WebhookDeliveryStatus;
  rowsReceived: number;
  rowsWritten: number | null;
  rowsDeleted: number | null;
  error: string | null;
  receivedAt: Date;
  processedAt: Date | null;
}

/** The webhook_delivery table: each accepted body and its answer, then what writing its rows did. */
@Injectable()
export class WebhookDeliveriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async answerOf(sourceId: string, idempotencyKey: string): Promise<StoredAnswer | undefined> {
    const rows: { answer_status: number; answer: Record<string, unknown> }[] = await this.dataSource.query(
      'SELECT answer_status, answer FROM webhook_delivery WHERE source_id = $1 AND idempotency_key = $2',
      [sourceId, idempotencyKey],
    );
    const row = rows[0];
    return row && { status: row.answer_status, body: row.answer };
  }

  /**
   * Stores the body with its answer; false when a delivery of the same key got there first, or when its source no
   * longer takes the secret it was verified with (disabled, rotated past its overlap) since the caller read it. The
   * deliveries of one turn of the event loop are inserted by one statement.
   */
  readonly store = batchedByTick((deliveries: NewDelivery[]) => this.insert(deliveries));

  private async insert(deliveries: NewDelivery[]): Promise<boolean[]> {
    const inserted: { id: string }[] = await this.dataSource.query(
      `INSERT INTO webhook_delivery
         (id, workspace_id, source_id, idempotency_key, body, rows_received, answer_status, answer, status)
       SELECT d.id, d.workspace_id, d.source_id, d.idempotency_key, decode(d.body, 'hex'), d.rows_received,
         d.answer_status, d.answer, 'QUEUED'
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::smallint[], $8::jsonb[],
           $9::text[])
         AS d(id, workspace_id, source_id, idempotency_key, body, rows_received, answer_status, answer, signed_with)
       JOIN webhook_source AS s ON s.id = d.source_id AND s.disabled_at IS NULL
         AND (s.secret_sealed = d.signed_with
           OR (s.previous_secret_sealed = d.signed_with AND s.previous_secret_expires_at > now()))
       ON CONFLICT (source_id, idempotency_key) DO NOTHING RETURNING id`,
      [
        deliveries.map((delivery) => delivery.id),
        deliveries.map((delivery) => delivery.workspaceId),
        deliveries.map((delivery) => delivery.sourceId),
        deliveries.map((delivery) => delivery.idempotencyKey),
        deliveries.map((delivery) => delivery.body.toString('hex')),
        deliveries.map((delivery) => delivery.rowsReceived),
        deliveries.map((delivery) => delivery.answer.status),
        deliveries.map((delivery) => JSON.stringify(delivery.answer.body)),
        deliveries.map((delivery) => delivery.signedWith),
      ],
    );
    const stored = new Set(inserted.map((row) => row.id));
    return deliveries.map((delivery) => stored.has(delivery.id));
  }

  /** The oldest queued deliveries of a source, locked for the caller's transaction. */
  async claimQueued(manager: EntityManager, sourceId: string, limit: number): Promise<QueuedDelivery[]> {
    const rows: { id: string; body: Buffer | Uint8Array }[] = await manager.query(
      `SELECT id, body FROM webhook_delivery WHERE source_id = $1 AND status = 'QUEUED'
       ORDER BY received_at, id LIMIT $2 FOR UPDATE`,
      [sourceId, limit],
    );
    return rows.map((row) => ({ id: row.id, body: Buffer.from(row.body) }));
  }

  async recordOutcomes(manager: EntityManager, outcomes: DeliveryOutcome[]): Promise<void> {
    if (outcomes.length === 0) return;
    await manager.query(
      `UPDATE webhook_delivery AS d SET status = o.status, rows_written = o.written, rows_deleted = o.deleted,
         error = o.error, processed_at = now()
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[], $5::text[]) AS o(id, status, written, deleted, error)
       WHERE d.id = o.id`,
      [
        outcomes.map((outcome) => outcome.id),
        outcomes.map((outcome) => outcome.status),
        outcomes.map((outcome) => outcome.rowsWritten),
        outcomes.map((outcome) => outcome.rowsDeleted),
        outcomes.map((outcome) => outcome.error),
      ],
    );
  }

  /** Sources with deliveries queued since before `receivedBefore` (all of them without it): their jobs were lost. */
  async sourcesWithQueued(receivedBefore?: Date): Promise<{ workspaceId: string; sourceId: string }[]> {
    const rows: { workspace_id: string; source_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT workspace_id, source_id FROM webhook_delivery
       WHERE status = 'QUEUED' AND ($1::timestamptz IS NULL OR received_at < $1)`,
      [receivedBefore?.toISOString() ?? null],
    );
    return rows.map((row) => ({ workspaceId: row.workspace_id, sourceId: row.source_id }));
  }

  /** Newest first. */
  async list(workspaceId: string, sourceId: string, first: number): Promise<WebhookDeliveryRecord[]> {
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT id, idempotency_key, status, rows_received, rows_written, rows_deleted, error, received_at, processed_at
       FROM webhook_delivery WHERE workspace_id = $1 AND source_id = $2
       ORDER BY received_at DESC, id DESC LIMIT $3`,
      [workspaceId, sourceId, first],
    );
    return rows.map((row) => ({
      id: row.id,
      idempotencyKey: row.idempotency_key,
      status: row.status,
      rowsReceived: row.rows_received,
      rowsWritten: row.rows_written,
      rowsDeleted: row.rows_deleted,
      error: row.error,
      receivedAt: new Date(row.received_at),
      processedAt: row.processed_at ? new Date(row.processed_at) : null,
    }));
  }
}

interface DeliveryRow {
  id: string;
  idempotency_key: string;
  status: WebhookDeliveryStatus;
  rows_received: number;
  rows_written: number | null;
  rows_deleted: number | null;
  error: string | null;
  received_at: string | Date;
  processed_at: string | Date | null;
}
