import { Injectable } from '@nestjs/common';
import type { Platform } from '@tandem/formats/canonical.js';
import type { EntityManager } from 'typeorm';

export interface AccountSighting {
  platform: Platform;
  externalId: string;
  name: string | null;
  /** The currency the file states for it, if any. */
  currency: string | null;
  /** The IANA time zone the file states for it, if any. */
  timeZone: string | null;
  /** `externalId` is the upload's `account` field, which may hold the account's name instead (CONTRACT.md). */
  fromUploadField?: boolean;
}

export interface KnownAccount {
  id: string;
  currency: string | null;
}

@Injectable()
export class AccountsService {
  /**
   * Creates the account on first sight, fills in what the file newly tells about it (a name, a currency)
   * and returns it with its stored currency.
   */
  async record(manager: EntityManager, workspaceId: string, seen: AccountSighting): Promise<KnownAccount> {
    const named = seen.fromUploadField ? await this.findByName(manager, workspaceId, seen) : undefined;
    if (named) return named;
    const rows: { id: string; currency: string | null }[] = await manager.query(
      `INSERT INTO account (workspace_id, platform, external_id, name, currency, time_zone)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (workspace_id, platform, external_id) DO UPDATE SET
         name = COALESCE(EXCLUDED.name, account.name),
         currency = COALESCE(account.currency, EXCLUDED.currency),
         time_zone = COALESCE(EXCLUDED.time_zone, account.time_zone)
       RETURNING id, currency`,
      [workspaceId, seen.platform, seen.externalId, seen.name, seen.currency, seen.timeZone],
    );
    const row = rows[0];
    if (!row) throw new Error(`Account ${seen.platform}/${seen.externalId} could not be recorded`);
    return knownAccount(row);
  }

  /**
   * The one account of the platform whose name is the upload's `account` field (case aside), unless an account
   * has that value as its id: an export that does not name its account then lands on the account its platform's
   * other exports created. Two accounts of that name are ambiguous: none is picked.
   */
  private async findByName(
    manager: EntityManager,
    workspaceId: string,
    seen: AccountSighting,
  ): Promise<KnownAccount | undefined> {
    const rows: { id: string; currency: string | null; external_id: string }[] = await manager.query(
      `SELECT id, currency, external_id FROM account
       WHERE workspace_id = $1 AND platform = $2 AND (external_id = $3 OR lower(name) = lower($3))`,
      [workspaceId, seen.platform, seen.externalId],
    );
    if (rows.some((row) => row.external_id === seen.externalId)) return undefined;
    return rows.length === 1 ? knownAccount(rows[0]!) : undefined;
  }
}

function knownAccount(row: { id: string; currency: string | null }): KnownAccount {
  return { id: row.id, currency: row.currency?.trim() ?? null };
}
