import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workspaces, keys and audit (issue 19):
 * - `api_key.prefix`: the first characters of the key, shown to owners to tell keys apart and used to find the row
 *   whose hash is then compared in constant time. Keys made before this migration have none (''): the only such keys
 *   are BOOTSTRAP_API_KEY's, which every start writes again with its prefix (no API could make others).
 * - `api_key.last_used_at`: written at most once a minute per key, not on every request.
 * - `workspace.organic_monthly_cost`: the organic cost of every month without its own `organic_cost` entry.
 * - `audit_event`: every mutation and upload, who made it (key id and prefix) and how it ended. Only appended to.
 */
export class WorkspacesKeysAudit1764420000000 implements MigrationInterface {
  name = 'WorkspacesKeysAudit1764420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE api_key ADD COLUMN prefix text NOT NULL DEFAULT '', ADD COLUMN last_used_at timestamptz;
      ALTER TABLE api_key ALTER COLUMN prefix DROP DEFAULT;
      CREATE INDEX api_key_prefix_idx ON api_key (prefix) WHERE revoked_at IS NULL;
      CREATE INDEX api_key_workspace_idx ON api_key (workspace_id, created_at);

      ALTER TABLE workspace ADD COLUMN organic_monthly_cost numeric(20, 6) CHECK (organic_monthly_cost >= 0);

      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        api_key_id uuid NOT NULL REFERENCES api_key(id) ON DELETE CASCADE,
        key_prefix text NOT NULL,
        action text NOT NULL,
        target text,
        outcome text NOT NULL CHECK (outcome IN ('SUCCESS', 'REFUSED', 'FAILED')),
        error_code text,
        occurred_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_event_workspace_idx ON audit_event (workspace_id, id DESC);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE audit_event;
      ALTER TABLE workspace DROP COLUMN organic_monthly_cost;
      DROP INDEX api_key_workspace_idx;
      DROP INDEX api_key_prefix_idx;
      ALTER TABLE api_key DROP COLUMN last_used_at, DROP COLUMN prefix;
    `);
  }
}
