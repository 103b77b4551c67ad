import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDataSource } from './data-source.factory.js';

export interface MovedTable {
  table: string;
  rows: number;
}

/** TypeORM's record of applied migrations: the target writes its own when it is migrated. */
const MIGRATIONS_TABLE = 'migrations';

/**
 * Moves an embedded installation (PGlite in `$DATA_DIR/db`) to an empty Postgres: both schemas are brought up to date
 * by the migrations, then every table is copied in foreign-key order with COPY, in one transaction on the target (all
 * or nothing), and serial sequences are moved past the copied ids. Tandem must be stopped: PGlite has one process.
 * Each table passes through memory whole (PGlite copies out to a blob), which suits the sizes an embedded
 * installation reaches. Uploads in `$DATA_DIR/uploads` are files and stay where they are.
 */
export async function moveToPostgres(dataDir: string, databaseUrl: string): Promise<MovedTable[]> {
  await (await openDataSource({ dataDir, databaseUrl: undefined })).destroy();
  await (await openDataSource({ dataDir, databaseUrl })).destroy();
  const source = await PGlite.create({ dataDir: path.join(dataDir, 'db') });
  const target = new Client({ connectionString: databaseUrl });
  await target.connect();
  try {
    const tables = await tablesInDependencyOrder(source);
    await refuseIfNotEmpty(target, tables);
    await target.query('BEGIN');
    const moved: MovedTable[] = [];
    for (const table of tables) moved.push({ table, rows: await copyTable(source, target, table) });
    await moveSequencesPastCopiedIds(target);
    await target.query('COMMIT');
    return moved;
  } catch (error) {
    await target.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await target.end();
    await source.close();
  }
}

/** Parents before children, so that every foreign key finds its row. */
async function tablesInDependencyOrder(source: PGlite): Promise<string[]> {
  const { rows: tables } = await source.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> $1 ORDER BY tablename`,
    [MIGRATIONS_TABLE],
  );
  const { rows: keys } = await source.query<{ child: string; parent: string }>(
    `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent
     FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid`,
  );
  const ordered: string[] = [];
  const visit = (table: string, path: string[]) => {
    if (ordered.includes(table) || path.includes(table)) return;
    for (const { parent } of keys.filter((key) => key.child === table)) visit(parent, [...path, table]);
    ordered.push(table);
  };
  for (const { name } of tables) visit(name, []);
  return ordered;
}

async function refuseIfNotEmpty(target: Client, tables: string[]): Promise<void> {
  for (const table of tables) {
    const { rowCount } = await target.query(`SELECT 1 FROM ${quote(table)} LIMIT 1`);
    if (rowCount)
      throw new Error(`The target database already holds data (table ${table}): move into an empty database`);
  }
}

async function copyTable(source: PGlite, target: Client, table: string): Promise<number> {
  const { rows } = await source.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  const columns = rows.map(({ name }) => quote(name)).join(', ');
  const [result] = await source.exec(`COPY (SELECT ${columns} FROM ${quote(table)}) TO '/dev/blob'`);
  const copy = target.query(copyFrom(`COPY ${quote(table)} (${columns}) FROM STDIN`));
  const blob = result?.blob;
  await pipeline(blob ? Readable.fromWeb(blob.stream() as never) : Readable.from([]), copy);
  return copy.rowCount;
}

async function moveSequencesPastCopiedIds(target: Client): Promise<void> {
  const { rows } = await target.query<{ table: string; column: string; sequence: string }>(
    `SELECT table_name AS table, column_name AS column,
            pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence
     FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
  );
  for (const { table, column, sequence } of rows)
    await target.query(
      `SELECT setval($1, (SELECT COALESCE(max(${quote(column)}), 0) + 1 FROM ${quote(table)}), false)`,
      [sequence],
    );
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
