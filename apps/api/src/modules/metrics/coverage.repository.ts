import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Platform } from '@tandem/formats/canonical.js';
import type { DataSource } from 'typeorm';
import { compileCoverageQuery, type CoverageSpec, type FactKind } from './planner/coverage.query.js';

/** Consecutive days, both ends included. */
export interface DayRun {
  from: string;
  to: string;
  days: number;
}

/** Which days of a range one account's facts of one kind cover (see compileCoverageQuery). */
export interface AccountCoverage {
  platform: Platform;
  accountId: string;
  accountName: string;
  kind: FactKind;
  firstDay: string;
  lastDay: string;
  present: DayRun[];
  missing: DayRun[];
  restated: DayRun[];
}

type RunList = 'present' | 'missing' | 'restated';

interface CoverageRunRow {
  platform: Platform;
  account_id: string;
  account_name: string;
  kind: FactKind;
  first_day: string;
  last_day: string;
  list: RunList | null;
  run_from: string | null;
  run_to: string | null;
  days: number | null;
}

/** Reads which days each account's facts cover: runs the statement the planner compiles, one row per run. */
@Injectable()
export class CoverageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Accounts and kinds in the statement's order (platform, account name, kind), each run list by first day. */
  async coverage(spec: CoverageSpec): Promise<AccountCoverage[]> {
    const query = compileCoverageQuery(spec);
    const rows: CoverageRunRow[] = await this.dataSource.query(query.sql, query.params);
    const accounts = new Map<string, AccountCoverage>();
    for (const row of rows) {
      const key = `${row.account_id}\u0000${row.kind}`;
      let account = accounts.get(key);
      if (!account) {
        account = {
          platform: row.platform,
          accountId: row.account_id,
          accountName: row.account_name,
          kind: row.kind,
          firstDay: row.first_day,
          lastDay: row.last_day,
          present: [],
          missing: [],
          restated: [],
        };
        accounts.set(key, account);
      }
      if (row.list && row.run_from && row.run_to)
        account[row.list].push({ from: row.run_from, to: row.run_to, days: Number(row.days) });
    }
    return [...accounts.values()];
  }
}
