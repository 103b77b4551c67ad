import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import {
  codeForStatus,
  FORBIDDEN,
  INTERNAL_SERVER_ERROR,
  UNAUTHENTICATED,
} from '../../core/graphql/graphql-errors.util.js';
import type { AuditEntry, AuditOutcome } from './audit.service.js';

const REFUSALS = new Set<string>([UNAUTHENTICATED, FORBIDDEN]);

/** How a mutation ended: refused (the key may not), failed (any other error), or a success. */
export function graphqlOutcome(error: unknown): Pick<AuditEntry, 'outcome' | 'errorCode'> {
  if (!error) return { outcome: 'SUCCESS', errorCode: null };
  const thrown = unwrapResolverError(error);
  const code = thrown instanceof HttpException ? codeForStatus(thrown) : INTERNAL_SERVER_ERROR;
  return { outcome: REFUSALS.has(code) ? 'REFUSED' : 'FAILED', errorCode: code };
}

/** How an HTTP request ended, by its status: 401, 403 and 429 are refusals. */
export function httpOutcome(status: number): Pick<AuditEntry, 'outcome' | 'errorCode'> {
  if (status < 400) return { outcome: 'SUCCESS', errorCode: null };
  const outcome: AuditOutcome = [401, 403, 429].includes(status) ? 'REFUSED' : 'FAILED';
  return { outcome, errorCode: String(status) };
}

/**
 * What an operation acted on, as an id and never a payload (a created key's secret sits beside its id): the `id`
 * argument, else the id of what it answered (`{ id }`, or one level down: `{ key: { id }, secret }`).
 */
export function targetOf(args: Record<string, unknown>, result: unknown): string | null {
  if (typeof args.id === 'string') return args.id;
  return idOf(result) ?? firstNestedId(result);
}

function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
}

function firstNestedId(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const nested of Object.values(value)) {
    const id = idOf(nested);
    if (id) return id;
  }
  return null;
}
