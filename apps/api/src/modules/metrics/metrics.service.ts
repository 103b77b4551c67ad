import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Platform } from '@tandem/formats/canonical.js';
import { type OrganicSums, organicMetrics } from '@tandem/metrics/organic-metrics.js';
import { type PaidSums, paidMetrics } from '@tandem/metrics/paid-metrics.js';
import { type PeriodUnit, periodCount } from '@tandem/metrics/periods.js';
import type { DataSource } from 'typeorm';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import {
  type DateRangeInput,
  Granularity,
  OrganicMeasure,
  type Overview,
  type OverviewTotals,
  PaidMeasure,
  type SeriesPoint,
} from './dto/metrics.objects.js';

export interface Slice {
  workspaceId: string;
  range: DateRangeInput;
  platforms: Platform[] | null;
}

interface PeriodRow<Sums, Measure> {
  period: string;
  sums: Sums;
  /** The measures some fact in the period gives a value for (a sum of nothing reads 0, but was not measured). */
  reported: Measure[];
}

const MAX_SERIES_POINTS = 3_700;
const SQL_UNITS: Record<Granularity, PeriodUnit> = {
  [Granularity.DAY]: 'day',
  [Granularity.WEEK]: 'week',
  [Granularity.MONTH]: 'month',
};

/** Each measure's fact column: a period reports the measure when some fact there has a value in that column. */
const PAID_MEASURE_COLUMNS: Record<PaidMeasure, string> = {
  [PaidMeasure.SPEND]: 'spend',
  [PaidMeasure.IMPRESSIONS]: 'impressions',
  [PaidMeasure.CLICKS]: 'clicks',
  [PaidMeasure.CONVERSIONS]: 'conversions',
  [PaidMeasure.REVENUE]: 'revenue',
};
/** Followers come from `followersAt`; posts also from post-level exports (`organicReported`). */
const ORGANIC_DAILY_MEASURE_COLUMNS: Partial<Record<OrganicMeasure, string>> = {
  [OrganicMeasure.FOLLOWER_GROWTH]: 'new_followers',
  [OrganicMeasure.IMPRESSIONS]: 'impressions',
  [OrganicMeasure.ENGAGEMENTS]: 'engagements',
  [OrganicMeasure.POSTS]: 'posts',
};

/** SQL naming the bucket (a period's first day, or the whole range) a day falls in. */
type Bucket = (day: string) => string;

const PAID_FACT_COLUMNS = `currency, spend, revenue, impressions, clicks, conversions,
  CASE WHEN ad_id <> '' THEN 3 WHEN ad_set_id <> '' THEN 2 WHEN campaign_id <> '' THEN 1 ELSE 0 END AS level`;
const EMPTY_PAID: PaidSums = {
  spend: 0,
  revenue: 0,
  impressions: 0,
  clicks: 0,
  conversions: 0,
  pricedImpressions: 0,
  pricedClicks: 0,
  pricedConversions: 0,
};
/** Organic flows; followers, a gauge, are read apart (`followersAt`). */
type OrganicFlows = Omit<OrganicSums, 'followers'>;
const EMPTY_ORGANIC: OrganicFlows = {
  followerGrowth: null,
  impressions: 0,
  engagements: 0,
  engagementsWithImpressions: 0,
  impressionsWithEngagements: 0,
  posts: 0,
};

/**
 * The whole-period facts in force inside the range ($1 workspace, $2..$3 range, $4 platforms). Of two
 * overlapping periods of the same entity (or of one entity and an entity containing it) the later-written one
 * wins: both restate the overlap. `daily_covered`: one daily import of the account spans the whole period, so its
 * daily facts speak for it; the import's window decides, because exports leave out days without delivery.
 */
