import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module.js';
import { ExportsController } from './exports.controller.js';

/**
 * CSV downloads of the analysis reports (`GET /api/exports/<report>.csv`); HTTP only, reads through the services
 * MetricsModule exports.
 */
@Module({ imports: [MetricsModule], controllers: [ExportsController] })
export class ExportsModule {}
