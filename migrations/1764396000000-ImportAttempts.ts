import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many attempts have claimed each import, so that a file whose attempts keep dying (the worker crashes or
 * stalls on it) is failed after a few tries instead of being re-queued by every restart and sweep forever.
 */
export class ImportAttempts1764396000000 implements MigrationInterface {
  name = 'ImportAttempts1764396000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import ADD COLUMN attempts integer NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import DROP COLUMN attempts`);
  }
}
