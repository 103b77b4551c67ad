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
  /** `externalId` is the upload's `account` field, which may hold the account's name instead (docs/CONTRACT.md). */
  fromUploadField?: boolean;
}

export interface KnownAccount {
  id: string;
  currency: string | null;
  /** Something the import should say about how the account was found, e.g. an ambiguous name. */
  warning: string | null;
}

@Injectable()
export class AccountsService {
  /**
   * Creates the account on first sight, fills in what the file newly tells about it (a name, a currency)
   * and returns it with its stored currency.
   */
  async record(manager: EntityManager, workspaceId: string, seen: AccountSighting): Promise<KnownAccount> {
    const named = seen.fromUploadField ? await this.findByName(manager, workspaceId, seen) : NOT_NAMED;
    // Found by name: the same upsert on its id, keeping its name.
    const sighting = named.externalId ? { ...seen, externalId: named.externalId, name: null } : seen;
    const rows: { id: string; currency: string | null }[] = await manager.query(
      `INSERT INTO account (workspace_id, platform, external_id, name, currency, time_zone)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (workspace_id, platform, external_id) DO UPDATE SET
         name = COALESCE(EXCLUDED.name, account.name),
         currency = COALESCE(account.currency, EXCLUDED.currency),
         time_zone = COALESCE(EXCLUDED.time_zone, account.time_zone)
       RETURNING id, currency`,
      [workspaceId, sighting.platform, sighting.externalId, sighting.name, sighting.currency, sighting.timeZone],
    );
    const row = rows[0];
    if (!row) throw new Error(`Account ${seen.platform}/${seen.externalId} could not be recorded`);
    return { id: row.id, currency: row.currency?.trim() ?? null, warning: named.warning };
  }

  /** The account's id, or null when the workspace has never seen it (nothing is created). */
  async findId(
    manager: EntityManager,
    workspaceId: string,
    platform: Platform,
    externalId: string,
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      'SELECT id FROM account WHERE workspace_id = $1 AND platform = $2 AND external_id = $3',
      [workspaceId, platform, externalId],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * The id of the one account of the platform whose name is the upload's `account` field (case aside), unless
   * an account has that value as its id: an export that does not name its account then lands on the account its
   * platform's other exports created. A name several accounts share picks none, and says so.
   */
  private async findByName(manager: EntityManager, workspaceId: string, seen: AccountSighting): Promise<NameMatch> {
    const rows: { external_id: string }[] = await manager.query(
      `SELECT external_id FROM account
       WHERE workspace_id = $1 AND platform = $2 AND (external_id = $3 OR lower(name) = lower($3))
       ORDER BY external_id`,
      [workspaceId, seen.platform, seen.externalId],
    );
    if (rows.length === 0 || rows.some((row) => row.external_id === seen.externalId)) return NOT_NAMED;
    if (rows.length === 1) return { externalId: rows[0]!.external_id, warning: null };
    return {
      externalId: null,
      warning: `${rows.length} ${seen.platform} accounts are named "${seen.externalId}": the rows went to a new account of that id. Upload again with the account's id (${rows.map((row) => row.external_id).join(', ')}) in the "account" field.`,
    };
  }
}

interface NameMatch {
  externalId: string | null;
  warning: string | null;
}

const NOT_NAMED: NameMatch = { externalId: null, warning: null };
