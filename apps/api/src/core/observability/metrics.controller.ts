import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../auth/auth.decorators.js';
import { OperationalMetrics } from './operational-metrics.js';

/** `GET /metrics`, outside /api and without a key (docs/CONTRACT.md, Operations): bind or firewall it. */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: OperationalMetrics) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
