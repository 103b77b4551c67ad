import { Query, Resolver } from '@nestjs/graphql';
import { Auth, type AuthContext } from '../../core/auth/auth.decorators.js';
import { WorkspaceObject, workspaceObject } from './dto/workspace.object.js';
import { WorkspacesService } from './workspaces.service.js';

@Resolver(() => WorkspaceObject)
export class WorkspacesResolver {
  constructor(private readonly workspaces: WorkspacesService) {}

  @Query(() => WorkspaceObject, { description: "The API key's workspace" })
  async workspace(@Auth() auth: AuthContext): Promise<WorkspaceObject> {
    return workspaceObject(await this.workspaces.get(auth.workspaceId), auth.role);
  }
}
