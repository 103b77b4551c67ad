import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Auth, type AuthContext, RequireRole } from '../../core/auth/auth.decorators.js';
import { AuditService, encodeAuditCursor } from './audit.service.js';
import { AuditConnection } from './dto/audit.objects.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @RequireRole('owner')
  @Query(() => AuditConnection, {
    description:
      'Every mutation and upload made with the workspace’s keys, newest first (50 a page, at most 100): the next page is after `pageInfo.endCursor`. Needs an OWNER key',
  })
  async auditLog(
    @Auth() auth: AuthContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AuditConnection> {
    const { events, more } = await this.audit.page(auth.workspaceId, first ?? 50, after ?? null);
    const edges = events.map((node) => ({ cursor: encodeAuditCursor(node.id), node }));
    return { edges, pageInfo: { hasNextPage: more, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
