import { Args, Float, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ApiKeyRole } from '../../core/auth/api-key-role.js';
import { Auth, type AuthContext, RequireRole } from '../../core/auth/auth.decorators.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKeyObject, apiKeyObject, CreatedApiKey, CreatedWorkspace } from './dto/api-key.object.js';
import { ApiKeyRoleEnum, WorkspaceObject, workspaceObject } from './dto/workspace.object.js';
import { displayName } from './workspace-settings.util.js';
import { WorkspacesService } from './workspaces.service.js';

/** The workspace a key belongs to (any key), and what its owners manage: settings, keys, new workspaces. */
@Resolver(() => WorkspaceObject)
export class WorkspacesResolver {
  constructor(
    private readonly workspaces: WorkspacesService,
    private readonly keys: ApiKeysService,
  ) {}

  @Query(() => WorkspaceObject, { description: "The API key's workspace" })
  async workspace(@Auth() auth: AuthContext): Promise<WorkspaceObject> {
    return workspaceObject(await this.workspaces.get(auth.workspaceId), auth.role);
  }

  @RequireRole('owner')
  @Mutation(() => CreatedWorkspace, {
    description:
      'Creates a workspace (a brand or a client) and answers its first owner key, shown only here. Any OWNER key may; the new workspace shares nothing with the caller’s. Currency defaults to USD, time zone to UTC',
  })
  async createWorkspace(
    @Args('name', { type: () => String }) name: string,
    @Args('currency', { type: () => String, nullable: true }) currency: string | null,
    @Args('timeZone', { type: () => String, nullable: true }) timeZone: string | null,
  ): Promise<CreatedWorkspace> {
    const { workspace, owner } = await this.workspaces.create(name, { currency, timeZone });
    return { workspace: workspaceObject(workspace, 'owner'), ownerKey: owner.secret };
  }

  @RequireRole('owner')
  @Mutation(() => WorkspaceObject, {
    description:
      'Changes the workspace’s reporting currency (ISO 4217), time zone (IANA) and organic monthly cost; an argument left out is kept. organicMonthlyCost is the default cost of every month without its own setOrganicCost entry (an entry wins; null clears the default, and months without an entry are missing again). Needs an OWNER key',
  })
  async updateWorkspace(
    @Auth() auth: AuthContext,
    @Args('currency', { type: () => String, nullable: true }) currency: string | null | undefined,
    @Args('timeZone', { type: () => String, nullable: true }) timeZone: string | null | undefined,
    @Args('organicMonthlyCost', { type: () => Float, nullable: true }) organicMonthlyCost: number | null | undefined,
  ): Promise<WorkspaceObject> {
    const workspace = await this.workspaces.update(auth.workspaceId, { currency, timeZone, organicMonthlyCost });
    return workspaceObject(workspace, auth.role);
  }

  @RequireRole('owner')
  @Query(() => [ApiKeyObject], {
    description: 'The workspace’s keys, revoked ones included, oldest first; never their secrets. Needs an OWNER key',
  })
  async apiKeys(@Auth() auth: AuthContext): Promise<ApiKeyObject[]> {
    return (await this.keys.list(auth.workspaceId)).map(apiKeyObject);
  }

  @RequireRole('owner')
  @Mutation(() => CreatedApiKey, {
    description:
      'Issues a key of the workspace with a role; its secret is answered only here (only a hash is stored). Needs an OWNER key',
  })
  async createApiKey(
    @Auth() auth: AuthContext,
    @Args('name', { type: () => String }) name: string,
    @Args('role', { type: () => ApiKeyRoleEnum }) role: ApiKeyRole,
  ): Promise<CreatedApiKey> {
    const { key, secret } = await this.keys.create(auth.workspaceId, role, displayName(name, 'name'));
    return { key: apiKeyObject(key), secret };
  }

  @RequireRole('owner')
  @Mutation(() => ApiKeyObject, {
    description:
      'Revokes a key of the workspace: it gets 401 from then on (revoking a revoked key changes nothing). The last working OWNER key cannot be revoked. Needs an OWNER key',
  })
  async revokeApiKey(@Auth() auth: AuthContext, @Args('id', { type: () => ID }) id: string): Promise<ApiKeyObject> {
    return apiKeyObject(await this.keys.revoke(auth.workspaceId, id));
  }
}
