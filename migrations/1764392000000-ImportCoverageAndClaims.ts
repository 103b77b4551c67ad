import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each import covered (per account and kind of fact, first..last day), so that finer or newer data can
 * supersede coarser data by window rather than by single days; and a claim token per import attempt, so that
 * a stale attempt (a stalled BullMQ job run again elsewhere) cannot write over the live one.
 */
export class ImportCoverageAndClaims1764392000000 implements MigrationInterface {
  name = 'ImportCoverageAndClaims1764392000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE import ADD COLUMN attempt_token uuid;

      CREATE TABLE import_coverage (
        import_id uuid NOT NULL REFERENCES import(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        platform text NOT NULL,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('paid', 'paid-period', 'paid-audience', 'organic', 'post')),
        first_day date NOT NULL,
        last_day date NOT NULL,
        PRIMARY KEY (import_id, account_id, kind)
      );
      CREATE INDEX import_coverage_account_idx ON import_coverage (workspace_id, account_id, kind);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE import_coverage;
      ALTER TABLE import DROP COLUMN attempt_token;
    `);
  }
}
