import type { NextFunction, Request, Response } from 'express';
import type { OperationalMetrics } from './operational-metrics.js';

/**
 * Times every response. The route label is the matched pattern (`/api/exports/:report`), or the mount point
 * (`/graphql`), never the raw path, so a scanner's random URLs cannot grow the metric without bound.
 */
export function httpMetrics(metrics: OperationalMetrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const stop = metrics.httpDuration.startTimer();
    response.on('finish', () => {
      const route = request.route?.path
        ? `${request.baseUrl}${String(request.route.path)}`
        : request.baseUrl || 'other';
      stop({ method: request.method, route, status: String(response.statusCode) });
    });
    next();
  };
}
