import { Query, Resolver } from '@nestjs/graphql';
import { Auth, type AuthContext } from '../../core/auth/auth.decorators.js';
import { WorkspaceObject } from './dto/workspace.object.js';
import { WorkspacesService } from './workspaces.service.js';

@Resolver(() => WorkspaceObject)
export class WorkspacesResolver {
  constructor(private readonly workspaces: WorkspacesService) {}

  @Query(() => WorkspaceObject, { description: "The API key's workspace" })
  async workspace(@Auth() auth: AuthContext): Promise<WorkspaceObject> {
    const workspace = await this.workspaces.get(auth.workspaceId);
    return {
      id: workspace.id,
      name: workspace.name,
      currency: workspace.currency.trim(),
      timeZone: workspace.timeZone,
      keyRole: auth.role,
    };
  }
}
