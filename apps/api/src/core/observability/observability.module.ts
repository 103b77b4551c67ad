import { createServer, type Server } from 'node:http';
import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, servesHttp } from '../config/config.js';
import { OperationalMetrics } from './operational-metrics.js';

/**
 * Prometheus metrics for every role. The api (and `all`) serves them at `GET /metrics` on its own port
 * (MetricsController, in AppModule); a worker, which has no HTTP server, answers `GET /metrics` on METRICS_PORT.
 */
@Global()
@Module({ providers: [OperationalMetrics], exports: [OperationalMetrics] })
export class ObservabilityModule implements OnApplicationShutdown {
  private server: Server | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: OperationalMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (servesHttp(this.config.role)) return;
    this.server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url !== '/metrics') return response.writeHead(404).end();
      this.metrics.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(text),
        () => response.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(this.config.metricsPort, this.config.host, resolve));
    new Logger('Worker').log(`Prometheus metrics at http://${this.config.host}:${this.port}/metrics`);
  }

  /** The worker's metrics port (METRICS_PORT, or the one picked for 0); undefined in the HTTP roles. */
  get port(): number | undefined {
    const address = this.server?.address();
    return typeof address === 'object' && address ? address.port : undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }
}
