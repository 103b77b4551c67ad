import { BadRequestException } from '@nestjs/common';
import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Auth, type AuthContext, RequireRole } from '../../core/auth/auth.decorators.js';
import { isUuid } from '../../core/database/uuid.util.js';
import { ImportErrorObject, ImportObject } from './dto/import.object.js';
import { decodeImportCursor, encodeImportCursor } from './import-cursor.util.js';
import type { ImportRun } from './import.entity.js';
import { ImportsService } from './imports.service.js';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;

/**
 * The most imports one `imports` page holds. A larger `first` is refused (BAD_USER_INPUT) rather than clamped: the
 * list carries no "more to come" flag, so a clamped page would look like the whole list; the rest is one `after` away.
 */
export const MAX_IMPORTS_PAGE = 100;

@Resolver(() => ImportObject)
export class ImportsResolver {
  constructor(private readonly importRuns: ImportsService) {}

  @Query(() => ImportObject, {
    name: 'import',
    nullable: true,
    description: 'One import of the workspace by id; null when there is none. Needs an ANALYST key or above',
  })
  @RequireRole('analyst')
  async importRun(@Auth() auth: AuthContext, @Args('id', { type: () => ID }) id: string): Promise<ImportRun | null> {
    return isUuid(id) ? this.importRuns.find(auth.workspaceId, id) : null;
  }

  @Query(() => [ImportObject], {
    description: `Newest first, at most ${MAX_IMPORTS_PAGE} a page; the next page is after the last one's \`cursor\``,
  })
  @RequireRole('analyst')
  imports(
    @Auth() auth: AuthContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE }) first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'The `cursor` of the last import of the previous page',
    })
    after: string | null,
  ): Promise<ImportRun[]> {
    const cursor = after ? decodeImportCursor(after) : undefined;
    return this.importRuns.list(auth.workspaceId, importsPageSize(first), cursor);
  }

  @ResolveField(() => String, {
    description: 'Opaque position in the `imports` list: pass it as `after` for the imports that follow this one',
  })
  cursor(@Parent() run: ImportRun): string {
    return encodeImportCursor(run);
  }

  @ResolveField(() => [ImportErrorObject], {
    description:
      'The rejected rows and values, in the order they were found: the first `first` of them (50 by default, at most 200)',
  })
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

function importsPageSize(first: number | null): number {
  const size = first ?? DEFAULT_PAGE;
  if (size < 0 || size > MAX_IMPORTS_PAGE) {
    throw new BadRequestException(
      `"first" must be from 0 to ${MAX_IMPORTS_PAGE}, got ${size}: ask for the imports after the last one's cursor with "after"`,
    );
  }
  return size;
}
