import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ApiKeyRole } from '../../../core/auth/api-key-role.js';
import type { Workspace } from '../workspace.entity.js';

/** GraphQL names (`UPLOADER`) for the stored roles (`uploader`): the enum serialises a key's own role. */
export const ApiKeyRoleEnum = {
  VIEWER: 'viewer',
  ANALYST: 'analyst',
  UPLOADER: 'uploader',
  OWNER: 'owner',
} as const satisfies Record<string, ApiKeyRole>;
registerEnumType(ApiKeyRoleEnum, {
  name: 'ApiKeyRole',
  description: 'What a key may do, each role including the ones before it: VIEWER < ANALYST < UPLOADER < OWNER',
});

@ObjectType('Workspace', { description: 'One team’s or client’s results, reached with that workspace’s API keys' })
export class WorkspaceObject {
  @Field(() => ID, { description: 'Stable id of the workspace' })
  id!: string;

  @Field(() => String, { description: 'The workspace’s name' })
  name!: string;

  @Field(() => String, { description: 'ISO 4217 reporting currency of every money figure' })
  currency!: string;

  @Field(() => String, { description: 'IANA time zone of every date' })
  timeZone!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'The organic cost of every month that has no cost of its own (setOrganicCost), in the reporting currency; null: such months have no cost and costComparison lists them as missing',
  })
  organicMonthlyCost!: number | null;

  @Field(() => ApiKeyRoleEnum, {
    description: 'The role of the API key asking, so that a client can offer only what the key may do',
  })
  keyRole!: ApiKeyRole;
}

/** A stored workspace as the API shows it to a key of `keyRole`. */
export function workspaceObject(workspace: Workspace, keyRole: ApiKeyRole): WorkspaceObject {
  return {
    id: workspace.id,
    name: workspace.name,
    currency: workspace.currency.trim(),
    timeZone: workspace.timeZone,
    organicMonthlyCost: workspace.organicMonthlyCost === null ? null : Number(workspace.organicMonthlyCost),
    keyRole,
  };
}
