import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PaidDailyRow } from '@tandem/formats/canonical.js';
import {
  ORGANIC_DAILY,
  ORGANIC_POST,
  PAID_AUDIENCE,
  PAID_DAILY,
  PAID_PERIOD,
  type FactColumn,
  type FactTable,
  type FactValue,
  type Resolved,
  type ResolvedRows,
} from './fact-tables.js';

/**
 * Writes facts by their natural key, so a later upload restates a day (or a period, or a post) instead of
 * doubling it. Columns travel as arrays through `unnest`: a batch of any size is one statement with a fixed
 * number of parameters.
 */
@Injectable()
export class FactWriter {
  private readonly statements = new WeakMap<object, string>();

  /**
   * One batch of an import, in the caller's transaction: each kind of fact upserted, then the paid rollups of
   * exactly the account days the batch wrote daily paid facts for, rebuilt from the facts now stored.
   */
  async writeBatch(manager: EntityManager, workspaceId: string, importId: string, rows: ResolvedRows): Promise<void> {
    await this.upsert(manager, workspaceId, importId, PAID_DAILY, rows.paid);
    await this.upsert(manager, workspaceId, importId, PAID_PERIOD, rows['paid-period']);
    await this.upsert(manager, workspaceId, importId, PAID_AUDIENCE, rows['paid-audience']);
    await this.upsert(manager, workspaceId, importId, ORGANIC_DAILY, rows.organic);
    await this.upsert(manager, workspaceId, importId, ORGANIC_POST, rows.post);
    await refreshPaidRollups(manager, workspaceId, rows.paid);
  }

  async upsert<Row>(
    manager: EntityManager,
    workspaceId: string,
    importId: string,
    table: FactTable<Row>,
    rows: Row[],
  ): Promise<void> {
    const unique = lastPerKey(rows, table.key);
    if (unique.length === 0) return;
    const columns = [...table.key, ...table.columns];
    await manager.query(this.statementOf(table), [
      workspaceId,
      importId,
      ...columns.map((column) => arrayLiteral(unique, column)),
    ]);
  }

  /**
   * Deletes one account's daily facts dated inside a window (paid ones at one level) whose keys are not among `kept`:
   * a sender restating a window says that what it did not send for it is gone (docs/FORMATS.md §6). In the caller's
   * transaction; returns how many facts it deleted.
   */
  async deleteAbsent<Row>(
    manager: EntityManager,
    workspaceId: string,
    table: FactTable<Row>,
    window: RestateWindow,
    kept: Row[],
  ): Promise<number> {
    const key = table.key;
    if (!key.some((column) => column.name === 'date')) throw new Error(`${table.table} has no days to restate`);
    const unnested = key.map((column, index) => `$${index + 6}::${column.sqlType}[]`).join(', ');
    const [, deleted] = (await manager.query(
      `DELETE FROM ${table.table} AS fact
       WHERE fact.workspace_id = $1 AND fact.platform = $2 AND fact.account_id = $3 AND fact.date BETWEEN $4 AND $5
         ${window.level ? `AND ${LEVEL_CONDITIONS[window.level]}` : ''}
         AND (${key.map((column) => `fact.${column.name}`).join(', ')}) NOT IN (SELECT * FROM unnest(${unnested}))`,
      [
        workspaceId,
        window.platform,
        window.accountKey,
        window.from,
        window.to,
        ...key.map((column) => arrayLiteral(kept, column)),
      ],
    )) as [unknown, number];
    if (deleted > 0 && (table as FactTable<unknown>) === PAID_DAILY)
      await refreshWindowRollups(manager, workspaceId, window);
    return deleted;
  }

  /** The table's upsert, built once: it depends on the table's definition only. */
  private statementOf<Row>(table: FactTable<Row>): string {
    let statement = this.statements.get(table);
    if (statement === undefined) {
      statement = upsertStatement(table);
      this.statements.set(table, statement);
    }
    return statement;
  }
}

/** The days of one account a sender restates; `level` for paid facts (docs/FORMATS.md §6). */
export interface RestateWindow {
  platform: string;
  accountKey: string;
  from: string;
  to: string;
  level?: 'account' | 'campaign' | 'ad_set' | 'ad';
}

