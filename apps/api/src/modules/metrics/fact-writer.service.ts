import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import { FACT_TABLES, PAID_DAILY, type FactTable, type ResolvedRows } from './fact-tables.js';
import { arrayLiteral, copyData } from './fact-text.util.js';
import { paidRollupDeltas } from './paid-rollup-deltas.js';
import { PGliteClient } from '../../core/database/pglite-driver.js';
import { ROLLUP_LOCK_CLASS } from '../../../../../migrations/1764416000000-PaidRollups.js';

/** What one import changed in the facts (docs/CONTRACT.md "Imports: what changed"); figures are deltas. */
export interface ImportChanges {
  rowsInserted: number;
  rowsRestated: number;
  rowsUnchanged: number;
  daysTouched: number;
  spend: number;
  conversions: number;
  revenue: number;
  impressions: number;
  engagements: number;
}

/** What an import that changed nothing reports; each merge adds its own counts and deltas to a copy of it. */
export const NO_CHANGES: Readonly<ImportChanges> = {
  rowsInserted: 0,
  rowsRestated: 0,
  rowsUnchanged: 0,
  daysTouched: 0,
  spend: 0,
  conversions: 0,
  revenue: 0,
  impressions: 0,
  engagements: 0,
};

/** The measures whose change an import reports, where a fact table has them. */
const CHANGED_MEASURES = ['spend', 'conversions', 'revenue', 'impressions', 'engagements'] as const;

/**
 * Writes facts by their natural key, so a later upload restates a day (or a period, or a post) instead of
 * doubling it. An uploaded file is staged batch by batch by COPY and merged whole at its end (`stage`, then
 * `mergeStaged`), so its facts appear at once. Webhook deliveries are merged batch by batch by the same statement
 * (`writeBatch`), their columns given as arrays through `unnest`: a batch of any size is one statement with a fixed
 * number of parameters.
 */
@Injectable()
export class FactWriter {
  private readonly statements = new WeakMap<object, Statements>();

  /**
   * One batch, in the caller's transaction, merged as a staged import is (`mergeStatement`), its rows given as
   * parameters instead of staged: each kind of fact, then the paid rollups of the account days it wrote.
   */
  async writeBatch(manager: EntityManager, workspaceId: string, importId: string, rows: ResolvedRows): Promise<void> {
    await lockWorkspaceFacts(manager, workspaceId);
    for (const kind of FACT_KINDS) {
      const table = FACT_TABLES[kind] as FactTable<unknown>;
      if (rows[kind].length === 0) continue;
      const parameters = parametersOf(workspaceId, importId, table, rows[kind]);
      const [merged] = (await manager.query(this.statementOf(table, 'write'), parameters)) as MergeRow[];
      await refreshPaidRollups(manager, workspaceId, merged!);
    }
  }

  /**
   * One batch of an import into its staging tables, by COPY through the transaction's own connection: invisible to
   * every query until `mergeStaged`. Must run in a transaction.
   */
  async stage(manager: EntityManager, workspaceId: string, importId: string, rows: ResolvedRows): Promise<void> {
    // The transaction's connection (`connect()` returns the one it holds).
    const connection = (await manager.queryRunner!.connect()) as PoolClient | PGliteClient;
    for (const kind of FACT_KINDS)
      if (rows[kind].length > 0)
        await copyToStage(connection, workspaceId, importId, FACT_TABLES[kind] as FactTable<unknown>, rows[kind]);
  }

  /**
   * Merges everything the import staged into the facts, in the caller's transaction (the import's last), and says
   * what changed: keys inserted, restated (a value changed) and unchanged, the days of the facts inserted or
   * restated, and each measure's change. The paid rollups of the account days whose facts it inserted or restated
   * are kept (a re-upload that changes nothing touches none), and the stage is left empty.
   */
  async mergeStaged(manager: EntityManager, workspaceId: string, importId: string): Promise<ImportChanges> {
    const changes: ImportChanges = { ...NO_CHANGES };
    const days = new Set<string>();
    await lockWorkspaceFacts(manager, workspaceId);
    // Compiling a merge's expressions (JIT) took a second of a 1 M-row import and saved nothing measurable. With
    // 64 MB (not 4) a 1 M-row file's stored facts are hashed in 2 batches (not 32) and its spans summed in memory:
    // its re-upload's merge 11 s instead of 18.
    await manager.query("SET LOCAL jit = off; SET LOCAL work_mem = '64MB'");
    for (const table of await stagedTables(manager, workspaceId, importId)) {
      // The planner's row counts of the stage must be this import's, not what it held when last analysed.
      await manager.query(`ANALYZE ${table.table}_stage`);
      const [merged] = (await manager.query(this.statementOf(table, 'merge'), [workspaceId, importId])) as MergeRow[];
      changes.rowsInserted += merged!.inserted;
      changes.rowsRestated += merged!.restated;
      changes.rowsUnchanged += merged!.staged - merged!.inserted - merged!.restated;
      for (const measure of CHANGED_MEASURES) changes[measure] += Number(merged![measure]);
      for (const day of merged!.days) days.add(day);
      await refreshPaidRollups(manager, workspaceId, merged!);
    }
    changes.daysTouched = days.size;
    await this.clearStage(manager, importId);
    return changes;
  }

