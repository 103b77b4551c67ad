import type { NextFunction, Request, Response } from 'express';
import { ApiKeysService } from '../../modules/workspaces/api-keys.service.js';
import { type ErrorCode, INTERNAL_SERVER_ERROR, UNAUTHENTICATED } from '../graphql/graphql-errors.util.js';
import { bearerToken } from './api-key.util.js';
import type { AuthenticatedRequest } from './request-of.js';

export const UNAUTHENTICATED_MESSAGE = 'A valid API key is required: Authorization: Bearer <api key>';

export interface Refusal {
  statusCode: number;
  error: string;
  message: string;
  code: ErrorCode;
}

const MISSING_KEY: Refusal = {
  statusCode: 401,
  error: 'Unauthorized',
  message: UNAUTHENTICATED_MESSAGE,
  code: UNAUTHENTICATED,
};
const KEYS_UNAVAILABLE: Refusal = {
  statusCode: 503,
  error: 'Service Unavailable',
  message: 'Keys cannot be checked right now',
  code: INTERNAL_SERVER_ERROR,
};

/** Paths under /api that answer without a key: liveness, readiness, and webhooks (each request signed instead). */
const PUBLIC_API_PATHS = [/^\/(health|ready)\/?$/, /^\/webhooks\/[^/]+\/?$/];

/**
 * Authenticates at the HTTP level, before Express hands the request to a controller or to Apollo, so a
 * missing or wrong key is a plain 401 with no data, for REST and GraphQL alike. Mounted on /api and /graphql; on
 * /graphql the refusal is a GraphQL response whose error carries the code the API's other errors carry
 * (graphql-errors.util.ts).
 */
export function apiKeyMiddleware(apiKeys: ApiKeysService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.baseUrl === '/api' && PUBLIC_API_PATHS.some((path) => path.test(request.path))) return next();
    const key = bearerToken(request.headers.authorization);
    const authenticated = key ? apiKeys.authenticate(key) : Promise.resolve(undefined);
    authenticated.then(
      (auth) => {
        if (!auth) return refuse(request, response, MISSING_KEY);
        (request as AuthenticatedRequest).auth = auth;
        next();
      },
      () => refuse(request, response, KEYS_UNAVAILABLE),
    );
  };
}

/** A plain JSON error on /api, a GraphQL-shaped one on /graphql, with no data either way. */
export function refuse(request: Request, response: Response, { statusCode, error, message, code }: Refusal): void {
  if (request.baseUrl === '/graphql') response.status(statusCode).json({ errors: [{ message, extensions: { code } }] });
  else response.status(statusCode).json({ statusCode, error, message });
}
