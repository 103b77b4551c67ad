import type { NextFunction, Request, Response } from 'express';
import type { AuthenticatedRequest } from '../../core/auth/request-of.js';
import { httpOutcome } from './audit-entry.util.js';
import type { AuditService } from './audit.service.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Writes every REST request that may change something (any method but GET, HEAD and OPTIONS: uploads today) to the
 * audit log, by route (`POST /api/imports`), with the `id` it answered as target. Mounted on /api after the key check,
 * so it covers every controller without one of them having to ask; a request without a valid key (a signed webhook)
 * has no workspace to be written to. A JSON answer (every answer of these routes, errors included) waits for the
 * entry, so a client that reads the log next finds it; any other answer is written once sent.
 */
export function auditHttpMiddleware(audit: AuditService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const auth = (request as AuthenticatedRequest).auth;
    if (READS.has(request.method) || !auth) return next();
    let written = false;
    const write = (target: string | null): Promise<void> => {
      if (written) return Promise.resolve();
      written = true;
      const route = (request.route as { path?: string } | undefined)?.path ?? request.originalUrl.split('?')[0];
      const entry = { action: `${request.method} ${route}`, target, ...httpOutcome(response.statusCode) };
      return audit.record(auth, [entry]);
    };
    const json = response.json.bind(response);
    response.json = (body: unknown) => {
      const id = (body as { id?: unknown } | null)?.id;
      void write(typeof id === 'string' ? id : null).then(() => json(body));
      return response;
    };
    response.on('finish', () => void write(null));
    next();
  };
}
