import { BadRequestException } from '@nestjs/common';
import { Args, Info, Int, Query, Resolver } from '@nestjs/graphql';
import { measuresOf, metricEntries, SIDES, type Side } from '@tandem/metrics/catalogue.js';
import { sumsOf } from '@tandem/metrics/summary.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Platform } from '@tandem/formats/canonical.js';
import { Auth, type AuthContext } from '../../core/auth/auth.decorators.js';
import { fieldsSelectedOn } from '../../core/graphql/selected-fields.util.js';
import { DateRangeInput, Granularity, Overview, PlatformEnum, SeriesPoint } from './dto/metrics.objects.js';
import { MetricsService, sliceOf } from './metrics.service.js';
import { BreakdownConnection, BreakdownFilter, BreakdownSort, DimensionEnum } from './dto/breakdown.objects.js';
import { MetricDefinition } from './dto/metric-definition.object.js';
import { SUMMARY_TYPE_NAMES } from './dto/summary.objects.js';
import type { DimensionId, FactFilter, SumsAsked } from './planner/query-spec.js';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;

@Resolver()
export class MetricsResolver {
  constructor(private readonly service: MetricsService) {}

  @Query(() => Overview, { description: 'Organic and paid totals for a range, optionally against another range' })
  overview(
    @Auth() auth: AuthContext,
    @Args('range', { type: () => DateRangeInput }) range: DateRangeInput,
    @Args('compareTo', { type: () => DateRangeInput, nullable: true }) compareTo: DateRangeInput | null,
    @Args('platforms', { type: () => [PlatformEnum], nullable: true }) platforms: Platform[] | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Overview> {
    return this.service.overview(sliceOf(auth, range, platforms, sumsAsked(info)), compareTo ?? null);
  }

  @Query(() => [SeriesPoint], { description: 'One point per day, week or month of the range, empty periods included' })
  timeSeries(
    @Auth() auth: AuthContext,
    @Args('range', { type: () => DateRangeInput }) range: DateRangeInput,
    @Args('granularity', { type: () => Granularity }) granularity: Granularity,
    @Args('platforms', { type: () => [PlatformEnum], nullable: true }) platforms: Platform[] | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SeriesPoint[]> {
    // A point's list of reported measures reads every measure of its side.
    const point = fieldsSelectedOn(info, 'SeriesPoint');
    const reported = (side: Side) => (point.has(`${side}Reported`) ? measuresOf(side).map(({ field }) => field) : []);
    const sums = sumsAsked(info, { organic: reported('organic'), paid: reported('paid') });
    return this.service.timeSeries(sliceOf(auth, range, platforms, sums), granularity);
  }

  @Query(() => BreakdownConnection, {
    description:
      'Organic and paid summaries split by dimensions (campaign, objective, ad, platform, account, day…): rows at any grain add up to `overview` for additive measures',
  })
  breakdown(
    @Auth() auth: AuthContext,
    @Args('range', { type: () => DateRangeInput }) range: DateRangeInput,
    @Args('by', { type: () => [DimensionEnum] }) by: DimensionId[],
    @Args('platforms', { type: () => [PlatformEnum], nullable: true }) platforms: Platform[] | null,
    @Args('filter', { type: () => BreakdownFilter, nullable: true }) filter: BreakdownFilter | null,
    @Args('compareTo', { type: () => DateRangeInput, nullable: true }) compareTo: DateRangeInput | null,
    @Args('sort', { type: () => BreakdownSort, nullable: true }) sort: BreakdownSort | null,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BreakdownConnection> {
    if (first < 0 || first > MAX_PAGE) throw new BadRequestException(`first must be between 0 and ${MAX_PAGE}`);
    return this.service.breakdown(sliceOf(auth, range, platforms, sumsAsked(info)), {
      by,
      filter: factFilter(filter),
      compareTo: compareTo ?? null,
      sort: sort ?? null,
      first,
      after: after ?? null,
    });
  }

  @Query(() => [MetricDefinition], { description: 'The metric catalogue: every measure and ratio Tandem serves' })
  metrics(): MetricDefinition[] {
    return metricEntries().map((entry) => ({ ...entry, platforms: [...entry.platforms] }));
  }
}

/**
 * The sums the summary fields the query selects are computed from, side by side (`also`: fields read beside them),
 * so that the planner sums those alone.
 */
function sumsAsked(info: GraphQLResolveInfo, also: Partial<Record<Side, readonly string[]>> = {}): SumsAsked {
  const fieldsOf = (side: Side) => [...fieldsSelectedOn(info, SUMMARY_TYPE_NAMES[side]), ...(also[side] ?? [])];
  return Object.fromEntries(SIDES.map((side) => [side, sumsOf(side, fieldsOf(side))]));
}

function factFilter(filter: BreakdownFilter | null): FactFilter | null {
  if (!filter) return null;
  const { accounts, campaigns, adSets, ads, objectives } = filter;
  return {
    ...(accounts ? { accounts } : {}),
    ...(campaigns ? { campaigns } : {}),
    ...(adSets ? { adSets } : {}),
    ...(ads ? { ads } : {}),
    ...(objectives ? { objectives } : {}),
  };
}
