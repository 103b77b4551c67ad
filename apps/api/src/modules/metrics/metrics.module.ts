import { Module } from '@nestjs/common';
import { AnalysisResolver, WorkspaceOrganicCostsResolver } from './analysis.resolver.js';
import { AnalysisService } from './analysis.service.js';
import { MetricsRepository } from './metrics.repository.js';
import { MetricsResolver } from './metrics.resolver.js';
import { MetricsService } from './metrics.service.js';
import { OrganicCostRepository } from './organic-cost.repository.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { CoverageRepository } from './coverage.repository.js';
import { CoverageResolver } from './coverage.resolver.js';
import { CoverageService } from './coverage.service.js';
import { PostsRepository } from './posts.repository.js';
import { PostsResolver } from './posts.resolver.js';
import { PostsService } from './posts.service.js';

@Module({
  imports: [WorkspacesModule],
  providers: [
    AnalysisService,
    AnalysisResolver,
    WorkspaceOrganicCostsResolver,
    OrganicCostRepository,
    CoverageRepository,
    CoverageService,
    CoverageResolver,
    MetricsRepository,
    MetricsService,
    MetricsResolver,
    PostsRepository,
    PostsService,
    PostsResolver,
  ],
  exports: [MetricsService, PostsService, CoverageService, AnalysisService],
})
export class MetricsModule {}
