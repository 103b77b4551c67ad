import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `bigint_sum(bigint)`: a sum of bigints as a bigint. Postgres's own `sum(bigint)` answers a numeric, and its state
 * (a 128-bit accumulator allocated per group, then a numeric) made 22 sums over the 4,384 account days of a three-year
 * series take 15 ms; this one keeps a plain bigint, 5.5 ms. It is exact like the numeric, and where it would pass
 * bigint's range (9.2 × 10¹⁸: in millionths, 9.2 trillion of a currency) it fails the statement ("bigint out of
 * range") instead of answering a wrong sum. Strict, so nulls are skipped and a group of nulls sums to null, as `sum`.
 */
export class BigintSum1764440000000 implements MigrationInterface {
  name = 'BigintSum1764440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE AGGREGATE bigint_sum(bigint) (SFUNC = int8pl, STYPE = bigint, COMBINEFUNC = int8pl, PARALLEL = SAFE)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP AGGREGATE bigint_sum(bigint)');
  }
}
