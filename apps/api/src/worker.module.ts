import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from './core/config/config.js';
import { coreModules } from './core/core-modules.js';
import { ImportsModule } from './modules/imports/imports.module.js';
import { WebhooksModule } from './modules/webhooks/webhooks.module.js';
import { WorkspacesModule } from './modules/workspaces/workspaces.module.js';

/**
 * The worker role: the domain modules whose jobs it runs, and none of the HTTP side (GraphQL schema, resolvers,
 * controllers, the dashboard), whose packages alone would hold tens of MB of a worker's memory.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [...coreModules(config), WorkspacesModule, ImportsModule, WebhooksModule] };
  }
}