/** The finest id a paid fact carries decides its level, as the planner reads it (planner/paid.query.ts). */
const LEVEL_CONDITIONS: Record<NonNullable<RestateWindow['level']>, string> = {
  account: "fact.campaign_id = '' AND fact.ad_set_id = '' AND fact.ad_id = ''",
  campaign: "fact.campaign_id <> '' AND fact.ad_set_id = '' AND fact.ad_id = ''",
  ad_set: "fact.ad_set_id <> '' AND fact.ad_id = ''",
  ad: "fact.ad_id <> ''",
};

/** `refresh_paid_rollups` (migrations/1764416000000-PaidRollups.ts) over each account day of the rows, once. */
async function refreshPaidRollups(
  manager: EntityManager,
  workspaceId: string,
  rows: readonly Resolved<PaidDailyRow>[],
): Promise<void> {
  const days = new Map<string, Resolved<PaidDailyRow>>();
  for (const row of rows) days.set(`${row.accountKey} ${row.date}`, row);
  if (days.size === 0) return;
  await manager.query('SELECT refresh_paid_rollups($1, $2::uuid[], $3::date[])', [
    workspaceId,
    [...days.values()].map((row) => row.accountKey),
    [...days.values()].map((row) => row.date),
  ]);
}

/** The paid rollups of every day of a restated window of one account. */
async function refreshWindowRollups(manager: EntityManager, workspaceId: string, window: RestateWindow): Promise<void> {
  await manager.query(
    `SELECT refresh_paid_rollups($1, array_agg($2::uuid), array_agg(day::date))
     FROM generate_series($3::date, $4::date, interval '1 day') AS day`,
    [workspaceId, window.accountKey, window.from, window.to],
  );
}

function upsertStatement<Row>(table: FactTable<Row>): string {
  const columns = [...table.key, ...table.columns];
  const names = columns.map((column) => column.name);
  const inputs = columns.map((column, index) => {
    const input = `input.c${index}`;
    return column.convert ? column.convert(input) : input;
  });
  const unnested = columns.map((column, index) => `$${index + 3}::${column.sqlType}[]`).join(', ');
  const aliases = columns.map((_, index) => `c${index}`).join(', ');
  return `INSERT INTO ${table.table} AS fact (workspace_id, import_id, ${names.join(', ')})
       SELECT $1, $2, ${inputs.join(', ')} FROM unnest(${unnested}) AS input(${aliases})
       ON CONFLICT (workspace_id, ${table.key.map((column) => column.name).join(', ')}) DO UPDATE SET
         import_id = EXCLUDED.import_id, updated_at = now(), ${mergeAssignments(table)}
       ${typeof table.merge === 'object' ? `WHERE EXCLUDED.${table.merge.snapshotBy} >= fact.${table.merge.snapshotBy}` : ''}`;
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
function lastPerKey<Row>(rows: readonly Row[], key: readonly FactColumn<Row>[]): Row[] {
  const byKey = new Map<string, Row>();
  for (const row of rows) {
    let text = '';
    for (let index = 0; index < key.length; index++) {
      if (index > 0) text += '\u0000';
      text += String(key[index]!.value(row));
    }
    byKey.set(text, row);
  }
  return [...byKey.keys()].sort().map((text) => byKey.get(text) as Row);
}

const NEEDS_ESCAPE = /["\\]/;
const ESCAPED = /["\\]/g;

/**
 * One column of the batch as a Postgres array literal (`{"a","b\"c",NULL,12}`), the text `pg` and PGlite would
 * send for a JavaScript array, built in one pass: their generic serialisers escape every element with two
 * regular expressions, which for a batch of ~26 columns × 2,000 rows cost more than the rest of the batch's work.
 * Strings are always quoted (an unquoted `NULL` or `a,b` would mean something else); numbers and booleans need not be.
 */
export function arrayLiteral<Row>(rows: readonly Row[], column: Pick<FactColumn<Row>, 'value'>): string {
  let text = '{';
  for (let index = 0; index < rows.length; index++) {
    if (index > 0) text += ',';
    text += arrayElement(column.value(rows[index]!));
  }
  return `${text}}`;
}

function arrayElement(value: FactValue): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return NEEDS_ESCAPE.test(value) ? `"${value.replace(ESCAPED, '\\$&')}"` : `"${value}"`;
  return String(value);
}
