import { Module } from '@nestjs/common';
import { WorkspacesModule } from './workspaces.module.js';
import { WorkspacesResolver } from './workspaces.resolver.js';

/** Workspaces and their API keys over GraphQL (roles `api` and `all`). */
@Module({ imports: [WorkspacesModule], providers: [WorkspacesResolver] })
export class WorkspacesHttpModule {}
