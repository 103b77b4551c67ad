import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type ApiKeyRole, roleAllows } from './api-key-role.js';
import { UNAUTHENTICATED_MESSAGE } from './api-key.middleware.js';
import { PUBLIC_ROUTE, REQUIRED_ROLE } from './auth.decorators.js';
import { requestOf } from './request-of.js';

/** Authorisation: the key the middleware authenticated must hold the route's role (default `viewer`). */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const auth = requestOf(context).auth;
    if (!auth) throw new UnauthorizedException(UNAUTHENTICATED_MESSAGE);
    const required = this.reflector.getAllAndOverride<ApiKeyRole>(REQUIRED_ROLE, targets) ?? 'viewer';
    if (!roleAllows(auth.role, required)) throw new ForbiddenException(`This needs a key with the ${required} role`);
    return true;
  }
}