  /** Forgets what an attempt of the import staged: a new attempt stages the file again, a failed import nothing. */
  async clearStage(manager: EntityManager, importId: string): Promise<void> {
    for (const table of Object.values(FACT_TABLES))
      await manager.query(`DELETE FROM ${table.table}_stage WHERE import_id = $1`, [importId]);
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

  /** The table's statements, built once: they depend on the table's definition only. */
  private statementOf<Row>(table: FactTable<Row>, kind: keyof Statements): string {
    let statements = this.statements.get(table);
    if (statements === undefined) {
      statements = statementsOf(table);
      this.statements.set(table, statements);
    }
    return statements[kind];
  }
}

/**
 * Writers of one workspace's facts take turns, each until it commits: the lock `refresh_paid_rollups` takes
 * (migrations/1764416000000-PaidRollups.ts), taken before the first fact is written rather than after the last. So
 * no two writers lock the same facts in different orders (no deadlock, whatever order a merge writes in), and a
 * merge's snapshot sees every earlier writer's facts when it decides which of its own are unchanged.
 */
async function lockWorkspaceFacts(manager: EntityManager, workspaceId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2::text))', [ROLLUP_LOCK_CLASS, workspaceId]);
}

interface MergeRow {
  staged: number;
  inserted: number;
  restated: number;
  spend: number;
  conversions: number;
  revenue: number;
  impressions: number;
  engagements: number;
  days: string[];
  /** Daily paid facts: the account days whose rollups are to be rebuilt from the facts (null when none). */
  rebuilt_accounts?: string[] | null;
  rebuilt_days?: string[] | null;
}

const FACT_KINDS = Object.keys(FACT_TABLES) as (keyof ResolvedRows)[];

/** The fact tables whose stage holds rows of the import: most files fill one or two of the five. */
async function stagedTables(
  manager: EntityManager,
  workspaceId: string,
  importId: string,
): Promise<FactTable<unknown>[]> {
  const tables = Object.values(FACT_TABLES) as FactTable<unknown>[];
  const staged = (await manager.query(
    tables
      .map(
        ({ table }) =>
          `SELECT '${table}' AS name WHERE EXISTS (SELECT 1 FROM ${table}_stage WHERE import_id = $2 AND workspace_id = $1)`,
      )
      .join(' UNION ALL '),
    [workspaceId, importId],
  )) as { name: string }[];
  return tables.filter(({ table }) => staged.some(({ name }) => name === table));
}

function parametersOf<Row>(workspaceId: string, importId: string, table: FactTable<Row>, rows: Row[]): string[] {
  return [workspaceId, importId, ...[...table.key, ...table.columns].map((column) => arrayLiteral(rows, column))];
}

/**
 * The rows into the table's stage by COPY, on the connection of the caller's transaction: from a stream on Postgres,
 * from a Blob on PGlite, the same data (fact-text.util.ts) either way.
 */
