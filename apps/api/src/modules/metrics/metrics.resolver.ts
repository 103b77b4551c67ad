import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Platform } from '@tandem/formats/canonical.js';
import { Auth, type AuthContext } from '../../core/auth/auth.decorators.js';
import { DateRangeInput, Granularity, Overview, PlatformEnum, SeriesPoint } from './dto/metrics.objects.js';
import { MetricsService } from './metrics.service.js';

@Resolver()
export class MetricsResolver {
  constructor(private readonly metrics: MetricsService) {}

  @Query(() => Overview, { description: 'Organic and paid totals for a range, optionally against another range' })
  overview(
    @Auth() auth: AuthContext,
    @Args('range', { type: () => DateRangeInput }) range: DateRangeInput,
    @Args('compareTo', { type: () => DateRangeInput, nullable: true }) compareTo: DateRangeInput | null,
    @Args('platforms', { type: () => [PlatformEnum], nullable: true }) platforms: Platform[] | null,
  ): Promise<Overview> {
    return this.metrics.overview(
      { workspaceId: auth.workspaceId, range, platforms: platformFilter(platforms) },
      compareTo ?? null,
    );
  }

  @Query(() => [SeriesPoint], { description: 'One point per day, week or month of the range, empty periods included' })
  timeSeries(
    @Auth() auth: AuthContext,
    @Args('range', { type: () => DateRangeInput }) range: DateRangeInput,
    @Args('granularity', { type: () => Granularity }) granularity: Granularity,
    @Args('platforms', { type: () => [PlatformEnum], nullable: true }) platforms: Platform[] | null,
  ): Promise<SeriesPoint[]> {
    return this.metrics.timeSeries(
      { workspaceId: auth.workspaceId, range, platforms: platformFilter(platforms) },
      granularity,
    );
  }
}

/** An empty or missing list means every platform. */
function platformFilter(platforms: Platform[] | null | undefined): Platform[] | null {
  return platforms && platforms.length > 0 ? platforms : null;
}
