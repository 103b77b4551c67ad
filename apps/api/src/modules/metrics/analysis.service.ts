import { BadRequestException, Injectable } from '@nestjs/common';
import { PLATFORMS, type Platform } from '@tandem/formats/canonical.js';
import {
  cumulate,
  organicCostRatios,
  paidShare,
  parseMonth,
  prorateMonthlyCosts,
} from '@tandem/metrics/comparisons.js';
import { summarise, type SideSummary } from '@tandem/metrics/summary.js';
import { assertDateRange } from '../../core/graphql/date-range.validation.js';
import type {
  CostComparison,
  Exposure,
  GrowthPoint,
  OrganicMonthlyCost,
  OrganicVsPaid,
  OrganicVsPaidSplit,
} from './dto/analysis.objects.js';
import type { Granularity } from './dto/metrics.objects.js';
import { MetricsService, type Slice, type SummaryGroup } from './metrics.service.js';
import { OrganicCostRepository } from './organic-cost.repository.js';
import { amountText } from '../workspaces/workspace-settings.util.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';

/**
 * The organic-vs-paid comparisons (docs/CONTRACT.md, Analysis): `organicVsPaid`, `growth` and `costComparison`, all read
 * through MetricsService (groups and timeSeries, so through the one planner), and the monthly organic cost a
 * workspace enters. The arithmetic (shares, running totals, proration) is libs/metrics/src/comparisons.ts; no SQL here.
 */
@Injectable()
export class AnalysisService {
  constructor(
    private readonly metrics: MetricsService,
    private readonly organicCosts: OrganicCostRepository,
    private readonly workspaces: WorkspacesService,
  ) {}

  /** Impressions, reach and engagements, organic against paid: the whole range, each platform, each period. */
  async organicVsPaid(slice: Slice, granularity: Granularity | null): Promise<OrganicVsPaid> {
    assertDateRange(slice.range);
    const [total, platforms] = await Promise.all([
      this.metrics.groups(slice, []),
      this.metrics.groups(slice, ['PLATFORM']),
    ]);
    const byPeriod = granularity
      ? (await this.metrics.timeSeries(slice, granularity)).map((point) => ({
          period: point.period,
          ...split(point.organic, point.paid),
        }))
      : [{ period: slice.range.from, ...splitOf(total.groups[0]) }];
    const platformOf = (group: SummaryGroup) => group.keys.PLATFORM as Platform;
    return {
      total: splitOf(total.groups[0]),
      byPlatform: platforms.groups
        .sort((a, b) => PLATFORMS.indexOf(platformOf(a)) - PLATFORMS.indexOf(platformOf(b)))
        .map((group) => ({ platform: platformOf(group), ...splitOf(group) })),
      byPeriod,
      warnings: total.warnings,
    };
  }

  /** Per period: followers and follower growth next to paid conversions and revenue, each also cumulated. */
  async growth(slice: Slice, granularity: Granularity): Promise<GrowthPoint[]> {
    const points = await this.metrics.timeSeries(slice, granularity);
    const running = (side: 'organic' | 'paid', field: string) =>
      cumulate(points.map((point) => point[side][field] ?? null));
    const followerGrowth = running('organic', 'followerGrowth');
    const conversions = running('paid', 'conversions');
    const revenue = running('paid', 'revenue');
    return points.map((point, index) => ({
      period: point.period,
      followers: point.organic.followers ?? null,
      followerGrowth: point.organic.followerGrowth ?? null,
      cumulativeFollowerGrowth: followerGrowth[index] ?? null,
      conversions: point.paid.conversions ?? null,
      cumulativeConversions: conversions[index] ?? null,
      revenue: point.paid.revenue ?? null,
      cumulativeRevenue: revenue[index] ?? null,
    }));
  }

  /**
   * Paid spend, CPA, cost per engagement and ROI next to the organic effort: the monthly organic cost prorated over
   * the range, per organic engagement and per follower gained over the months that have a cost.
   */
  async costComparison(slice: Slice): Promise<CostComparison> {
    assertDateRange(slice.range);
    const [total, months, costs, workspace] = await Promise.all([
      this.metrics.groups(slice, []),
      this.metrics.groups(slice, ['MONTH']),
      this.organicCosts.touching(slice.workspaceId, slice.range),
      this.workspaces.get(slice.workspaceId),
    ]);
    const whole = total.groups[0];
    const organic = whole?.organic ?? summarise('organic', {});
    const prorated = prorateMonthlyCosts(slice.range, costs, workspace.organicMonthlyCost);
    const byMonth = new Map(
      months.groups.map((group) => [
        (group.keys.MONTH ?? '').slice(0, 7),
        {
          engagements: group.organic?.engagements ?? null,
          followerGrowth: group.organic?.followerGrowth ?? null,
        },
      ]),
    );
    const warnings = [...total.warnings];
    if (slice.platforms && prorated.cost !== null)
      warnings.push(
        'The organic cost is entered for the whole workspace, not per platform: with a platform filter it is set against the chosen platforms’ results only',
      );
    return {
      paid: whole?.paid ?? summarise('paid', {}),
      organic: {
        cost: numberOf(prorated.cost),
        missingMonths: prorated.missingMonths,
        months: prorated.months.map((month) => ({
          ...month,
          amount: numberOf(month.amount),
          cost: numberOf(month.cost),
        })),
        engagements: organic.engagements ?? null,
        followerGrowth: organic.followerGrowth ?? null,
        ...organicCostRatios(prorated, byMonth),
      },
      warnings,
    };
  }

  /** Sets one month's organic cost: `YYYY-MM`, an amount ≥ 0 in the reporting currency, kept exactly. */
  async setOrganicCost(workspaceId: string, month: string, amount: number): Promise<void> {
    if (!parseMonth(month)) throw new BadRequestException(`month must be a month written YYYY-MM, got "${month}"`);
    await this.organicCosts.set(workspaceId, month, amountText(amount));
  }

  /** Every month's entered organic cost, oldest first. */
  async organicCostsOf(workspaceId: string): Promise<OrganicMonthlyCost[]> {
    return (await this.organicCosts.all(workspaceId)).map((cost) => ({ ...cost, amount: Number(cost.amount) }));
  }
}

function numberOf(decimal: string | null): number | null {
  return decimal === null ? null : Number(decimal);
}

function exposureOf(summary: SideSummary | null): Exposure {
  return {
    impressions: summary?.impressions ?? null,
    reach: summary?.reach ?? null,
    engagements: summary?.engagements ?? null,
  };
}

function split(organicSummary: SideSummary | null, paidSummary: SideSummary | null): OrganicVsPaidSplit {
  const organic = exposureOf(organicSummary);
  const paid = exposureOf(paidSummary);
  return {
    organic,
    paid,
    paidShare: {
      impressions: paidShare(organic.impressions, paid.impressions),
      engagements: paidShare(organic.engagements, paid.engagements),
    },
  };
}

function splitOf(group: SummaryGroup | undefined): OrganicVsPaidSplit {
  return split(group?.organic ?? null, group?.paid ?? null);
}
