import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Auth, type AuthContext, RequireRole } from '../../core/auth/auth.decorators.js';
import { ImportErrorObject, ImportObject } from './dto/import.object.js';
import type { ImportRun } from './import.entity.js';
import { ImportsService } from './imports.service.js';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;

@Resolver(() => ImportObject)
export class ImportsResolver {
  constructor(private readonly importRuns: ImportsService) {}

  @Query(() => ImportObject, { name: 'import', nullable: true })
  @RequireRole('analyst')
  async importRun(@Auth() auth: AuthContext, @Args('id', { type: () => ID }) id: string): Promise<ImportRun | null> {
    return isUuid(id) ? this.importRuns.find(auth.workspaceId, id) : null;
  }

  @Query(() => [ImportObject], { description: 'Newest first' })
  @RequireRole('analyst')
  imports(
    @Auth() auth: AuthContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE }) first: number | null,
  ): Promise<ImportRun[]> {
    return this.importRuns.list(auth.workspaceId, clampPage(first));
  }

  @ResolveField(() => [ImportErrorObject])
  errors(
    @Parent() run: ImportRun,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE }) first: number | null,
  ): Promise<ImportErrorObject[]> {
    return this.importRuns.errorsOf(run.workspaceId, run.id, clampPage(first));
  }
}

function clampPage(first: number | null): number {
  return Math.min(Math.max(first ?? DEFAULT_PAGE, 0), MAX_PAGE);
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
