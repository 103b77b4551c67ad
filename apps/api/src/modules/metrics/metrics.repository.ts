import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { compileAudienceQuery } from './planner/audience.query.js';
import { compileOrganicQuery, type BucketEnd } from './planner/organic.query.js';
import { compileDoubleCountQuery, compilePaidQuery } from './planner/paid.query.js';
import {
  type CompiledQuery,
  type DayRange,
  type DimensionId,
  type GroupRow,
  type QuerySpec,
} from './planner/query-spec.js';
import { DATE_UNITS, keyAlias, labelAlias } from './planner/sql-parts.js';

export interface PaidAnswer {
  groups: GroupRow[];
  /** Currencies of facts left out of money sums (no exchange rate yet). */
  otherCurrencies: string[];
}

/**
 * The only reader of the fact tables: it runs what the planner compiles (which also chooses the table that answers,
 * facts or rollups, so no caller knows which).
 */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async paid(spec: QuerySpec): Promise<PaidAnswer> {
    const rows = await this.run(compilePaidQuery(spec));
    return { groups: groupsOf(spec.dimensions, rows), otherCurrencies: otherCurrenciesOf(rows) };
  }

  /** Paid groups of audience facts, split by one audience dimension's segments (and entity and date dimensions). */
  async audience(spec: QuerySpec): Promise<PaidAnswer> {
    const rows = await this.run(compileAudienceQuery(spec));
    return { groups: groupsOf(spec.dimensions, rows), otherCurrencies: otherCurrenciesOf(rows) };
  }

  /** What the audience groups add up to: the audience exports' sums over the same facts, in one row. */
  async audienceTotals(spec: QuerySpec): Promise<Record<string, number | null>> {
    const rows = await this.run(compileAudienceQuery(spec, { totals: true }));
    return groupsOf([], rows)[0]?.sums ?? {};
  }

  /**
   * Organic groups: flows, posts published (post exports, else daily counts) and followers at each bucket's end.
   * `onlyAsked`: see compileOrganicQuery.
   */
  async organic(spec: QuerySpec, ends: readonly BucketEnd[], options?: { onlyAsked?: boolean }): Promise<GroupRow[]> {
    const rows = await this.run(compileOrganicQuery(spec, ends, options));
    const groups = groupsOf(spec.dimensions, rows);
    for (const { sums } of groups) setPosts(sums);
    return groups;
  }

  /** Each period (day, ISO week, month) touching the range, with its last day inside the range; else the range. */
  async periods(range: DayRange, dimension: DimensionId | null): Promise<BucketEnd[]> {
    const unit = dimension && DATE_UNITS[dimension];
    if (!unit) return [{ bucket: 'range', lastDay: range.to }];
    const rows: { bucket: string; last_day: string }[] = await this.dataSource.query(
      `SELECT p::date::text AS bucket, least((p + interval '1 ${unit}')::date - 1, $2::date)::text AS last_day
       FROM generate_series(date_trunc('${unit}', $1::date), $2::date, interval '1 ${unit}') AS p`,
      [range.from, range.to],
    );
    return rows.map((row) => ({ bucket: row.bucket, lastDay: row.last_day }));
  }

  /** Whole-period totals counted beside daily rows inside their period: a daily import covered only part of it. */
  async doubleCountWarnings(spec: QuerySpec): Promise<string[]> {
    const rows = (await this.run(compileDoubleCountQuery(spec))) as {
      platform: string;
      account: string;
      period_start: string;
      period_end: string;
    }[];
    return rows.map(
      (row) =>
        `${row.platform} account ${row.account} has both a whole-period total for ${row.period_start}..${row.period_end} ` +
        'and daily rows inside it: the overlap may count twice; upload a daily export covering the whole period',
    );
  }

  private run(query: CompiledQuery): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(query.sql, query.params);
  }
}

/** Currencies of facts left out of money sums, over every row's `other_currencies`. */
function otherCurrenciesOf(rows: Record<string, unknown>[]): string[] {
  const codes = new Set(rows.flatMap((row) => String(row.other_currencies ?? '').split(',')));
  codes.delete('');
  return [...codes].map((code) => code.trim()).sort();
}

/**
 * Result rows as keys, labels and sums. A row is its own sums: every sum column is float8, which pg (and PGlite)
 * reads as a number or null, and its other columns (keys, labels, currencies) are never read as a catalogue sum; a
 * copy per row of a three-year series by day was a megabyte of garbage an answer.
 */
function groupsOf(dimensions: readonly DimensionId[], rows: Record<string, unknown>[]): GroupRow[] {
  const aliases = dimensions.map((dimension) => [dimension, keyAlias(dimension), labelAlias(dimension)] as const);
  return rows.map((row) => {
    const keys: Record<string, string> = {};
    const labels: Record<string, string> = {};
    for (const [dimension, key, label] of aliases) {
      keys[dimension] = String(row[key] ?? '');
      labels[dimension] = String(row[label] ?? '');
    }
    return { keys, labels, sums: row as Record<string, number | null> };
  });
}

/**
 * Posts published: post-level exports by publish day, plus the daily "posts" column on the days no post export
 * covers; not reported when neither speaks for the group (0 published, from a covering export, is a count). Set on
 * the row's sums in place.
 */
function setPosts(sums: Record<string, unknown>): void {
  const daily = (sums.daily_posts ?? null) as number | null;
  const published = (sums.published ?? null) as number | null;
  const reported = daily !== null || published !== null || sums.post_export_covered === true;
  sums.posts = reported ? (daily ?? 0) + (published ?? 0) : null;
}
