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
    return { groups: groupsOf(spec.dimensions, rows, ['other_currencies']), otherCurrencies: otherCurrenciesOf(rows) };
  }

  /** Paid groups of audience facts, split by one audience dimension's segments (and entity and date dimensions). */
  async audience(spec: QuerySpec): Promise<PaidAnswer> {
    const rows = await this.run(compileAudienceQuery(spec));
    return { groups: groupsOf(spec.dimensions, rows, ['other_currencies']), otherCurrencies: otherCurrenciesOf(rows) };
  }

  /** What the audience groups add up to: the audience exports' sums over the same facts, in one row. */
  async audienceTotals(spec: QuerySpec): Promise<Record<string, number | null>> {
    const rows = await this.run(compileAudienceQuery(spec, { totals: true }));
    return groupsOf([], rows, ['other_currencies'])[0]?.sums ?? {};
  }

  /** Organic groups: flows, posts published (post exports, else daily counts) and followers at each bucket's end. */
  async organic(spec: QuerySpec, ends: readonly BucketEnd[]): Promise<GroupRow[]> {
    const rows = await this.run(compileOrganicQuery(spec, ends));
    return groupsOf(spec.dimensions, rows, ['post_export_covered']).map((group, index) => ({
      ...group,
      sums: withPosts(group.sums, rows[index]!.post_export_covered === true),
    }));
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

function nullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/**
 * Result rows as keys, labels and numeric sums (every column that is not a key, a label or `skip`). The columns are
 * sorted out once, from the first row: a three-year series by day is thousands of rows.
 */
function groupsOf(dimensions: readonly DimensionId[], rows: Record<string, unknown>[], skip: string[]): GroupRow[] {
  const [first] = rows;
  if (!first) return [];
  const aliases = dimensions.map((dimension) => [dimension, keyAlias(dimension), labelAlias(dimension)] as const);
  const reserved = new Set([...skip, ...aliases.flatMap(([, key, label]) => [key, label])]);
  const sumColumns = Object.keys(first).filter((column) => !reserved.has(column));
  // Copied with every column in place: added one by one, a row's sums outgrew their object's room several times over.
  const emptySums = Object.fromEntries(sumColumns.map((column) => [column, null])) as Record<string, number | null>;
  return rows.map((row) => {
    const keys: Record<string, string> = {};
    const labels: Record<string, string> = {};
    for (const [dimension, key, label] of aliases) {
      keys[dimension] = String(row[key] ?? '');
      labels[dimension] = String(row[label] ?? '');
    }
    const sums = { ...emptySums };
    for (const column of sumColumns) sums[column] = nullableNumber(row[column]);
    return { keys, labels, sums };
  });
}

/**
 * Posts published: post-level exports by publish day, plus the daily "posts" column on the days no post export
 * covers; not reported when neither speaks for the group (0 published, from a covering export, is a count).
 */
function withPosts(sums: Record<string, number | null>, postExportCovered: boolean): Record<string, number | null> {
  const { daily_posts: daily = null, published = null, ...rest } = sums;
  const reported = daily !== null || published !== null || postExportCovered;
  return { ...rest, posts: reported ? (daily ?? 0) + (published ?? 0) : null };
}
