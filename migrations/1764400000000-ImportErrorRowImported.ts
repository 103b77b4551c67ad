import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An error may now leave out one cell while the row's other figures are imported (a bad impressions count no
 * longer drops the row's spend): the error says which of the two happened.
 */
export class ImportErrorRowImported1764400000000 implements MigrationInterface {
  name = 'ImportErrorRowImported1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_error ADD COLUMN row_imported boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_error DROP COLUMN row_imported`);
  }
}
