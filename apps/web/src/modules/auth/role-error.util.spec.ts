import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { isMissingRoleError } from './role-error.util';

const graphqlErrors = (...errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe('isMissingRoleError', () => {
  it('recognises the role guard by its FORBIDDEN code, whatever the message says', () => {
    expect(isMissingRoleError(graphqlErrors({ message: 'Nope', extensions: { code: 'FORBIDDEN' } }))).toBe(true);
  });

  it('does not take other GraphQL errors for a role error, even one that mentions a role', () => {
    const other = graphqlErrors({
      message: 'This needs a key with the analyst role',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(isMissingRoleError(other)).toBe(false);
  });

  it('does not take a network or HTTP failure for a role error', () => {
    const response = new Response('{}', { status: 403 });
    expect(isMissingRoleError(new ServerError('Forbidden', { response, bodyText: '{}' }))).toBe(false);
    expect(isMissingRoleError(new Error('FORBIDDEN'))).toBe(false);
    expect(isMissingRoleError(undefined)).toBe(false);
  });
});
