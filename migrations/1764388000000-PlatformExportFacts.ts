import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the platforms' own exports carry beyond the templates: more measures on daily facts, whole-period and
 * audience-breakdown paid facts, post snapshots, and dry-run previews of uploads.
 */
export class PlatformExportFacts1764388000000 implements MigrationInterface {
  name = 'PlatformExportFacts1764388000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`

      ALTER TABLE paid_daily_metric
        ADD COLUMN reach bigint,
        ADD COLUMN video_views bigint,
        ADD COLUMN engagements bigint,
        ADD COLUMN results numeric(20, 6),
        ADD COLUMN result_type text,
        ADD COLUMN attribution_setting text,
        ADD COLUMN tz_basis text,
        ADD COLUMN id_is_synthetic boolean NOT NULL DEFAULT false;

      CREATE TABLE paid_period_metric (LIKE paid_daily_metric INCLUDING DEFAULTS);
      ALTER TABLE paid_period_metric DROP COLUMN date;
      ALTER TABLE paid_period_metric
        ADD COLUMN period_start date NOT NULL,
        ADD COLUMN period_end date NOT NULL,
        ADD CHECK (period_start <= period_end),
        ADD FOREIGN KEY (workspace_id) REFERENCES workspace(id) ON DELETE CASCADE,
        ADD FOREIGN KEY (account_id) REFERENCES account(id) ON DELETE CASCADE,
        ADD PRIMARY KEY (workspace_id, platform, account_id, campaign_id, ad_set_id, ad_id, period_start, period_end);
      CREATE INDEX paid_period_metric_workspace_period_idx ON paid_period_metric (workspace_id, period_start, period_end);

      CREATE TABLE paid_audience_metric (LIKE paid_period_metric INCLUDING DEFAULTS);
      ALTER TABLE paid_audience_metric
        ADD COLUMN dimension text NOT NULL,
        ADD COLUMN segment text NOT NULL,
        ADD CHECK (period_start <= period_end),
        ADD FOREIGN KEY (workspace_id) REFERENCES workspace(id) ON DELETE CASCADE,
        ADD FOREIGN KEY (account_id) REFERENCES account(id) ON DELETE CASCADE,
        ADD PRIMARY KEY (workspace_id, platform, account_id, campaign_id, ad_set_id, ad_id, period_start, period_end, dimension, segment);
      CREATE INDEX paid_audience_metric_workspace_period_idx ON paid_audience_metric (workspace_id, period_start, dimension);

      ALTER TABLE organic_daily_metric
        ADD COLUMN followers_gained bigint,
        ADD COLUMN likes bigint,
        ADD COLUMN comments bigint,
        ADD COLUMN shares bigint,
        ADD COLUMN saves bigint,
        ADD COLUMN video_views bigint,
        ADD COLUMN profile_views bigint,
        ADD COLUMN link_clicks bigint,
        ADD COLUMN tz_basis text;

      CREATE TABLE organic_post (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        platform text NOT NULL,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        post_id text NOT NULL,
        published_at timestamp,
        published_on date,
        as_of date NOT NULL,
        type text,
        text text,
        permalink text,
        hashtags text[] NOT NULL DEFAULT '{}',
        impressions bigint,
        reach bigint,
        engagements bigint,
        likes bigint,
        comments bigint,
        shares bigint,
        saves bigint,
        video_views bigint,
        clicks bigint,
        import_id uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, platform, account_id, post_id)
      );
      CREATE INDEX organic_post_workspace_published_idx ON organic_post (workspace_id, published_on);

      CREATE TABLE import_preview (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        file_name text NOT NULL,
        stored_path text NOT NULL,
        size_bytes bigint NOT NULL,
        hints jsonb NOT NULL DEFAULT '{}',
        result jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        committed_import_id uuid REFERENCES import(id) ON DELETE SET NULL
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE import_preview;
      DROP TABLE organic_post;
      ALTER TABLE organic_daily_metric
        DROP COLUMN followers_gained, DROP COLUMN likes, DROP COLUMN comments, DROP COLUMN shares, DROP COLUMN saves,
        DROP COLUMN video_views, DROP COLUMN profile_views, DROP COLUMN link_clicks, DROP COLUMN tz_basis;
      DROP TABLE paid_audience_metric;
      DROP TABLE paid_period_metric;
      ALTER TABLE paid_daily_metric
        DROP COLUMN reach, DROP COLUMN video_views, DROP COLUMN engagements, DROP COLUMN results, DROP COLUMN result_type,
        DROP COLUMN attribution_setting, DROP COLUMN tz_basis, DROP COLUMN id_is_synthetic;
    `);
  }
}