const PERIOD_FACTS_IN_FORCE = `
  SELECT p.*, EXISTS (
      SELECT 1 FROM import_coverage AS c
      WHERE c.workspace_id = p.workspace_id AND c.account_id = p.account_id AND c.kind = 'paid'
        AND c.first_day <= p.period_start AND c.last_day >= p.period_end
    ) AS daily_covered
  FROM paid_period_metric AS p
  WHERE p.workspace_id = $1 AND p.period_start >= $2 AND p.period_end <= $3
    AND ($4::text[] IS NULL OR p.platform = ANY($4::text[]))
    AND NOT EXISTS (
      SELECT 1 FROM paid_period_metric AS newer
      WHERE newer.workspace_id = p.workspace_id AND newer.platform = p.platform AND newer.account_id = p.account_id
        AND newer.updated_at > p.updated_at
        AND newer.period_start <= p.period_end AND newer.period_end >= p.period_start
        AND (newer.period_start, newer.period_end) <> (p.period_start, p.period_end)
        AND (newer.campaign_id = p.campaign_id OR '' IN (newer.campaign_id, p.campaign_id))
        AND (newer.ad_set_id = p.ad_set_id OR '' IN (newer.ad_set_id, p.ad_set_id))
        AND (newer.ad_id = p.ad_id OR '' IN (newer.ad_id, p.ad_id))
    )`;

/**
 * Reads the fact tables for the dashboard. SQL sums the bases (money as exact numeric, turned into a number
 * only at the end); libs/metrics turns sums into ratios.
 */
