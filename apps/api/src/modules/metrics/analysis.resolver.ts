import { Args, Float, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Platform } from '@tandem/formats/canonical.js';
import { Auth, RequireRole, type AuthContext } from '../../core/auth/auth.decorators.js';
import { WorkspaceObject, workspaceObject } from '../workspaces/dto/workspace.object.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import { AnalysisService } from './analysis.service.js';
import { CostComparison, GrowthPoint, OrganicMonthlyCost, OrganicVsPaid } from './dto/analysis.objects.js';
import { DateRangeInput, Granularity, PlatformEnum } from './dto/metrics.objects.js';
import { sliceOf } from './metrics.service.js';

/** The organic-vs-paid comparisons (dashboards: `viewer`) and the monthly organic cost they price organic work with. */
@Resolver()
export class AnalysisResolver {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly workspaces: WorkspacesService,
  ) {}

  @Query(() => OrganicVsPaid, {
    description:
      'Impressions, reach and engagements split organic vs paid: the whole range, per platform and per period (without granularity, one period: the range)',
  })
  organicVsPaid(
    @Auth() auth: AuthContext,
    @Args('range', { type: () => DateRangeInput }) range: DateRangeInput,
    @Args('granularity', { type: () => Granularity, nullable: true }) granularity: Granularity | null,
    @Args('platforms', { type: () => [PlatformEnum], nullable: true }) platforms: Platform[] | null,
  ): Promise<OrganicVsPaid> {
    return this.analysis.organicVsPaid(sliceOf(auth, range, platforms), granularity ?? null);
  }

  @Query(() => [GrowthPoint], {
    description:
      'Per period, the organic audience (followers, follower growth) next to paid conversions and revenue, each also cumulated from the range’s start',
  })
  growth(
    @Auth() auth: AuthContext,
    @Args('range', { type: () => DateRangeInput }) range: DateRangeInput,
    @Args('granularity', { type: () => Granularity }) granularity: Granularity,
    @Args('platforms', { type: () => [PlatformEnum], nullable: true }) platforms: Platform[] | null,
  ): Promise<GrowthPoint[]> {
    return this.analysis.growth(sliceOf(auth, range, platforms), granularity);
  }

  @Query(() => CostComparison, {
    description:
      'Paid spend, CPA, cost per engagement and ROI next to the organic effort: the entered monthly organic cost prorated over the range, per organic engagement and per follower gained',
  })
  costComparison(
    @Auth() auth: AuthContext,
    @Args('range', { type: () => DateRangeInput }) range: DateRangeInput,
    @Args('platforms', { type: () => [PlatformEnum], nullable: true }) platforms: Platform[] | null,
  ): Promise<CostComparison> {
    return this.analysis.costComparison(sliceOf(auth, range, platforms));
  }

  @RequireRole('analyst')
  @Mutation(() => WorkspaceObject, {
    description:
      'Sets what the organic effort cost in one month (YYYY-MM), an amount ≥ 0 in the reporting currency with at most 6 decimals, kept exactly; setting it again restates it',
  })
  async setOrganicCost(
    @Auth() auth: AuthContext,
    @Args('month', { type: () => String }) month: string,
    @Args('amount', { type: () => Float }) amount: number,
  ): Promise<WorkspaceObject> {
    await this.analysis.setOrganicCost(auth.workspaceId, month, amount);
    return workspaceObject(await this.workspaces.get(auth.workspaceId), auth.role);
  }
}

/** `Workspace.organicCosts`: the months whose organic cost the workspace entered. */
@Resolver(() => WorkspaceObject)
export class WorkspaceOrganicCostsResolver {
  constructor(private readonly analysis: AnalysisService) {}

  @ResolveField(() => [OrganicMonthlyCost], {
    description: 'Each month’s organic cost as entered with setOrganicCost, oldest first',
  })
  organicCosts(@Parent() workspace: WorkspaceObject): Promise<OrganicMonthlyCost[]> {
    return this.analysis.organicCostsOf(workspace.id);
  }
}
