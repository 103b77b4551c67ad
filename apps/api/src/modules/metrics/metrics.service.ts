import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Platform } from '@tandem/formats/canonical.js';
import { type OrganicSums, organicMetrics } from '@tandem/metrics/organic-metrics.js';
import { type PaidSums, paidMetrics } from '@tandem/metrics/paid-metrics.js';
import type { DataSource } from 'typeorm';
import type { DateRangeInput, Granularity, Overview, OverviewTotals, SeriesPoint } from './dto/metrics.objects.js';

export interface Slice {
  workspaceId: string;
  range: DateRangeInput;
  platforms: Platform[] | null;
}

interface PeriodRow<Sums> {
  period: string;
  sums: Sums;
}

const MAX_SERIES_POINTS = 3_700;

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
const EMPTY_ORGANIC: OrganicSums = {
  followers: null,
  followerGrowth: null,
  impressions: 0,
  engagements: 0,
  engagementsWithImpressions: 0,
  posts: 0,
};

/**
 * Reads the fact tables for the dashboard. SQL sums the bases (money as exact numeric, turned into a number
 * only at the end); libs/metrics turns sums into ratios.
 */
@Injectable()
export class MetricsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async overview(slice: Slice, compareTo: DateRangeInput | null): Promise<Overview> {
    const currency = await this.reportingCurrency(slice.workspaceId);
    const current = await this.totals(slice, currency);
    const previous = compareTo ? await this.totals({ ...slice, range: compareTo }, currency) : null;
    return {
      organic: current.totals.organic,
      paid: current.totals.paid,
      previous: previous?.totals ?? null,
      warnings: unconvertedWarnings(current.otherCurrencies, currency),
    };
  }

  async timeSeries(slice: Slice, granularity: Granularity): Promise<SeriesPoint[]> {
    assertRange(slice.range);
    const currency = await this.reportingCurrency(slice.workspaceId);
    const unit = granularity.toLowerCase();
    const periods: { period: string }[] = await this.dataSource.query(
      `SELECT p::date::text AS period FROM generate_series(date_trunc('${unit}', $1::date), $2::date, interval '1 ${unit}') AS p`,
      [slice.range.from, slice.range.to],
    );
    if (periods.length > MAX_SERIES_POINTS) {
      throw new BadRequestException(
        `That range has ${periods.length} ${unit}s; ask for at most ${MAX_SERIES_POINTS} points`,
      );
    }
    const bucket: Bucket = (day) => `date_trunc('${unit}', ${day})::date::text`;
    const paid = byPeriod((await this.paidSums(slice, currency, bucket)).rows);
    const organic = byPeriod(await this.organicSums(slice, bucket));
    return periods.map(({ period }) => ({
      period,
      paid: paidMetrics(paid.get(period) ?? EMPTY_PAID),
      organic: organicMetrics(organic.get(period) ?? EMPTY_ORGANIC),
    }));
  }

  private async totals(slice: Slice, currency: string): Promise<{ totals: OverviewTotals; otherCurrencies: string[] }> {
    assertRange(slice.range);
    const wholeRange: Bucket = () => `'total'`;
    const paid = await this.paidSums(slice, currency, wholeRange);
    const organic = await this.organicSums(slice, wholeRange);
    return {
      totals: {
        paid: paidMetrics(paid.rows[0]?.sums ?? EMPTY_PAID),
        organic: organicMetrics(organic[0]?.sums ?? EMPTY_ORGANIC),
      },
      otherCurrencies: paid.otherCurrencies,
    };
  }

  /**
   * Each (account, day) counts once, at the finest level present: ad, else ad set, else campaign, else account.
   * A whole-period fact (an export without days) counts only in a bucket that contains its whole period, and
   * only for an account with no daily facts inside that period (the daily ones are finer).
   */
  private async paidSums(slice: Slice, currency: string, bucket: Bucket) {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `WITH daily AS (
         SELECT ${bucket('date')} AS period, account_id, date AS period_start, date AS period_end, ${PAID_FACT_COLUMNS}
         FROM paid_daily_metric
         WHERE workspace_id = $1 AND date BETWEEN $2 AND $3 AND ($4::text[] IS NULL OR platform = ANY($4::text[]))
       ), whole_periods AS (
         SELECT ${bucket('period_start')} AS period, account_id, period_start, period_end, ${PAID_FACT_COLUMNS}
         FROM paid_period_metric AS p
         WHERE workspace_id = $1 AND period_start >= $2 AND period_end <= $3
           AND ($4::text[] IS NULL OR platform = ANY($4::text[]))
           AND ${bucket('period_start')} = ${bucket('period_end')}
           AND NOT EXISTS (SELECT 1 FROM paid_daily_metric AS d WHERE d.workspace_id = p.workspace_id
             AND d.account_id = p.account_id AND d.date BETWEEN p.period_start AND p.period_end)
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
         array_to_string(array_agg(DISTINCT currency) FILTER (WHERE currency <> $5), ',') AS other_currencies
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
      rows: rows.map((row): PeriodRow<PaidSums> => ({
        period: String(row.period),
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
   * Followers are a gauge: each account's last known count in the period, summed over accounts. Posts are the
   * posts published in the period: counted from post-level exports for accounts that have them, else from the
   * daily "posts" column.
   */
  private async organicSums(slice: Slice, bucket: Bucket): Promise<PeriodRow<OrganicSums>[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `WITH facts AS (
         SELECT ${bucket('date')} AS period, * FROM organic_daily_metric
         WHERE workspace_id = $1 AND date BETWEEN $2 AND $3 AND ($4::text[] IS NULL OR platform = ANY($4::text[]))
       ), post_accounts AS (
         SELECT DISTINCT account_id FROM organic_post WHERE workspace_id = $1
       ), per_account AS (
         SELECT period, account_id,
           (array_agg(followers ORDER BY date DESC) FILTER (WHERE followers IS NOT NULL))[1] AS followers,
           sum(new_followers) AS follower_growth,
           sum(impressions) AS impressions,
           sum(engagements) AS engagements,
           sum(engagements) FILTER (WHERE impressions IS NOT NULL) AS engagements_with_impressions,
           sum(posts) FILTER (WHERE account_id NOT IN (SELECT account_id FROM post_accounts)) AS posts
         FROM facts GROUP BY period, account_id
       ), daily AS (
         SELECT period,
           sum(followers)::float8 AS followers,
           sum(follower_growth)::float8 AS follower_growth,
           coalesce(sum(impressions), 0)::float8 AS impressions,
           coalesce(sum(engagements), 0)::float8 AS engagements,
           coalesce(sum(engagements_with_impressions), 0)::float8 AS engagements_with_impressions,
           coalesce(sum(posts), 0)::float8 AS posts
         FROM per_account GROUP BY period
       ), published AS (
         SELECT ${bucket('published_on')} AS period, count(*)::float8 AS posts FROM organic_post
         WHERE workspace_id = $1 AND published_on BETWEEN $2 AND $3 AND ($4::text[] IS NULL OR platform = ANY($4::text[]))
         GROUP BY 1
       )
       SELECT coalesce(daily.period, published.period) AS period, daily.followers, daily.follower_growth,
         coalesce(daily.impressions, 0) AS impressions, coalesce(daily.engagements, 0) AS engagements,
         coalesce(daily.engagements_with_impressions, 0) AS engagements_with_impressions,
         coalesce(daily.posts, 0) + coalesce(published.posts, 0) AS posts
       FROM daily FULL JOIN published ON published.period = daily.period`,
      [slice.workspaceId, slice.range.from, slice.range.to, slice.platforms],
    );
    return rows.map((row) => ({
      period: String(row.period),
      sums: {
        followers: nullableNumber(row.followers),
        followerGrowth: nullableNumber(row.follower_growth),
        impressions: Number(row.impressions),
        engagements: Number(row.engagements),
        engagementsWithImpressions: Number(row.engagements_with_impressions),
        posts: Number(row.posts),
      },
    }));
  }

  private async reportingCurrency(workspaceId: string): Promise<string> {
    const rows: { currency: string }[] = await this.dataSource.query(`SELECT currency FROM workspace WHERE id = $1`, [
      workspaceId,
    ]);
    return (rows[0]?.currency ?? 'USD').trim();
  }
}

function byPeriod<Sums>(rows: PeriodRow<Sums>[]): Map<string, Sums> {
  return new Map(rows.map((row) => [row.period, row.sums]));
}

function nullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function assertRange(range: DateRangeInput): void {
  if (range.from > range.to)
    throw new BadRequestException(`The range starts (${range.from}) after it ends (${range.to})`);
}

function unconvertedWarnings(currencies: string[], reportingCurrency: string): string[] {
  return currencies.map(
    (code) =>
      `Spend and revenue in ${code} are left out of money totals: no ${code}→${reportingCurrency} exchange rate is known yet`,
  );
}
