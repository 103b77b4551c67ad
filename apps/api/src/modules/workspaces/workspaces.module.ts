import { Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { ApiKey } from './api-key.entity.js';
import { ApiKeysService } from './api-keys.service.js';
import { Workspace } from './workspace.entity.js';
import { DEFAULT_WORKSPACE_SLUG, WorkspacesService } from './workspaces.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Workspace, ApiKey])],
  providers: [WorkspacesService, ApiKeysService],
  exports: [WorkspacesService, ApiKeysService],
})
export class WorkspacesModule implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly workspaces: WorkspacesService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  /** BOOTSTRAP_API_KEY: workspace `default` exists and has an owner key with exactly this value (the only bootstrap key). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.bootstrapApiKey) return;
    const workspace = await this.workspaces.ensure(DEFAULT_WORKSPACE_SLUG, 'Default workspace');
    await this.apiKeys.ensureOnly(workspace.id, 'owner', 'bootstrap', this.config.bootstrapApiKey);
  }
}
