import { objectiveOf } from '@tandem/metrics/objectives.js';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The paid fact tables, each with the platform's raw `objective`. */
export const OBJECTIVE_TABLES = ['paid_daily_metric', 'paid_period_metric', 'paid_audience_metric'] as const;

/** What the back-fill needs of a connection: a QueryRunner, a DataSource or an EntityManager will do. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Sets every stored paid fact's `objective_kind` to what libs/metrics/src/objectives.ts maps its platform and raw
 * `objective` to, so the mapping lives in one place: the distinct raw words are read, mapped in TypeScript, and
 * written back with one join per table (three array parameters, whatever their number). A fact without an objective
 * keeps none. Re-runnable: a later migration may call it again after the mapping grows.
 */
export async function backfillObjectiveKinds(connection: Queryable): Promise<void> {
  const words = (await connection.query(
    OBJECTIVE_TABLES.map(
      (table) => `SELECT DISTINCT platform, objective FROM ${table} WHERE objective IS NOT NULL`,
    ).join(' UNION '),
  )) as { platform: string; objective: string }[];
  if (words.length === 0) return;
  const kinds = words.map(({ platform, objective }) => objectiveOf(platform, objective));
  // The campaign rollups (1764416000000-PaidRollups.ts, 1764444000000-CampaignMonthlyRollup.ts) keep the same words
  // beside their sums, once they exist.
  const rollups = (
    (await connection.query(`SELECT name FROM unnest($1::text[]) AS name WHERE to_regclass(name) IS NOT NULL`, [
      ['paid_campaign_daily_rollup', 'paid_campaign_monthly_rollup'],
    ])) as { name: string }[]
  ).map(({ name }) => name);
  for (const table of [...OBJECTIVE_TABLES, ...rollups])
    await connection.query(
      `UPDATE ${table} AS fact SET objective_kind = mapped.kind
         FROM unnest($1::text[], $2::text[], $3::text[]) AS mapped(platform, objective, kind)
        WHERE fact.platform = mapped.platform AND fact.objective = mapped.objective
          AND fact.objective_kind IS DISTINCT FROM mapped.kind`,
      [words.map((word) => word.platform), words.map((word) => word.objective), kinds],
    );
}

/**
 * A paid fact's objective in one vocabulary across platforms (`SALES`, `AWARENESS`…, `OTHER` for a word not
 * known), beside the raw `objective` it is mapped from; null when the file names no objective.
 */
export class ObjectiveKind1764404000000 implements MigrationInterface {
  name = 'ObjectiveKind1764404000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of OBJECTIVE_TABLES)
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN objective_kind text`);
    await backfillObjectiveKinds(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of OBJECTIVE_TABLES) await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN objective_kind`);
  }
}
