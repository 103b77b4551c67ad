import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FactTable } from './fact-tables.js';

/**
 * Writes facts by their natural key, so a later upload restates a day (or a period, or a post) instead of
 * doubling it. Columns travel as arrays through `unnest`: a batch of any size is one statement with a fixed
 * number of parameters.
 */
@Injectable()
export class FactWriter {
  async upsert<Row>(
    manager: EntityManager,
    workspaceId: string,
    importId: string,
    table: FactTable<Row>,
    rows: Row[],
  ): Promise<void> {
    const keyOf = (row: Row) => table.key.map((column) => String(column.value(row))).join('\u0000');
    const unique = lastPerKey(rows, keyOf);
    if (unique.length === 0) return;
    const columns = [...table.key, ...table.columns];
    const names = columns.map((column) => column.name);
    const inputs = columns.map((column, index) => {
      const input = `input.c${index}`;
      return column.convert ? column.convert(input) : input;
    });
    const unnested = columns.map((column, index) => `$${index + 3}::${column.sqlType}[]`).join(', ');
    const aliases = columns.map((_, index) => `c${index}`).join(', ');
    await manager.query(
      `INSERT INTO ${table.table} AS fact (workspace_id, import_id, ${names.join(', ')})
       SELECT $1, $2, ${inputs.join(', ')} FROM unnest(${unnested}) AS input(${aliases})
       ON CONFLICT (workspace_id, ${table.key.map((column) => column.name).join(', ')}) DO UPDATE SET
         import_id = EXCLUDED.import_id, updated_at = now(), ${mergeAssignments(table)}
       ${typeof table.merge === 'object' ? `WHERE EXCLUDED.${table.merge.snapshotBy} >= fact.${table.merge.snapshotBy}` : ''}`,
      [workspaceId, importId, ...columns.map((column) => unique.map((row) => column.value(row)))],
    );
  }
}

/** Metric by metric: a value the file gives replaces the stored one; an empty one keeps what was there. */
function mergeAssignments<Row>(table: FactTable<Row>): string {
  const replaceWhole = typeof table.merge === 'object';
  return table.columns
    .map(({ name }) =>
      replaceWhole ? `${name} = EXCLUDED.${name}` : `${name} = COALESCE(EXCLUDED.${name}, fact.${name})`,
    )
    .join(', ');
}

/**
 * Postgres refuses to update one row twice in a statement: within a batch the file's later line wins. Sorted by
 * key, so that two imports writing the same keys lock them in the same order and cannot deadlock.
 */
function lastPerKey<Row>(rows: Row[], keyOf: (row: Row) => string): Row[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return [...byKey.keys()].sort().map((key) => byKey.get(key) as Row);
}
