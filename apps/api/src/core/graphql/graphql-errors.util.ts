import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';

export const UNAUTHENTICATED = 'UNAUTHENTICATED';
export const FORBIDDEN = 'FORBIDDEN';
export const BAD_USER_INPUT = 'BAD_USER_INPUT';
export const NOT_FOUND = 'NOT_FOUND';
export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';
export const RATE_LIMITED = 'RATE_LIMITED';

/** The only values of `extensions.code` a GraphQL error of this API carries. */
export const ERROR_CODES = [
  UNAUTHENTICATED,
  FORBIDDEN,
  BAD_USER_INPUT,
  NOT_FOUND,
  INTERNAL_SERVER_ERROR,
  RATE_LIMITED,
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What an unexpected error says when its own message may not be shown (it could hold SQL, paths or data). */
export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * Apollo's own codes for a request it refused before executing it. All are the caller's to fix, so they answer
 * BAD_USER_INPUT, the Apollo code kept as `extensions.reason` (the persisted-query ones keep their message, which is what
 * Apollo Client's persisted-query link looks for).
 */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const logger = new Logger('GraphQL');

export interface ErrorFormatOptions {
  /** Show an unexpected error's own message (development and tests); else INTERNAL_ERROR_MESSAGE. */
  revealInternalErrors: boolean;
}

/** Unexpected errors keep their message only where NODE_ENV says development or test, never by default. */
export function revealsInternalErrors(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'development' || env.NODE_ENV === 'test';
}

/**
 * Apollo's `formatError`: every error leaves with an `extensions.code` among ERROR_CODES. Nest's HTTP exceptions map by
 * status (401 UNAUTHENTICATED, 403 FORBIDDEN, 404 NOT_FOUND, any other 4xx BAD_USER_INPUT, 5xx INTERNAL_SERVER_ERROR) and
 * keep their message, written for the caller; Apollo's parse, validation and operation errors become BAD_USER_INPUT; a
 * GraphQL error already carrying one of the codes keeps its extensions; anything else is INTERNAL_SERVER_ERROR and, unless
 * `revealInternalErrors`, says only INTERNAL_ERROR_MESSAGE. Stack traces never leave (Apollo adds none:
 * `includeStacktraceInErrorResponses` is off), nor does the exception's response object that Nest's own mapping copies.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: ErrorFormatOptions,
): GraphQLFormattedError {
  const { locations, path } = formatted;
  const thrown = unwrapResolverError(error);
  if (thrown instanceof HttpException) {
    return { message: httpExceptionMessage(thrown), locations, path, extensions: { code: codeForStatus(thrown) } };
  }
  const extensions = formatted.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  if (code && APOLLO_REQUEST_CODES.has(code)) {
    return { ...formatted, extensions: { ...extensions, code: BAD_USER_INPUT, reason: extensions.reason ?? code } };
  }
  if (code && (ERROR_CODES as readonly string[]).includes(code) && code !== INTERNAL_SERVER_ERROR) return formatted;
  // Errors of resolvers reach the log through Nest's exception handler; only the others are logged here.
  if (!path) logger.error(thrown instanceof Error ? (thrown.stack ?? thrown.message) : formatted.message);
  return {
    message: options.revealInternalErrors ? formatted.message : INTERNAL_ERROR_MESSAGE,
    locations,
    path,
    extensions: { code: INTERNAL_SERVER_ERROR },
  };
}

export function codeForStatus(exception: HttpException): ErrorCode {
  const status = exception.getStatus();
  if (status === 401) return UNAUTHENTICATED;
  if (status === 403) return FORBIDDEN;
  if (status === 404) return NOT_FOUND;
  if (status >= 400 && status < 500) return BAD_USER_INPUT;
  return INTERNAL_SERVER_ERROR;
}

/** The exception's message, or the messages it carries in its response (as a validation pipe lists them). */
function httpExceptionMessage(exception: HttpException): string {
  const response = exception.getResponse();
  const listed = typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : null;
  return Array.isArray(listed) && listed.length > 0 ? listed.join('; ') : exception.message;
}
