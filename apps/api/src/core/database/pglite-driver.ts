import { EventEmitter } from 'node:events';
import { PGlite, types } from '@electric-sql/pglite';

/**
 * A `pg`-shaped driver over one embedded PGlite database, for TypeORM's postgres dialect.
 *
 * PGlite has a single connection. typeorm-pglite hands that one connection to every caller at once, so a
 * request's INSERT could land inside an import's open transaction and vanish with its ROLLBACK. Here each
 * `connect()` waits for the previous holder's `release()`: a pool of exactly one, as Postgres semantics need.
 */
interface QueryResultLike {
  rows: unknown[];
  rowCount: number;
  command: string | undefined;
}

type QueryCallback = (error: Error | null, result: QueryResultLike | null) => void;
type ConnectCallback = (error: Error | null, client: PGliteClient | null, release: () => void) => void;

/** The connection PGlite's pool hands out: code needing `pg`'s own client (a COPY stream) tells the two apart by it. */
export class PGliteClient extends EventEmitter {
  constructor(private readonly database: PGlite) {
    super();
  }

  /** Promise style (TypeORM's query runner) or callback style (TypeORM's driver internals). */
  query(
    sql: string,
    parametersOrCallback?: unknown[] | QueryCallback,
    callback?: QueryCallback,
  ): Promise<QueryResultLike> {
    const parameters = typeof parametersOrCallback === 'function' ? undefined : parametersOrCallback;
    const done = typeof parametersOrCallback === 'function' ? parametersOrCallback : callback;
    const result = this.run(sql, parameters);
    if (done)
      result.then(
        (value) => done(null, value),
        (error: Error) => done(error, null),
      );
    return result;
  }

  /**
   * Runs `COPY … FROM '/dev/blob'` over the data: PGlite's COPY reads a Blob attached to the query, where `pg`'s
   * reads a stream (`FROM STDIN`).
   */
  async copyFrom(sql: string, data: Uint8Array): Promise<void> {
    await this.database.query(sql, [], { blob: new Blob([data]) });
  }

  private async run(sql: string, parameters: unknown[] | undefined): Promise<QueryResultLike> {
    if (parameters && parameters.length > 0) {
      const result = await this.database.query(sql, parameters);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length, command: commandOf(sql) };
    }
    const results = await this.database.exec(sql);
    const last = results[results.length - 1];
    return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? 0, command: commandOf(sql) };
  }
}

function commandOf(sql: string): string | undefined {
  return /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
}

export function createPGliteDriver(dataDir: string) {
  let opened: Promise<PGlite> | undefined;
  let queue: Promise<void> = Promise.resolve();
  const open = () =>
    (opened ??= PGlite.create({
      dataDir,
      parsers: { [types.DATE]: (value: string) => value, [types.INT8]: (value: string) => Number(value) },
    }));

  class SerializedPool extends EventEmitter {
    connect(callback: ConnectCallback): void {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const turn = queue;
      queue = turn.then(() => released);
      turn
        .then(open)
        .then((database) => callback(null, new PGliteClient(database), release))
        .catch((error: Error) => {
          release();
          callback(error, null, () => undefined);
        });
    }

    end(callback?: (error: Error | null) => void): void {
      const closing = opened ? opened.then((database) => database.close()) : Promise.resolve();
      opened = undefined;
      closing.then(
        () => callback?.(null),
        (error: Error) => callback?.(error),
      );
    }
  }

  return { Pool: SerializedPool };
}
