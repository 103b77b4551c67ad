import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The fact tables an import writes, each staged in `<table>_stage` until the import commits (README, Imports). */
const FACT_TABLES = [
  'paid_daily_metric',
  'paid_period_metric',
  'paid_audience_metric',
  'organic_daily_metric',
  'organic_post',
];

/**
 * An import's rows wait in staging tables until its last row is read, then join the facts in one transaction, so a
 * dashboard never shows part of a file. Each stage has its fact table's columns (a migration that changes a fact
 * table changes its stage too: a test compares them) and `stage_row`, the row's place in the file (the later of two
 * rows with one key wins). UNLOGGED: a database crash empties them, and the import's retry stages the file again.
 * `import.changes`: what the import changed in the facts, once it has finished.
 */
export class ImportStaging1764432000000 implements MigrationInterface {
  name = 'ImportStaging1764432000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of FACT_TABLES)
      await queryRunner.query(`
        CREATE UNLOGGED TABLE ${table}_stage (LIKE ${table} INCLUDING DEFAULTS);
        ALTER TABLE ${table}_stage ADD COLUMN stage_row bigint GENERATED ALWAYS AS IDENTITY;
        CREATE INDEX ${table}_stage_import_idx ON ${table}_stage (import_id);
      `);
    await queryRunner.query('ALTER TABLE import ADD COLUMN changes jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE import DROP COLUMN changes');
    for (const table of FACT_TABLES) await queryRunner.query(`DROP TABLE ${table}_stage`);
  }
}
