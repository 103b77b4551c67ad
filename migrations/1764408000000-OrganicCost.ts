import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a workspace's organic effort costs each month (team time, tools, agency fees), as it enters it in its
 * reporting currency: one row per calendar month, keyed by the month's first day, the amount exact (`numeric`). A
 * month without a row has no entered cost, which is not a cost of 0.
 */
export class OrganicCost1764408000000 implements MigrationInterface {
  name = 'OrganicCost1764408000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organic_cost (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        amount numeric(20, 6) NOT NULL CHECK (amount >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, month)
      )
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE organic_cost');
  }
}
