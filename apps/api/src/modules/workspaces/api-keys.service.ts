import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import type { ApiKeyRole } from '../../core/auth/api-key-role.js';
import { generateApiKey, hashApiKey } from '../../core/auth/api-key.util.js';
import type { AuthContext } from '../../core/auth/auth.decorators.js';
import { ApiKey } from './api-key.entity.js';

@Injectable()
export class ApiKeysService {
  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  async authenticate(key: string): Promise<AuthContext | undefined> {
    const found = await this.keys.findOneBy({ keyHash: hashApiKey(key), revokedAt: IsNull() });
    return found ? { workspaceId: found.workspaceId, role: found.role, apiKeyId: found.id } : undefined;
  }

  /** Returns the new key: the only time it is ever visible. */
  async create(workspaceId: string, role: ApiKeyRole, name: string): Promise<string> {
    const key = generateApiKey();
    await this.keys.insert({ workspaceId, role, name, keyHash: hashApiKey(key) });
    return key;
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
        `INSERT INTO api_key (workspace_id, name, key_hash, role) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key_hash) DO UPDATE SET workspace_id = EXCLUDED.workspace_id, name = EXCLUDED.name,
           role = EXCLUDED.role, revoked_at = NULL`,
        [workspaceId, name, keyHash, role],
      );
    });
  }
}
