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

  /** Makes sure exactly this key exists (idempotent), e.g. BOOTSTRAP_API_KEY. */
  async ensure(workspaceId: string, role: ApiKeyRole, name: string, key: string): Promise<void> {
    await this.keys
      .createQueryBuilder()
      .insert()
      .values({ workspaceId, role, name, keyHash: hashApiKey(key) })
      .orIgnore()
      .execute();
  }
}
