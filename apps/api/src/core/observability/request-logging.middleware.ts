import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/config.js';
import { withLogContext } from './log-context.js';
import { createLogger } from './logger.js';

/** A caller's own `X-Request-Id` is kept when it looks like an id, so a proxy's logs and ours line up. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * One JSON line per request once it is answered or abandoned (method, URL, status, time) with its request id, also
 * sent back as `X-Request-Id`; everything logged while the request is served carries the same id. Headers are never
 * logged: they hold the key. The line is the one pino-http wrote, written here directly: its two child loggers and
 * full request serialization per request were about 7 % of a webhook delivery's CPU.
 */
export function requestLogging(level: AppConfig['logLevel']) {
  // The line names its request id itself: a logger without the context mixin keeps it from appearing twice.
  const log = createLogger(level, { withContext: false });
  return (request: Request, response: Response, next: NextFunction): void => {
    const given = request.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    response.setHeader('X-Request-Id', requestId);
    const req = { method: request.method, url: request.originalUrl };
    const started = Date.now();
    response.once('close', () => {
      const responseTime = Date.now() - started;
      // Closed before its answer was sent: the client went away, and the status was never sent to anyone.
      if (!response.writableFinished) return log.info({ requestId, req, responseTime }, 'request aborted');
      const { statusCode } = response;
      log.info(
        { requestId, req, res: { statusCode }, responseTime },
        statusCode >= 500 ? 'request errored' : 'request completed',
      );
    });
    withLogContext({ requestId }, next);
  };
}
