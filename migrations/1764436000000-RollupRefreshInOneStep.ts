import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  accountRollupFromTable,
  INSERT_ACCOUNT_ROLLUP,
  INSERT_CAMPAIGN_ROLLUP,
  refreshFunction,
} from './1764416000000-PaidRollups.js';

/**
 * `refresh_paid_rollups` sums the account rollup from the campaign rows it has just inserted (a data-modifying CTE)
 * instead of reading them back through a join. The join's plan depended on the campaign rollup's statistics: after a
 * workspace's first large import they still said "empty", and the planner chose a nested loop comparing every
 * touched day with every row (53 s of one 1 M-row import, against 7 s once analysed). The answer is the same: the
 * rows of the touched days are exactly those just inserted.
 */
export class RollupRefreshInOneStep1764436000000 implements MigrationInterface {
  name = 'RollupRefreshInOneStep1764436000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      refreshFunction(`WITH f AS (${INSERT_CAMPAIGN_ROLLUP} RETURNING *)
        ${INSERT_ACCOUNT_ROLLUP}
        FROM f
        GROUP BY f.platform, f.account_id, f.date, f.currency, f.level;`),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(refreshFunction(accountRollupFromTable()));
  }
}
