import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Platform } from '@tandem/formats/canonical.js';
import { Auth, type AuthContext } from '../../core/auth/auth.decorators.js';
import { CoverageService } from './coverage.service.js';
import { CoverageRow } from './dto/coverage.objects.js';
import { DateRangeInput, PlatformEnum } from './dto/metrics.objects.js';

@Resolver()
export class CoverageResolver {
  constructor(private readonly service: CoverageService) {}

  @Query(() => [CoverageRow], {
    description:
      'Per platform, account and kind of fact: which days of the range are present, missing or restated by a later import, as runs of days, and the last day with data ("data through")',
  })
  coverage(
    @Auth() auth: AuthContext,
    @Args('range', { type: () => DateRangeInput }) range: DateRangeInput,
    @Args('platforms', { type: () => [PlatformEnum], nullable: true }) platforms: Platform[] | null,
  ): Promise<CoverageRow[]> {
    // An empty or missing list means every platform.
    return this.service.coverage({
      workspaceId: auth.workspaceId,
      range,
      platforms: platforms && platforms.length > 0 ? platforms : null,
    });
  }
}
