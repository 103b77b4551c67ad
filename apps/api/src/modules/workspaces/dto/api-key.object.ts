import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { ApiKeyRole } from '../../../core/auth/api-key-role.js';
import type { ApiKey } from '../api-key.entity.js';
import { ApiKeyRoleEnum, WorkspaceObject } from './workspace.object.js';

@ObjectType('ApiKey', { description: 'A key of the workspace as its owners see it: never its secret' })
export class ApiKeyObject {
  @Field(() => ID, { description: 'Stable id of the key (the audit log names keys by it)' })
  id!: string;

  @Field(() => String, { description: 'What the key is for, as its creator named it' })
  name!: string;

  @Field(() => ApiKeyRoleEnum, { description: 'What the key may do' })
  role!: ApiKeyRole;

  @Field(() => String, {
    description:
      'The first characters of the key (tdm_ and 8 more for generated keys), to tell keys apart without showing them',
  })
  prefix!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the key was created (UTC)' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the key was last used, to the minute (written at most once a minute); null when never used',
  })
  lastUsedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the key was revoked; a revoked key gets 401. Null while it works',
  })
  revokedAt!: Date | null;
}

@ObjectType('CreatedApiKey', { description: 'A new key and its secret, shown only here: only its hash is stored' })
export class CreatedApiKey {
  @Field(() => ApiKeyObject, { description: 'The new key' })
  key!: ApiKeyObject;

  @Field(() => String, { description: 'The key itself, for Authorization: Bearer …; it cannot be shown again' })
  secret!: string;
}

@ObjectType('CreatedWorkspace', { description: 'A new workspace and its first owner key, shown only here' })
export class CreatedWorkspace {
  @Field(() => WorkspaceObject, { description: 'The new workspace' })
  workspace!: WorkspaceObject;

  @Field(() => String, {
    description: 'An owner key of the new workspace (named "owner"); it cannot be shown again',
  })
  ownerKey!: string;
}

export function apiKeyObject(key: ApiKey): ApiKeyObject {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    prefix: key.prefix,
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
    revokedAt: key.revokedAt,
  };
}
