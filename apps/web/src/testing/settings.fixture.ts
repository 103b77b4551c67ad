import {
  ApiKeysDocument,
  type ApiKeyFieldsFragment,
  AuditLogDocument,
  type AuditLogQuery,
  SettingsWorkspaceDocument,
} from '../generated/graphql';
import { AUDIT_PAGE_SIZE } from '../modules/settings/hooks/useAuditLog';

export const settingsWorkspace = {
  __typename: 'Workspace' as const,
  id: 'ws-1',
  name: 'Acme',
  currency: 'USD',
  timeZone: 'UTC',
  organicMonthlyCost: null as number | null,
  keyRole: 'OWNER' as const,
};

export const settingsWorkspaceMock = {
  request: { query: SettingsWorkspaceDocument },
  result: { data: { workspace: settingsWorkspace } },
};

export function apiKeyOf(id: string, name: string, patch: Partial<ApiKeyFieldsFragment> = {}) {
  return {
    __typename: 'ApiKey' as const,
    id,
    name,
    role: 'OWNER' as const,
    prefix: `tdm_${id.padEnd(8, 'x')}`,
    createdAt: '2026-11-20T09:00:00Z',
    lastUsedAt: null,
    revokedAt: null,
    ...patch,
  } satisfies ApiKeyFieldsFragment & { __typename: 'ApiKey' };
}

export const apiKeysMock = (keys: ReturnType<typeof apiKeyOf>[]) => ({
  request: { query: ApiKeysDocument },
  result: { data: { apiKeys: keys } },
});

type AuditNode = AuditLogQuery['auditLog']['edges'][number]['node'];

export function auditEventOf(id: string, action: string, patch: Partial<AuditNode> = {}) {
  return {
    __typename: 'AuditEvent' as const,
    id,
    keyName: 'owner',
    keyPrefix: 'tdm_abcdefgh',
    action,
    target: null,
    outcome: 'SUCCESS' as const,
    errorCode: null,
    occurredAt: '2026-11-29T10:00:00Z',
    ...patch,
  } satisfies AuditNode & { __typename: 'AuditEvent' };
}

/** One page of the audit log as the page asks for it; `next` is the cursor of a following page, if any. */
export function auditLogMock(after: string | null, events: ReturnType<typeof auditEventOf>[], next: string | null) {
  return {
    request: { query: AuditLogDocument, variables: { first: AUDIT_PAGE_SIZE, after } },
    result: {
      data: {
        auditLog: {
          __typename: 'AuditConnection' as const,
          edges: events.map((node) => ({ __typename: 'AuditEdge' as const, cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: next !== null, endCursor: next },
        },
      },
    },
  };
}
