import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ApiKeyRole } from './api-key-role.js';
import { requestOf } from './request-of.js';

export interface AuthContext {
  workspaceId: string;
  role: ApiKeyRole;
  apiKeyId: string;
  /** The key's shown prefix (api-key.util.ts), for the audit log. */
  keyPrefix: string;
  /** The workspace's reporting currency, read with the key: a dashboard question needs no second look-up for it. */
  currency: string;
}

export const PUBLIC_ROUTE = 'tandem:public';
export const REQUIRED_ROLE = 'tandem:required-role';

/** Answers without an API key (health, signed webhooks). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The least role a key needs; every authenticated route needs at least `viewer`. */
export const RequireRole = (role: ApiKeyRole) => SetMetadata(REQUIRED_ROLE, role);

/** The caller's workspace and role, as the API key guard established them. */
export const Auth = createParamDecorator((_data: unknown, context: ExecutionContext): AuthContext => {
  const auth = requestOf(context).auth;
  if (!auth) throw new Error('Auth used on a route the API key guard did not check');
  return auth;
});
