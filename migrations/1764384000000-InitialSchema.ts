import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Workspaces, keys, imports and the two daily fact tables of the walking skeleton. */
export class InitialSchema1764384000000 implements MigrationInterface {
  name = 'InitialSchema1764384000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE workspace (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        currency char(3) NOT NULL DEFAULT 'USD',
        time_zone text NOT NULL DEFAULT 'UTC',
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        name text NOT NULL,
        key_hash char(64) NOT NULL UNIQUE,
        role text NOT NULL CHECK (role IN ('viewer', 'analyst', 'uploader', 'owner')),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );

      CREATE TABLE import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        file_name text NOT NULL,
        stored_path text NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 char(64),
        format text,
        hints jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('QUEUED', 'PROCESSING', 'COMPLETED', 'COMPLETED_WITH_ERRORS', 'FAILED')),
        rows_total integer,
        rows_imported integer,
        rows_rejected integer,
        warnings jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE INDEX import_workspace_created_idx ON import (workspace_id, created_at DESC);
      CREATE INDEX import_pending_idx ON import (status) WHERE status IN ('QUEUED', 'PROCESSING');

      CREATE TABLE import_error (
        id bigserial PRIMARY KEY,
        import_id uuid NOT NULL REFERENCES import(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        row integer,
        "column" text,
        message text NOT NULL
      );
      CREATE INDEX import_error_import_idx ON import_error (import_id, id);

      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        platform text NOT NULL,
        external_id text NOT NULL,
        name text,
        currency char(3),
        time_zone text,
        UNIQUE (workspace_id, platform, external_id)
      );

      CREATE TABLE paid_daily_metric (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        platform text NOT NULL,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        campaign_id text NOT NULL DEFAULT '',
        ad_set_id text NOT NULL DEFAULT '',
        ad_id text NOT NULL DEFAULT '',
        date date NOT NULL,
        campaign_name text,
        objective text,
        ad_set_name text,
        ad_name text,
        currency char(3) NOT NULL,
        spend numeric(20, 6),
        impressions bigint,
        clicks bigint,
        conversions numeric(20, 6),
        revenue numeric(20, 6),
        import_id uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, platform, account_id, campaign_id, ad_set_id, ad_id, date)
      );
      CREATE INDEX paid_daily_metric_workspace_date_idx ON paid_daily_metric (workspace_id, date);

      CREATE TABLE organic_daily_metric (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        platform text NOT NULL,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        date date NOT NULL,
        followers bigint,
        new_followers bigint,
        impressions bigint,
        reach bigint,
        engagements bigint,
        posts integer,
        import_id uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, platform, account_id, date)
      );
      CREATE INDEX organic_daily_metric_workspace_date_idx ON organic_daily_metric (workspace_id, date);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE organic_daily_metric;
      DROP TABLE paid_daily_metric;
      DROP TABLE account;
      DROP TABLE import_error;
      DROP TABLE import;
      DROP TABLE api_key;
      DROP TABLE workspace;
    `);
  }
}