async function copyToStage<Row>(
  connection: PoolClient | PGliteClient,
  workspaceId: string,
  importId: string,
  table: FactTable<Row>,
  rows: Row[],
): Promise<void> {
  const columns = [...table.key, ...table.columns];
  const names = columns.map((column) => column.name).join(', ');
  const data = copyData(rows, [{ value: () => workspaceId }, { value: () => importId }, ...columns]);
  const copy = `COPY ${table.table}_stage (workspace_id, import_id, ${names}) FROM`;
  if (connection instanceof PGliteClient) await connection.copyFrom(`${copy} '/dev/blob'`, data);
  else await pipeline(Readable.from([data]), connection.query(copyFrom(`${copy} STDIN`)));
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

/**
 * `refresh_paid_rollups` (migrations/1764452000000-RollupRefreshByDay.ts) over the account days a merge of daily paid
 * facts could not add to their rollups (paid-rollup-deltas.ts).
 */
async function refreshPaidRollups(manager: EntityManager, workspaceId: string, merged: MergeRow): Promise<void> {
  if (!merged.rebuilt_accounts?.length) return;
  await manager.query('SELECT refresh_paid_rollups($1, $2::uuid[], $3::date[])', [
    workspaceId,
    merged.rebuilt_accounts,
    merged.rebuilt_days,
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

interface Statements {
  /** The import's staged rows ($2) merged. */
  merge: string;
  /** The same merge of rows given as parameters: one array per column (`parametersOf`). */
  write: string;
}

function statementsOf<Row>(table: FactTable<Row>): Statements {
  const stage = `SELECT * FROM ${table.table}_stage WHERE import_id = $2 AND workspace_id = $1`;
  const columns = [...table.key, ...table.columns];
  const inputs = columns.map((column, index) => {
    const input = `input.c${index}`;
    return `${column.castTo ? `${input}::${column.castTo}` : input} AS ${column.name}`;
  });
  const unnested = columns.map((column, index) => `$${index + 3}::${column.sqlType}[]`).join(', ');
  const aliases = columns.map((_, index) => `c${index}`).join(', ');
  const given = `SELECT $1::uuid AS workspace_id, $2::uuid AS import_id, input.stage_row, ${inputs.join(', ')}
    FROM unnest(${unnested}) WITH ORDINALITY AS input(${aliases}, stage_row)`;
  return { merge: mergeStatement(table, stage), write: mergeStatement(table, given) };
}

function onConflict<Row>(table: FactTable<Row>): string {
  const assignments = table.columns.map(({ name }) => `${name} = ${mergedValue(table, name, 'EXCLUDED', 'fact')}`);
  const applies =
    snapshotApplies(table, 'EXCLUDED', 'fact') ||
    (leavesUnchanged(table) ? changesValues(table, 'EXCLUDED', 'fact') : '');
  return `ON CONFLICT (workspace_id, ${table.key.map((column) => column.name).join(', ')}) DO UPDATE SET
         import_id = EXCLUDED.import_id, updated_at = now(), ${assignments.join(', ')}
       ${applies ? `WHERE ${applies}` : ''}`;
}

/**
 * A column's value once a given fact (`given`) is merged into a stored one (`stored`). Measures: a value the file
 * gives replaces the stored one, an empty one keeps it. Snapshots: replaced whole, when the update applies at all.
 */
function mergedValue<Row>(table: FactTable<Row>, column: string, given: string, stored: string): string {
  return typeof table.merge === 'object' ? `${given}.${column}` : `COALESCE(${given}.${column}, ${stored}.${column})`;
}

/** Whether a snapshot replaces the stored one (the newer `as_of` wins); '' for measures, which always merge. */
function snapshotApplies<Row>(table: FactTable<Row>, given: string, stored: string): string {
  return typeof table.merge === 'object'
    ? `${given}.${table.merge.snapshotBy} >= ${stored}.${table.merge.snapshotBy}`
    : '';
}

/** Whether a fact given again with its stored values is left as it is (FactTable.rewriteUnchanged). */
function leavesUnchanged<Row>(table: FactTable<Row>): boolean {
  return table.merge === 'measures' && !table.rewriteUnchanged;
}

/** A column's value once a given fact is merged into a stored one, whether or not the merge applies. */
function mergedColumn<Row>(table: FactTable<Row>, column: string, given: string, stored: string): string {
  const applies = snapshotApplies(table, given, stored) || 'true';
  return `CASE WHEN ${applies} THEN ${mergedValue(table, column, given, stored)} ELSE ${stored}.${column} END`;
}

/** Whether merging a given fact into a stored one changes any of the stored one's values. */
function changesValues<Row>(table: FactTable<Row>, given: string, stored: string): string {
  const values = table.columns.map((column) => column.name);
  return `ROW(${values.map((name) => mergedColumn(table, name, given, stored)).join(', ')})
    IS DISTINCT FROM ROW(${values.map((name) => `${stored}.${name}`).join(', ')})`;
}

/**
 * The rows of `source` (an import's staged rows, or a batch's given as parameters; workspace $1, import $2) merged
 * into the facts: the later row of a key wins (the newer snapshot first, for snapshots). `compared` reads each key's
 * stored fact once (every part of the statement sees the facts as they were before it) and works out, with the
 * upsert's merge expressions (`onConflict`), whether the merge inserts, restates or leaves it. `written` inserts or
 * restates from it, leaving out the facts stored with the values the file gives (unless its table rewrites them): a
 * re-upload that changes nothing writes nothing, not even a row lock (a 1 M-row re-upload's merge spent 5.6 s locking
 * rows it then left). The comparison is summed in one pass, per account and span of days (a day, or a period), and
 * only the spans are read again: for the totals and the days touched. Daily paid facts are added to their rollups where that gives what a rebuild would, and the account
 * days it does not are named for `refresh_paid_rollups` (paid-rollup-deltas.ts). The workspace's writers take turns
 * (`lockWorkspaceFacts`), so the order facts are written in does not matter.
 */
function mergeStatement<Row>(table: FactTable<Row>, source: string): string {
  const keys = table.key.map((column) => column.name);
  const key = keys.join(', ');
  const values = table.columns.map((column) => column.name);
  const newest = typeof table.merge === 'object' ? `${table.merge.snapshotBy} DESC, ` : '';
  const merged = (name: string) => mergedColumn(table, name, 'i', 'e');
  const measures = CHANGED_MEASURES.filter((measure) => values.includes(measure));
  const select = [
    `i.${table.span.first} AS first_day`,
    `i.${table.span.last} AS last_day`,
    'e.workspace_id IS NULL AS inserted',
    `e.workspace_id IS NOT NULL AND ${changesValues(table, 'i', 'e')} AS restated`,
    ...measures.map((measure) => `coalesce(${merged(measure)}, 0) - coalesce(e.${measure}, 0) AS change_${measure}`),
  ];
  const spanSums = measures.map((measure) => `sum(change_${measure}) AS ${measure}`);
  const changedOnly = leavesUnchanged(table) ? 'WHERE inserted OR restated' : '';
  const totals = CHANGED_MEASURES.map(
    (measure) => `${measures.includes(measure) ? `coalesce(sum(${measure}), 0)` : '0'}::float8 AS ${measure}`,
  );
  const rollups = table === (PAID_DAILY as FactTable<unknown>);
  return `WITH incoming AS (
    SELECT DISTINCT ON (${key}) * FROM (${source}) AS source ORDER BY ${key}, ${newest}stage_row DESC
  ), compared AS MATERIALIZED (
    SELECT i.*, ${select.join(',\n      ')}
    FROM incoming AS i LEFT JOIN ${table.table} AS e
      ON e.workspace_id = $1 AND ${keys.map((name) => `e.${name} = i.${name}`).join(' AND ')}
  ), written AS (
    INSERT INTO ${table.table} AS fact (workspace_id, import_id, ${key}, ${values.join(', ')})
    SELECT workspace_id, import_id, ${key}, ${values.join(', ')} FROM compared
    ${changedOnly}
    ${onConflict(table)}
  ), spans AS (
    SELECT account_id, first_day, last_day, count(*) AS staged, count(*) FILTER (WHERE inserted) AS inserted,
      count(*) FILTER (WHERE restated) AS restated, bool_or(inserted OR restated) AS touched${spanSums.map((sum) => `, ${sum}`).join('')}
    FROM compared GROUP BY account_id, first_day, last_day
  )${rollups ? `, ${paidRollupDeltas('compared')}` : ''}
  SELECT coalesce(sum(staged), 0)::int AS staged, coalesce(sum(inserted), 0)::int AS inserted,
    coalesce(sum(restated), 0)::int AS restated, ${totals.join(', ')},
    ARRAY(
      SELECT DISTINCT day::date::text FROM spans, generate_series(first_day, last_day, interval '1 day') AS day
      WHERE touched AND first_day IS NOT NULL
    ) AS days${
      rollups
        ? `,
    ARRAY(SELECT account_id::text FROM rebuilt_days ORDER BY account_id, date) AS rebuilt_accounts,
    ARRAY(SELECT date::text FROM rebuilt_days ORDER BY account_id, date) AS rebuilt_days`
        : ''
    }
  FROM spans`;
}
