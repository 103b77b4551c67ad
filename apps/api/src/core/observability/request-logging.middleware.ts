import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from '../config/config.js';
import { withLogContext } from './log-context.js';
import { createLogger } from './logger.js';

/** A caller's own `X-Request-Id` is kept when it looks like an id, so a proxy's logs and ours line up. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * One JSON line per request (method, path, status, time) with its request id, also sent back as `X-Request-Id`;
 * everything logged while the request is served carries the same id. Headers are never logged: they hold the key.
 */
export function requestLogging(level: AppConfig['logLevel']) {
  const log = pinoHttp({
    // pino-http adds the request id itself: a logger without the context mixin keeps it from appearing twice.
    logger: createLogger(level, { withContext: false }),
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const given = request.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true, // binds the request id to every line pino-http writes
    serializers: {
      req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  });
  return (request: Request, response: Response, next: NextFunction): void => {
    log(request, response);
    withLogContext({ requestId: String(request.id) }, next);
  };
}
