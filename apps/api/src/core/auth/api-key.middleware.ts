import type { NextFunction, Request, Response } from 'express';
import { ApiKeysService } from '../../modules/workspaces/api-keys.service.js';
import { bearerToken } from './api-key.util.js';
import type { AuthenticatedRequest } from './request-of.js';

export const UNAUTHENTICATED_MESSAGE = 'A valid API key is required: Authorization: Bearer <api key>';

/** Paths under /api that answer without a key: the health check (signed webhooks will join it). */
const PUBLIC_API_PATHS = [/^\/health\/?$/];

/**
 * Authenticates at the HTTP level, before Express hands the request to a controller or to Apollo, so a
 * missing or wrong key is a plain 401 with no data, for REST and GraphQL alike. Mounted on /api and /graphql.
 */
export function apiKeyMiddleware(apiKeys: ApiKeysService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.baseUrl === '/api' && PUBLIC_API_PATHS.some((path) => path.test(request.path))) return next();
    const key = bearerToken(request.headers.authorization);
    const authenticated = key ? apiKeys.authenticate(key) : Promise.resolve(undefined);
    authenticated.then(
      (auth) => {
        if (!auth) {
          response.status(401).json({ statusCode: 401, error: 'Unauthorized', message: UNAUTHENTICATED_MESSAGE });
          return;
        }
        (request as AuthenticatedRequest).auth = auth;
        next();
      },
      () =>
        response
          .status(503)
          .json({ statusCode: 503, error: 'Service Unavailable', message: 'Keys cannot be checked right now' }),
    );
  };
}
