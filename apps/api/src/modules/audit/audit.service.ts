import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthContext } from '../../core/auth/auth.decorators.js';

export const AUDIT_OUTCOMES = ['SUCCESS', 'REFUSED', 'FAILED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** What a key did: the mutation or route, what it acted on, and how it ended. Never a secret or a payload. */
export interface AuditEntry {
  action: string;
  target: string | null;
  outcome: AuditOutcome;
  /** The error's `extensions.code` (or HTTP status) when it did not succeed. */
  errorCode: string | null;
}

export interface AuditEvent extends AuditEntry {
  id: string;
  apiKeyId: string;
  keyPrefix: string;
  keyName: string;
  occurredAt: Date;
}

export const MAX_AUDIT_PAGE = 100;

/**
 * The only reader and writer of `audit_event` (migrations/1764420000000-WorkspacesKeysAudit.ts): appended to by the
 * GraphQL plugin and the HTTP middleware beside it, so no mutation or upload has to remember to call it.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends entries for the key; a failed write is logged (an operator's problem), not the caller's. */
  async record(auth: AuthContext, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const params = entries.flatMap((entry) => [entry.action, entry.target, entry.outcome, entry.errorCode]);
    const rows = entries.map((_, index) => {
      const at = 4 + index * 4;
      return `($1, $2, $3, $${at}, $${at + 1}, $${at + 2}, $${at + 3})`;
    });
    try {
      await this.dataSource.query(
        `INSERT INTO audit_event (workspace_id, api_key_id, key_prefix, action, target, outcome, error_code)
         VALUES ${rows.join(', ')}`,
        [auth.workspaceId, auth.apiKeyId, auth.keyPrefix, ...params],
      );
    } catch (error) {
      this.logger.error(`Could not write ${entries.length} audit event(s): ${(error as Error).message}`);
    }
  }

  /** Newest first; `after` is the cursor of the last event of the previous page. */
  async page(
    workspaceId: string,
    first: number,
    after: string | null,
  ): Promise<{ events: AuditEvent[]; more: boolean }> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE)
      throw new BadRequestException(`first must be 1 to ${MAX_AUDIT_PAGE}, got ${first}`);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT event.id::text AS id, event.api_key_id, event.key_prefix, key.name AS key_name, event.action,
         event.target, event.outcome, event.error_code, event.occurred_at
       FROM audit_event event JOIN api_key key ON key.id = event.api_key_id
       WHERE event.workspace_id = $1 AND ($2::bigint IS NULL OR event.id < $2::bigint)
       ORDER BY event.id DESC LIMIT $3`,
      [workspaceId, after === null ? null : decodeAuditCursor(after), first + 1],
    );
    return { events: rows.slice(0, first).map(eventOf), more: rows.length > first };
  }
}

interface AuditRow {
  id: string;
  api_key_id: string;
  key_prefix: string;
  key_name: string;
  action: string;
  target: string | null;
  outcome: AuditOutcome;
  error_code: string | null;
  occurred_at: Date | string;
}

function eventOf(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    apiKeyId: row.api_key_id,
    keyPrefix: row.key_prefix,
    keyName: row.key_name,
    action: row.action,
    target: row.target,
    outcome: row.outcome,
    errorCode: row.error_code,
    occurredAt: new Date(row.occurred_at),
  };
}

/** Opaque to clients: base64url of the event's id. */
export function encodeAuditCursor(id: string): string {
  return Buffer.from(`audit:${id}`, 'utf8').toString('base64url');
}

function decodeAuditCursor(cursor: string): string {
  const match = /^audit:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw new BadRequestException('"after" must be the cursor of an audit event from an earlier page');
  return match[1];
}
