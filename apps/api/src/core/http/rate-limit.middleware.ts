import type { NextFunction, Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { refuse } from '../auth/api-key.middleware.js';
import type { AuthenticatedRequest } from '../auth/request-of.js';
import { RATE_LIMITED } from '../graphql/graphql-errors.util.js';

const WINDOW_SECONDS = 60;

/**
 * RATE_LIMIT_PER_MINUTE requests per API key (not per address: a team behind one proxy shares an address, and a
 * key is what a caller is), counted in Redis when there is one so every api process shares the count. If Redis
 * does not answer, an in-process count stands in: a Redis outage neither opens the gate nor closes the API.
 * Mounted after authentication; requests without a key (health, readiness, signed webhooks) are not counted here.
 */
export function rateLimit(perMinute: number, redis: Redis | undefined) {
  const limiter = createLimiter(perMinute, redis);
  return (request: Request, response: Response, next: NextFunction): void => {
    const auth = (request as AuthenticatedRequest).auth;
    if (!limiter || !auth) return next();
    limiter.consume(auth.apiKeyId).then(
      () => next(),
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) return next(rejection);
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        response.setHeader('Retry-After', String(seconds));
        refuse(request, response, {
          statusCode: 429,
          error: 'Too Many Requests',
          message: `This key made more than ${perMinute} requests in a minute: retry in ${seconds} s`,
          code: RATE_LIMITED,
        });
      },
    );
  };
}

function createLimiter(perMinute: number, redis: Redis | undefined): RateLimiterAbstract | undefined {
  if (perMinute === 0) return undefined;
  const memory = new RateLimiterMemory({ points: perMinute, duration: WINDOW_SECONDS });
  if (!redis) return memory;
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: 'tandem:rate',
    points: perMinute,
    duration: WINDOW_SECONDS,
    insuranceLimiter: memory,
  });
}
