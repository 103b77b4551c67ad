import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed webhooks (docs/CONTRACT.md "Webhooks"): each source has its own secret, stored encrypted because
 * verifying an HMAC needs the secret itself, and during a rotation the previous one until it expires. Each
 * accepted delivery keeps its raw body and the answer it was given, keyed by its Idempotency-Key, before that
 * answer is sent; its rows are written later by a job, in the order the deliveries arrived.
 */
export class WebhookSources1764428000000 implements MigrationInterface {
  name = 'WebhookSources1764428000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE webhook_source (
        id uuid PRIMARY KEY,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        name text NOT NULL,
        secret_sealed text NOT NULL,
        previous_secret_sealed text,
        previous_secret_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz
      );
      CREATE INDEX webhook_source_workspace_idx ON webhook_source (workspace_id, created_at);

      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES webhook_source(id) ON DELETE CASCADE,
        idempotency_key text NOT NULL,
        body bytea NOT NULL,
        rows_received integer NOT NULL,
        answer_status smallint NOT NULL,
        answer jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('QUEUED', 'COMPLETED', 'FAILED')),
        rows_written integer,
        rows_deleted integer,
        error text,
        received_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz,
        UNIQUE (source_id, idempotency_key)
      );
      CREATE INDEX webhook_delivery_source_received_idx ON webhook_delivery (source_id, received_at DESC);
      CREATE INDEX webhook_delivery_queued_idx ON webhook_delivery (source_id, received_at) WHERE status = 'QUEUED';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE webhook_delivery;
      DROP TABLE webhook_source;
    `);
  }
}
