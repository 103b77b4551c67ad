import { Module } from '@nestjs/common';
import { FactWriter } from './fact-writer.service.js';
import { MetricsRepository } from './metrics.repository.js';
import { MetricsResolver } from './metrics.resolver.js';
import { MetricsService } from './metrics.service.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';

@Module({
  imports: [WorkspacesModule],
  providers: [MetricsRepository, MetricsService, MetricsResolver, FactWriter],
  exports: [FactWriter, MetricsService],
})
export class MetricsModule {}
