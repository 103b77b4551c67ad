import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';
import type { ApiKeyRole } from '../../core/auth/api-key-role.js';
import { apiKeyPrefix, generateApiKey, hashApiKey, hashesMatch } from '../../core/auth/api-key.util.js';
import type { AuthContext } from '../../core/auth/auth.decorators.js';
import { ApiKey } from './api-key.entity.js';

/** `lastUsedAt` is written at most this often per key and process: a burst of requests costs one write. */
export const LAST_USED_INTERVAL_MS = 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A new key and its secret: the only time the secret is ever visible. */
export interface IssuedApiKey {
  key: ApiKey;
  secret: string;
}

/** A key that is not revoked, with its workspace's reporting currency. */
interface LiveKey {
  id: string;
  workspace_id: string;
  role: ApiKeyRole;
  prefix: string;
  key_hash: string;
  currency: string;
}

@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger(ApiKeysService.name);
  /** When this process last wrote each key's `last_used_at`. */
  private readonly lastWritten = new Map<string, number>();

  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  /**
   * The live key with this secret: rows are found by prefix, then the SHA-256 digests are compared in constant time,
   * so the time a refusal takes says nothing about how much of a guess was right.
   */
  async authenticate(secret: string): Promise<AuthContext | undefined> {
    const presented = hashApiKey(secret);
    const candidates: LiveKey[] = await this.keys.query(
      `SELECT k.id, k.workspace_id, k.role, k.prefix, k.key_hash, trim(w.currency) AS currency
       FROM api_key AS k JOIN workspace AS w ON w.id = k.workspace_id
       WHERE k.prefix = $1 AND k.revoked_at IS NULL`,
      [apiKeyPrefix(secret)],
    );
    const found = candidates.find((candidate) => hashesMatch(candidate.key_hash, presented));
    if (!found) return undefined;
    this.noteUse(found.id);
    return {
      workspaceId: found.workspace_id,
      role: found.role,
      apiKeyId: found.id,
      keyPrefix: found.prefix,
      currency: found.currency,
    };
  }

  /** Issues a key; `manager` when it is part of a larger transaction (a new workspace's owner key). */
  async create(
    workspaceId: string,
    role: ApiKeyRole,
    name: string,
    manager: EntityManager = this.keys.manager,
  ): Promise<IssuedApiKey> {
    const secret = generateApiKey();
    const key = manager.create(ApiKey, {
      workspaceId,
      role,
      name,
      keyHash: hashApiKey(secret),
      prefix: apiKeyPrefix(secret),
    });
    return { key: await manager.save(key), secret };
  }

  /** The workspace's keys, revoked ones included, oldest first. */
  list(workspaceId: string): Promise<ApiKey[]> {
    return this.keys.find({ where: { workspaceId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Revokes a key of the workspace (idempotent). The last live owner key is kept: without one, nobody could issue
   * keys for the workspace again.
   */
  async revoke(workspaceId: string, id: string): Promise<ApiKey> {
    if (!UUID.test(id)) throw new NotFoundException(`No API key ${id} in this workspace`);
    return this.keys.manager.transaction(async (manager) => {
      const owners: { id: string }[] = await manager.query(
        `SELECT id FROM api_key WHERE workspace_id = $1 AND role = 'owner' AND revoked_at IS NULL FOR UPDATE`,
        [workspaceId],
      );
      const key = await manager.findOneBy(ApiKey, { workspaceId, id });
      if (!key) throw new NotFoundException(`No API key ${id} in this workspace`);
      if (key.revokedAt) return key;
      if (owners.length === 1 && owners[0]?.id === id)
        throw new BadRequestException('A workspace keeps at least one owner key: create another owner key first');
      key.revokedAt = new Date();
      return manager.save(key);
    });
  }

  /**
   * Makes this key the one live key of its name in the workspace, with this role (idempotent): changing
   * BOOTSTRAP_API_KEY and restarting rotates it, revoking the previous value.
   */
  async ensureOnly(workspaceId: string, role: ApiKeyRole, name: string, key: string): Promise<void> {
    const keyHash = hashApiKey(key);
    await this.keys.manager.transaction(async (manager) => {
      await manager.query(
        `UPDATE api_key SET revoked_at = now() WHERE workspace_id = $1 AND name = $2 AND key_hash <> $3 AND revoked_at IS NULL`,
        [workspaceId, name, keyHash],
      );
      await manager.query(
        `INSERT INTO api_key (workspace_id, name, key_hash, prefix, role) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (key_hash) DO UPDATE SET workspace_id = EXCLUDED.workspace_id, name = EXCLUDED.name,
           prefix = EXCLUDED.prefix, role = EXCLUDED.role, revoked_at = NULL`,
        [workspaceId, name, keyHash, apiKeyPrefix(key), role],
      );
    });
  }

  /** Records that a key was used, at most once a minute per key; a failed write is logged, never the request's. */
  private noteUse(id: string): void {
    const now = Date.now();
    if (now - (this.lastWritten.get(id) ?? 0) < LAST_USED_INTERVAL_MS) return;
    this.lastWritten.set(id, now);
    this.keys.update({ id }, { lastUsedAt: new Date(now) }).catch((error: Error) => {
      this.lastWritten.delete(id);
      this.logger.warn(`Could not record the use of API key ${id}: ${error.message}`);
    });
  }
}
