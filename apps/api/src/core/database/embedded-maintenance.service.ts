import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Autovacuum's work for the embedded database. PGlite runs no autovacuum: without it the planner keeps the row counts
 * of the last ANALYZE (600,000 facts were estimated at 210,000), and rows that restatements replaced are never
 * reclaimed, so the database only grows. Every minute (Postgres's `autovacuum_naptime`), tables past Postgres's
 * own autovacuum thresholds, read from PGlite's settings, are vacuumed or analysed, each in its turn on the one
 * connection: a dashboard waits for one table's ANALYZE at most (a fraction of a second; a VACUUM after a large
 * restatement takes longer, as rarely as Postgres would run one). Services mode leaves this to Postgres.
 */
@Injectable()
export class EmbeddedMaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<string[]> | undefined;
  private readonly logger = new Logger(EmbeddedMaintenanceService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.runOnce().catch((error: Error) => this.logger.warn(`Maintenance: ${error.message}`));
    }, NAPTIME_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Vacuums or analyses each table past its threshold, one at a time; gives what it ran. */
  runOnce(): Promise<string[]> {
    this.running ??= this.maintain().finally(() => (this.running = undefined));
    return this.running;
  }

  private async maintain(): Promise<string[]> {
    const due = (await this.dataSource.query(DUE_TABLES)) as { name: string; vacuum: boolean }[];
    const ran: string[] = [];
    for (const { name, vacuum } of due) {
      const command = vacuum ? `VACUUM (ANALYZE) ${name}` : `ANALYZE ${name}`;
      await this.dataSource.query(command);
      ran.push(command);
    }
    return ran;
  }
}

const NAPTIME_MS = 60_000;

/**
 * Postgres's autovacuum rules (the documentation's "The Autovacuum Daemon"): vacuum when dead rows, or rows inserted
 * since the last vacuum, pass a threshold plus a share of the table; analyse when rows changed since the last ANALYZE
 * do. A table never analysed counts as empty. PGlite's counters reach these views within a second of a commit.
 */
const DUE_TABLES = `
  WITH usage AS (
    SELECT format('%I.%I', s.schemaname, s.relname) AS name, s.n_dead_tup, s.n_ins_since_vacuum, s.n_mod_since_analyze,
      greatest(c.reltuples, 0) AS rows
    FROM pg_stat_user_tables AS s JOIN pg_class AS c ON c.oid = s.relid
  ), due AS (
    SELECT name,
      n_dead_tup > current_setting('autovacuum_vacuum_threshold')::float8
          + current_setting('autovacuum_vacuum_scale_factor')::float8 * rows
        OR n_ins_since_vacuum > current_setting('autovacuum_vacuum_insert_threshold')::float8
          + current_setting('autovacuum_vacuum_insert_scale_factor')::float8 * rows AS vacuum_due,
      n_mod_since_analyze > current_setting('autovacuum_analyze_threshold')::float8
          + current_setting('autovacuum_analyze_scale_factor')::float8 * rows AS analyse_due
    FROM usage
  )
  SELECT name, vacuum_due AS vacuum FROM due WHERE vacuum_due OR analyse_due ORDER BY name`;
