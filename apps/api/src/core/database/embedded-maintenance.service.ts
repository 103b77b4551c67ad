import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Autovacuum's work for the embedded database. PGlite runs no autovacuum: without it the planner keeps the row counts
 * of the last ANALYZE (600,000 facts were estimated at 210,000), rows that restatements replaced are never
 * reclaimed, so the database only grows, and nothing freezes old rows before transaction ids wrap around. Every
 * minute (Postgres's `autovacuum_naptime`), tables past Postgres's own autovacuum thresholds, read from PGlite's
 * settings, are vacuumed and/or analysed, each in its turn on the one connection: a dashboard waits for one table's
 * ANALYZE at most (a fraction of a second; a VACUUM after a large import or restatement takes longer, as rarely as
 * Postgres would run one). Services mode leaves this to Postgres.
 */
@Injectable()
export class EmbeddedMaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<string[]> | undefined;
  private stopped = false;
  private readonly logger = new Logger(EmbeddedMaintenanceService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runOnce(), NAPTIME_MS);
    this.timer.unref();
  }

  /** No new run, and the one under way ends after its current table, before the database closes. */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Vacuums or analyses each table past its threshold, one at a time; gives what it ran. */
  runOnce(): Promise<string[]> {
    this.running ??= this.maintain().finally(() => (this.running = undefined));
    return this.running;
  }

  private async maintain(): Promise<string[]> {
    const ran: string[] = [];
    const due = (await this.dataSource.query(DUE_TABLES).catch((error: Error) => {
      this.logger.warn(`Maintenance: ${error.message}`);
      return [];
    })) as { name: string; vacuum: boolean; analyse: boolean }[];
    for (const { name, vacuum, analyse } of due) {
      if (this.stopped) break;
      const command = vacuum ? `VACUUM${analyse ? ' (ANALYZE)' : ''} ${name}` : `ANALYZE ${name}`;
      // One table failing leaves the others to be looked after.
      await this.dataSource.query(command).then(
        () => ran.push(command),
        (error: Error) => this.logger.warn(`Maintenance, ${command}: ${error.message}`),
      );
    }
    return ran;
  }
}

const NAPTIME_MS = 60_000;

/**
 * Postgres 18's autovacuum rules (PGlite 0.5 is Postgres 18; the documentation's "The Autovacuum Daemon"): vacuum when
 * dead rows pass a threshold plus a share of the table (capped by `autovacuum_vacuum_max_threshold`), when rows
 * inserted since the last vacuum do (unless that rule is off, -1), or when the oldest unfrozen transaction id is older
 * than `autovacuum_freeze_max_age`; analyse when rows changed since the last ANALYZE pass theirs. A table never
 * analysed counts as empty. (Postgres also scales the insert threshold by the share of pages not yet frozen: left
 * out, it only vacuums sooner.) PGlite's counters reach these views within a second of a commit.
 */
const DUE_TABLES = `
  WITH usage AS (
    SELECT format('%I.%I', s.schemaname, s.relname) AS name, s.n_dead_tup, s.n_ins_since_vacuum, s.n_mod_since_analyze,
      greatest(c.reltuples, 0) AS rows, age(c.relfrozenxid) AS frozen_age
    FROM pg_stat_user_tables AS s JOIN pg_class AS c ON c.oid = s.relid
  ), due AS (
    SELECT name,
      n_dead_tup > least(
          current_setting('autovacuum_vacuum_threshold')::float8
            + current_setting('autovacuum_vacuum_scale_factor')::float8 * rows,
          current_setting('autovacuum_vacuum_max_threshold')::float8)
        OR (current_setting('autovacuum_vacuum_insert_threshold')::float8 >= 0
          AND n_ins_since_vacuum > current_setting('autovacuum_vacuum_insert_threshold')::float8
            + current_setting('autovacuum_vacuum_insert_scale_factor')::float8 * rows)
        OR frozen_age > current_setting('autovacuum_freeze_max_age')::float8 AS vacuum_due,
      n_mod_since_analyze > current_setting('autovacuum_analyze_threshold')::float8
          + current_setting('autovacuum_analyze_scale_factor')::float8 * rows AS analyse_due
    FROM usage
  )
  SELECT name, vacuum_due AS vacuum, analyse_due AS analyse FROM due WHERE vacuum_due OR analyse_due ORDER BY name`;
