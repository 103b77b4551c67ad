import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * The `extensions.code` of a GraphQL error when the key lacks the role an operation needs: the API's role guard
 * throws Nest's ForbiddenException, which the API's GraphQL error formatting reports as `FORBIDDEN` (a missing or
 * wrong key is an HTTP 401 instead, before GraphQL runs).
 */
export const MISSING_ROLE_CODE = 'FORBIDDEN';

/** Whether a query or mutation was refused because the API key's role is too low for it. */
export function isMissingRoleError(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((graphqlError) => graphqlError.extensions?.code === MISSING_ROLE_CODE)
  );
}