@Injectable()
export class MetricsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workspaces: WorkspacesService,
  ) {}

  async overview(slice: Slice, compareTo: DateRangeInput | null): Promise<Overview> {
    const currency = await this.workspaces.reportingCurrency(slice.workspaceId);
    const current = await this.totals(slice, currency);
    const previous = compareTo ? await this.totals({ ...slice, range: compareTo }, currency) : null;
    return {
      organic: current.totals.organic,
      paid: current.totals.paid,
      previous: previous?.totals ?? null,
      warnings: [...new Set([...current.warnings, ...(previous?.warnings ?? [])])],
    };
  }

  async timeSeries(slice: Slice, granularity: Granularity): Promise<SeriesPoint[]> {
    assertRange(slice.range);
    const unit = SQL_UNITS[granularity];
    assertSeriesLength(slice.range, unit);
    const currency = await this.workspaces.reportingCurrency(slice.workspaceId);
    const periods: { period: string; last_day: string }[] = await this.dataSource.query(
      `SELECT p::date::text AS period, least((p + interval '1 ${unit}')::date - 1, $2::date)::text AS last_day
       FROM generate_series(date_trunc('${unit}', $1::date), $2::date, interval '1 ${unit}') AS p`,
      [slice.range.from, slice.range.to],
    );
    const bucket: Bucket = (day) => `date_trunc('${unit}', ${day})::date::text`;
    const paid = new Map((await this.paidSums(slice, currency, bucket)).rows.map((row) => [row.period, row]));
    const organic = new Map((await this.organicSums(slice, bucket)).map((row) => [row.period, row]));
    const followers = await this.followersAt(
      slice,
      periods.map(({ period, last_day }) => ({ period, lastDay: last_day })),
    );
    return periods.map(({ period }) => {
      const followersThen = followers.get(period) ?? null;
      return {
        period,
        paid: paidMetrics(paid.get(period)?.sums ?? EMPTY_PAID),
        organic: organicMetrics({ ...(organic.get(period)?.sums ?? EMPTY_ORGANIC), followers: followersThen }),
        paidReported: paid.get(period)?.reported ?? [],
        organicReported: [
          ...(followersThen === null ? [] : [OrganicMeasure.FOLLOWERS]),
          ...(organic.get(period)?.reported ?? []),
        ],
      };
    });
  }

  private async totals(slice: Slice, currency: string): Promise<{ totals: OverviewTotals; warnings: string[] }> {
    assertRange(slice.range);
    const wholeRange: Bucket = () => `'total'`;
    const paid = await this.paidSums(slice, currency, wholeRange);
    const organic = (await this.organicSums(slice, wholeRange))[0]?.sums ?? EMPTY_ORGANIC;
    const followers = await this.followersAt(slice, [{ period: 'total', lastDay: slice.range.to }]);
    return {
      totals: {
        paid: paidMetrics(paid.rows[0]?.sums ?? EMPTY_PAID),
        organic: organicMetrics({ ...organic, followers: followers.get('total') ?? null }),
      },
      warnings: [...unconvertedWarnings(paid.otherCurrencies, currency), ...(await this.doubleCountWarnings(slice))],
    };
  }

  /**
   * Each (account, day) counts once, at the finest level present: ad, else ad set, else campaign, else account.
   * A whole-period fact (an export without days) in force counts only in a bucket that contains its whole
   * period, and only when no daily import of its account covers that whole period (the daily facts are finer).
   */
  private async paidSums(slice: Slice, currency: string, bucket: Bucket) {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `WITH daily AS (
         SELECT ${bucket('date')} AS period, account_id, date AS period_start, date AS period_end, ${PAID_FACT_COLUMNS}
         FROM paid_daily_metric
         WHERE workspace_id = $1 AND date BETWEEN $2 AND $3 AND ($4::text[] IS NULL OR platform = ANY($4::text[]))
       ), period_facts AS (${PERIOD_FACTS_IN_FORCE}
       ), whole_periods AS (
         SELECT ${bucket('period_start')} AS period, account_id, period_start, period_end, ${PAID_FACT_COLUMNS}
         FROM period_facts
         WHERE NOT daily_covered AND ${bucket('period_start')} = ${bucket('period_end')}
       ), facts AS (
         SELECT *, max(level) OVER (PARTITION BY account_id, period_start, period_end) AS finest_level
         FROM (SELECT * FROM daily UNION ALL SELECT * FROM whole_periods) AS all_facts
       )
       SELECT period,
         coalesce(sum(spend) FILTER (WHERE currency = $5), 0)::float8 AS spend,
         coalesce(sum(revenue) FILTER (WHERE currency = $5), 0)::float8 AS revenue,
         coalesce(sum(impressions), 0)::float8 AS impressions,
         coalesce(sum(clicks), 0)::float8 AS clicks,
         coalesce(sum(conversions), 0)::float8 AS conversions,
         coalesce(sum(impressions) FILTER (WHERE currency = $5), 0)::float8 AS priced_impressions,
         coalesce(sum(clicks) FILTER (WHERE currency = $5), 0)::float8 AS priced_clicks,
         coalesce(sum(conversions) FILTER (WHERE currency = $5), 0)::float8 AS priced_conversions,
         array_to_string(array_agg(DISTINCT currency) FILTER (WHERE currency <> $5), ',') AS other_currencies,
         ${reportedColumns(PAID_MEASURE_COLUMNS, (column) => `count(${column}) > 0`)}
       FROM facts WHERE level = finest_level
       GROUP BY period`,
      [slice.workspaceId, slice.range.from, slice.range.to, slice.platforms, currency],
    );
    const otherCurrencies = new Set(
      rows.flatMap((row) =>
        String(row.other_currencies ?? '')
          .split(',')
          .filter(Boolean),
      ),
    );
    return {
      rows: rows.map((row): PeriodRow<PaidSums, PaidMeasure> => ({
        period: String(row.period),
        reported: reportedOf(row, PAID_MEASURE_COLUMNS),
        sums: {
          spend: Number(row.spend),
          revenue: Number(row.revenue),
          impressions: Number(row.impressions),
          clicks: Number(row.clicks),
          conversions: Number(row.conversions),
          pricedImpressions: Number(row.priced_impressions),
          pricedClicks: Number(row.priced_clicks),
          pricedConversions: Number(row.priced_conversions),
        },
      })),
      otherCurrencies: [...otherCurrencies].map((code) => code.trim()).sort(),
    };
  }

  /**
   * Flows summed per period; followers, a gauge, come from `followersAt`. Posts are the posts published in the
   * period: from post-level exports, and from the daily "posts" column on the days no post-level export of the
   * account covers. The engagement rate compares only facts that report both sides.
   */
  private async organicSums(slice: Slice, bucket: Bucket): Promise<PeriodRow<OrganicFlows, OrganicMeasure>[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `WITH facts AS (
         SELECT ${bucket('date')} AS period, m.*, EXISTS (
             SELECT 1 FROM import_coverage AS c
             WHERE c.workspace_id = m.workspace_id AND c.account_id = m.account_id AND c.kind = 'post'
               AND m.date BETWEEN c.first_day AND c.last_day
           ) AS posts_counted_from_post_export
         FROM organic_daily_metric AS m
         WHERE workspace_id = $1 AND date BETWEEN $2 AND $3 AND ($4::text[] IS NULL OR platform = ANY($4::text[]))
       ), per_account AS (
         SELECT period, account_id,
           sum(new_followers) AS follower_growth,
           sum(impressions) AS impressions,
           sum(engagements) AS engagements,
           sum(engagements) FILTER (WHERE impressions IS NOT NULL) AS engagements_with_impressions,
           sum(impressions) FILTER (WHERE engagements IS NOT NULL) AS impressions_with_engagements,
           sum(posts) FILTER (WHERE NOT posts_counted_from_post_export) AS posts,
           ${reportedColumns(ORGANIC_DAILY_MEASURE_COLUMNS, (column) => `count(${column})`)},
           count(*) FILTER (WHERE posts_counted_from_post_export) AS post_export_days
         FROM facts GROUP BY period, account_id
       ), daily AS (
         SELECT period,
           sum(follower_growth)::float8 AS follower_growth,
           coalesce(sum(impressions), 0)::float8 AS impressions,
           coalesce(sum(engagements), 0)::float8 AS engagements,
           coalesce(sum(engagements_with_impressions), 0)::float8 AS engagements_with_impressions,
           coalesce(sum(impressions_with_engagements), 0)::float8 AS impressions_with_engagements,
           coalesce(sum(posts), 0)::float8 AS posts,
           ${reportedColumns(ORGANIC_DAILY_MEASURE_COLUMNS, (_, alias) => `sum(${alias}) > 0`)},
           sum(post_export_days) > 0 AS post_export_covered
         FROM per_account GROUP BY period
       ), published AS (
         SELECT ${bucket('published_on')} AS period, count(*)::float8 AS posts FROM organic_post
         WHERE workspace_id = $1 AND published_on BETWEEN $2 AND $3 AND ($4::text[] IS NULL OR platform = ANY($4::text[]))
         GROUP BY 1
       )
       SELECT coalesce(daily.period, published.period) AS period, daily.follower_growth,
         coalesce(daily.impressions, 0) AS impressions, coalesce(daily.engagements, 0) AS engagements,
         coalesce(daily.engagements_with_impressions, 0) AS engagements_with_impressions,
         coalesce(daily.impressions_with_engagements, 0) AS impressions_with_engagements,
         coalesce(daily.posts, 0) + coalesce(published.posts, 0) AS posts,
         ${reportedColumns(ORGANIC_DAILY_MEASURE_COLUMNS, (_, alias) => `coalesce(daily.${alias}, false)`)},
         coalesce(daily.post_export_covered, false) OR published.period IS NOT NULL AS posts_published_reported
       FROM daily FULL JOIN published ON published.period = daily.period`,
      [slice.workspaceId, slice.range.from, slice.range.to, slice.platforms],
    );
    return rows.map((row) => ({
      period: String(row.period),
      reported: organicReported(row),
      sums: {
        followerGrowth: nullableNumber(row.follower_growth),
        impressions: Number(row.impressions),
        engagements: Number(row.engagements),
        engagementsWithImpressions: Number(row.engagements_with_impressions),
        impressionsWithEngagements: Number(row.impressions_with_engagements),
        posts: Number(row.posts),
      },
    }));
  }

  /**
   * The audience at each period's last day: every account's last known count up to that day (however long
   * before it was reported), summed over accounts; a period before any count is missing from the map.
   */
  private async followersAt(slice: Slice, ends: { period: string; lastDay: string }[]): Promise<Map<string, number>> {
    const rows: { period: string; followers: number }[] = await this.dataSource.query(
      `SELECT ends.period, sum(last_count.followers)::float8 AS followers
       FROM unnest($4::text[], $5::date[]) AS ends (period, last_day)
       CROSS JOIN (
         SELECT DISTINCT platform, account_id FROM organic_daily_metric
         WHERE workspace_id = $1 AND date <= $2 AND followers IS NOT NULL
           AND ($3::text[] IS NULL OR platform = ANY($3::text[]))
       ) AS accounts
       CROSS JOIN LATERAL (
         SELECT followers FROM organic_daily_metric AS m
         WHERE m.workspace_id = $1 AND m.platform = accounts.platform AND m.account_id = accounts.account_id
           AND m.date <= ends.last_day AND m.followers IS NOT NULL
         ORDER BY m.date DESC LIMIT 1
       ) AS last_count
       GROUP BY ends.period`,
      [
        slice.workspaceId,
        slice.range.to,
        slice.platforms,
        ends.map(({ period }) => period),
        ends.map(({ lastDay }) => lastDay),
      ],
    );
    return new Map(rows.map(({ period, followers }) => [period, followers]));
  }

  /** Whole-period totals counted beside daily rows inside their period: a daily import covered only part of it. */
  private async doubleCountWarnings(slice: Slice): Promise<string[]> {
    const rows: { platform: string; account: string; period_start: string; period_end: string }[] =
      await this.dataSource.query(
        `WITH period_facts AS (${PERIOD_FACTS_IN_FORCE})
         SELECT DISTINCT p.platform, coalesce(a.name, a.external_id) AS account,
           p.period_start::text AS period_start, p.period_end::text AS period_end
         FROM period_facts AS p JOIN account AS a ON a.id = p.account_id
         WHERE NOT p.daily_covered AND EXISTS (SELECT 1 FROM paid_daily_metric AS d
           WHERE d.workspace_id = p.workspace_id AND d.platform = p.platform AND d.account_id = p.account_id
             AND d.date BETWEEN p.period_start AND p.period_end)
         ORDER BY 1, 2, 3, 4`,
        [slice.workspaceId, slice.range.from, slice.range.to, slice.platforms],
      );
    return rows.map(
      (row) =>
        `${row.platform} account ${row.account} has both a whole-period total for ${row.period_start}..${row.period_end} ` +
        'and daily rows inside it: the overlap may count twice; upload a daily export covering the whole period',
    );
  }
}

function nullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function assertRange(range: DateRangeInput): void {
  if (range.from > range.to)
    throw new BadRequestException(`The range starts (${range.from}) after it ends (${range.to})`);
}

function assertSeriesLength(range: DateRangeInput, unit: PeriodUnit): void {
  const points = periodCount(range.from, range.to, unit);
  if (points > MAX_SERIES_POINTS)
    throw new BadRequestException(`That range has ${points} ${unit}s; ask for at most ${MAX_SERIES_POINTS} points`);
}

function unconvertedWarnings(currencies: string[], reportingCurrency: string): string[] {
  return currencies.map(
    (code) =>
      `Spend and revenue in ${code} are left out of money totals: no ${code}→${reportingCurrency} exchange rate is known yet`,
  );
}

const reportedAlias = (measure: string) => `${measure.toLowerCase()}_reported`;

/** One SQL column per measure, `<expression> AS <measure>_reported`; `sql` gets the fact column and that alias. */
function reportedColumns(columns: Partial<Record<string, string>>, sql: (column: string, alias: string) => string) {
  return Object.entries(columns)
    .map(([measure, column]) => `${sql(column!, reportedAlias(measure))} AS ${reportedAlias(measure)}`)
    .join(', ');
}

function reportedOf<Measure extends string>(
  row: Record<string, unknown>,
  columns: Partial<Record<Measure, string>>,
): Measure[] {
  return (Object.keys(columns) as Measure[]).filter((measure) => row[reportedAlias(measure)] === true);
}

/** Posts are measured by the daily column, or by a post-level export covering the days (0 published is a count). */
function organicReported(row: Record<string, unknown>): OrganicMeasure[] {
  const reported = reportedOf(row, ORGANIC_DAILY_MEASURE_COLUMNS);
  if (row.posts_published_reported === true && !reported.includes(OrganicMeasure.POSTS))
    reported.push(OrganicMeasure.POSTS);
  return reported;
}
