import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  ServiceUnavailableException,
  UnauthorizedException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatGraphQLError, INTERNAL_ERROR_MESSAGE, revealsInternalErrors } from './graphql-errors.util.js';

const PRODUCTION = { revealInternalErrors: false };

/** An error as Apollo hands it to formatError: a resolver's exception wrapped in a GraphQLError with a path. */
function fromResolver(thrown: Error): [GraphQLFormattedError, unknown] {
  const wrapped = new GraphQLError(thrown.message, { path: ['imports'], originalError: thrown });
  return [{ ...wrapped.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped];
}

/** An error Apollo raised itself (parse, validation, a plugin's refusal), with the code it gave. */
function fromApollo(message: string, extensions: Record<string, unknown>): [GraphQLFormattedError, unknown] {
  const error = new GraphQLError(message, { extensions });
  return [{ message, extensions }, error];
}

describe('formatGraphQLError', () => {
  it.each([
    [new BadRequestException('The range starts (2026-02-02) after it ends (2026-02-01)'), 'BAD_USER_INPUT'],
    [new UnprocessableEntityException('Nope'), 'BAD_USER_INPUT'],
    [new ConflictException('Taken'), 'BAD_USER_INPUT'],
    [new ForbiddenException('This needs a key with the analyst role'), 'FORBIDDEN'],
    [new NotFoundException('No import preview 5'), 'NOT_FOUND'],
    [new UnauthorizedException('A valid API key is required'), 'UNAUTHENTICATED'],
    [new ServiceUnavailableException('Keys cannot be checked right now'), 'INTERNAL_SERVER_ERROR'],
  ])('maps %s to its code and keeps the message written for the caller', (exception, code) => {
    const formatted = formatGraphQLError(...fromResolver(exception), PRODUCTION);
    expect(formatted).toEqual({ message: exception.message, path: ['imports'], extensions: { code } });
  });

  it('lists the messages an exception carries in its response', () => {
    const exception = new BadRequestException({ message: ['first must be positive', 'after is not a cursor'] });
    expect(formatGraphQLError(...fromResolver(exception), PRODUCTION).message).toBe(
      'first must be positive; after is not a cursor',
    );
  });

  it.each(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE'])(
    "answers Apollo's %s as BAD_USER_INPUT, keeping Apollo's code as the reason",
    (apolloCode) => {
      const formatted = formatGraphQLError(
        ...fromApollo('Syntax Error: Expected Name', { code: apolloCode }),
        PRODUCTION,
      );
      expect(formatted).toEqual({
        message: 'Syntax Error: Expected Name',
        extensions: { code: 'BAD_USER_INPUT', reason: apolloCode },
      });
    },
  );

  it('keeps the reason and figures of a refusal by the query limits', () => {
    const extensions = { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_DEEP', limit: 8 };
    expect(formatGraphQLError(...fromApollo('Too deep', extensions), PRODUCTION).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_DEEP',
      limit: 8,
    });
    const costly = { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', cost: 1050, limit: 1000 };
    expect(formatGraphQLError(...fromApollo('Too costly', costly), PRODUCTION).extensions).toEqual(costly);
  });

  it('says only "Internal server error" of an unexpected error in production: no SQL, no stack', () => {
    const failure = new Error('duplicate key value violates unique constraint "import_pkey" (SELECT * FROM import)');
    const formatted = formatGraphQLError(...fromResolver(failure), PRODUCTION);
    expect(formatted).toEqual({
      message: INTERNAL_ERROR_MESSAGE,
      path: ['imports'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/SELECT|import_pkey|stack/);
  });

  it('shows an unexpected error its own message in development, still with INTERNAL_SERVER_ERROR only', () => {
    const formatted = formatGraphQLError(...fromResolver(new Error('column "x" does not exist')), {
      revealInternalErrors: true,
    });
    expect(formatted).toEqual({
      message: 'column "x" does not exist',
      path: ['imports'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('treats a GraphQL error with a code of its own outside the list as unexpected', () => {
    const formatted = formatGraphQLError(
      ...fromApollo('Upstream said 42', { code: 'DOWNSTREAM_SERVICE_ERROR', detail: 'secret' }),
      PRODUCTION,
    );
    expect(formatted).toEqual({ message: INTERNAL_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('reveals unexpected messages only when NODE_ENV says development or test', () => {
    expect(revealsInternalErrors({ NODE_ENV: 'development' })).toBe(true);
    expect(revealsInternalErrors({ NODE_ENV: 'test' })).toBe(true);
    expect(revealsInternalErrors({ NODE_ENV: 'production' })).toBe(false);
    expect(revealsInternalErrors({})).toBe(false);
  });
});
