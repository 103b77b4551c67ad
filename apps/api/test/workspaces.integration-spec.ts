import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../src/core/auth/api-key.util.js';
import { TEST_MODES, TestApp } from './support/test-app.js';

interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}
interface ApiKey {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
interface AuditEvent {
  apiKeyId: string;
  keyPrefix: string;
  keyName: string;
  action: string;
  target: string | null;
  outcome: string;
  errorCode: string | null;
  occurredAt: string;
}
interface AuditPage {
  edges: { cursor: string; node: AuditEvent }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const KEY_FIELDS = 'id name role prefix createdAt lastUsedAt revokedAt';
const CREATE_WORKSPACE = `mutation ($name: String!, $currency: String, $timeZone: String) {
  createWorkspace(name: $name, currency: $currency, timeZone: $timeZone) {
    workspace { id name currency timeZone keyRole organicMonthlyCost } ownerKey } }`;
const UPDATE_WORKSPACE = `mutation ($currency: String, $timeZone: String, $organicMonthlyCost: Float) {
  updateWorkspace(currency: $currency, timeZone: $timeZone, organicMonthlyCost: $organicMonthlyCost) {
    currency timeZone organicMonthlyCost } }`;
const CREATE_KEY = `mutation ($name: String!, $role: ApiKeyRole!) {
  createApiKey(name: $name, role: $role) { key { ${KEY_FIELDS} } secret } }`;
const REVOKE_KEY = `mutation ($id: ID!) { revokeApiKey(id: $id) { ${KEY_FIELDS} } }`;
const API_KEYS = `{ apiKeys { ${KEY_FIELDS} } }`;
const AUDIT_LOG = `query ($first: Int, $after: String) { auditLog(first: $first, after: $after) {
  edges { cursor node { apiKeyId keyPrefix keyName action target outcome errorCode occurredAt } }
  pageInfo { hasNextPage endCursor } } }`;
const COST = `query ($range: DateRange!) { costComparison(range: $range) {
  organic { cost missingMonths months { month amount cost } } } }`;

describe.each(TEST_MODES)('workspaces, keys and audit (%s)', (mode) => {
  let tandem: TestApp;

  const ok = async <Data>(key: string, query: string, variables: object = {}): Promise<Data> => {
    const result = await tandem.graphql<Data>(key, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const errorOf = async (key: string, query: string, variables: object = {}) =>
    ((await tandem.graphql(key, query, variables)).errors as GraphQLError[] | undefined)?.[0];
  const createWorkspace = async (owner: string, name: string, settings: object = {}) =>
    (
      await ok<{ createWorkspace: { workspace: Record<string, unknown>; ownerKey: string } }>(owner, CREATE_WORKSPACE, {
        name,
        ...settings,
      })
    ).createWorkspace;
  const createKey = async (owner: string, name: string, role: string) =>
    (await ok<{ createApiKey: { key: ApiKey; secret: string } }>(owner, CREATE_KEY, { name, role })).createApiKey;
  const auditLog = async (owner: string, variables: object = {}) =>
    (await ok<{ auditLog: AuditPage }>(owner, AUDIT_LOG, variables)).auditLog;

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 44 });
  });

  afterAll(async () => tandem?.close());

  it('lets any owner key create a workspace, answering its owner key once, and nothing else can', async () => {
    const owner = await tandem.workspaceKey('agency');
    await tandem.importFixture(owner, 'paid-small.csv');
    const created = await createWorkspace(owner, '  Northwind Outfitters ', {
      currency: 'eur',
      timeZone: 'europe/paris',
    });
    expect(created.workspace).toMatchObject({
      name: 'Northwind Outfitters',
      currency: 'EUR',
      timeZone: 'Europe/Paris',
      keyRole: 'OWNER',
      organicMonthlyCost: null,
    });
    expect(created.ownerKey).toMatch(/^tdm_[\w-]{43}$/);
    const brand = await ok<{ workspace: { id: string; name: string }; imports: unknown[] }>(
      created.ownerKey,
      '{ workspace { id name } imports { id } }',
    );
    expect(brand).toEqual({ workspace: { id: created.workspace.id, name: 'Northwind Outfitters' }, imports: [] });
    const keys = (await ok<{ apiKeys: ApiKey[] }>(created.ownerKey, API_KEYS)).apiKeys;
    expect(keys).toEqual([
      expect.objectContaining({ name: 'owner', role: 'OWNER', prefix: created.ownerKey.slice(0, 12) }),
    ]);

    const plain = await createWorkspace(owner, 'Plain');
    expect(plain.workspace).toMatchObject({ currency: 'USD', timeZone: 'UTC' });
    expect((await errorOf(owner, CREATE_WORKSPACE, { name: 'Bad', currency: 'EURO' }))?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await errorOf(owner, CREATE_WORKSPACE, { name: ' ' }))?.message).toMatch(/name must have 1 to 100/);
    const uploader = await tandem.workspaceKey('agency', 'uploader');
    expect((await errorOf(uploader, CREATE_WORKSPACE, { name: 'Nope' }))?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a new key once, stores only its hash, and stops it answering once revoked', async () => {
    const owner = await tandem.workspaceKey('keys');
    const { key, secret } = await createKey(owner, 'CI uploads', 'UPLOADER');
    expect(key).toMatchObject({ name: 'CI uploads', role: 'UPLOADER', prefix: secret.slice(0, 12), revokedAt: null });
    expect(key.lastUsedAt).toBeNull();

    const [row] = await tandem.app.get(DataSource).query('SELECT * FROM api_key WHERE id = $1', [key.id]);
    expect(row.key_hash).toBe(hashApiKey(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(12));
    const listed = (await ok<{ apiKeys: ApiKey[] }>(owner, API_KEYS)).apiKeys;
    expect(listed.map((listedKey) => listedKey.id)).toContain(key.id);
    expect(JSON.stringify(listed)).not.toContain(secret.slice(12));

    expect((await tandem.upload(secret, 'organic-small.csv')).status).toBe(202);
    const revoked = (await ok<{ revokeApiKey: ApiKey }>(owner, REVOKE_KEY, { id: key.id })).revokeApiKey;
    expect(revoked.revokedAt).not.toBeNull();
    expect((await tandem.upload(secret, 'organic-small.csv')).status).toBe(401);
    expect((await tandem.graphql(secret, '{ workspace { id } }')).status).toBe(401);
    const again = (await ok<{ revokeApiKey: ApiKey }>(owner, REVOKE_KEY, { id: key.id })).revokeApiKey;
    expect(again.revokedAt).toBe(revoked.revokedAt);
    expect((await errorOf(owner, REVOKE_KEY, { id: 'not-a-key' }))?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps the last owner key of a workspace, so it can always issue keys again', async () => {
    const { ownerKey } = await createWorkspace(await tandem.workspaceKey('last-owner'), 'Solo');
    const [only] = (await ok<{ apiKeys: ApiKey[] }>(ownerKey, API_KEYS)).apiKeys;
    expect((await errorOf(ownerKey, REVOKE_KEY, { id: only!.id }))?.message).toMatch(/at least one owner key/);
    const second = await createKey(ownerKey, 'second owner', 'OWNER');
    await ok(second.secret, REVOKE_KEY, { id: only!.id });
    expect((await tandem.graphql(ownerKey, '{ workspace { id } }')).status).toBe(401);
  });

  it('records when a key was last used without writing on every request', async () => {
    const owner = await tandem.workspaceKey('last-used');
    const { key, secret } = await createKey(owner, 'dashboard', 'VIEWER');
    await ok(secret, '{ workspace { id } }');
    const first = (await ok<{ apiKeys: ApiKey[] }>(owner, API_KEYS)).apiKeys.find(({ id }) => id === key.id);
    expect(first?.lastUsedAt).not.toBeNull();
    for (let request = 0; request < 20; request++) await ok(secret, '{ workspace { id } }');
    const later = (await ok<{ apiKeys: ApiKey[] }>(owner, API_KEYS)).apiKeys.find(({ id }) => id === key.id);
    expect(later?.lastUsedAt).toBe(first?.lastUsedAt);
  });

  it('sets currency and time zone, and prices months without their own cost at the organic monthly cost', async () => {
    const owner = await tandem.workspaceKey('settings');
    const updated = await ok<{ updateWorkspace: Record<string, unknown> }>(owner, UPDATE_WORKSPACE, {
      currency: 'gbp',
      timeZone: 'America/New_York',
      organicMonthlyCost: 3100,
    });
    expect(updated.updateWorkspace).toEqual({
      currency: 'GBP',
      timeZone: 'America/New_York',
      organicMonthlyCost: 3100,
    });
    const kept = await ok<{ updateWorkspace: Record<string, unknown> }>(owner, UPDATE_WORKSPACE, { timeZone: 'UTC' });
    expect(kept.updateWorkspace).toEqual({ currency: 'GBP', timeZone: 'UTC', organicMonthlyCost: 3100 });
    expect((await errorOf(owner, UPDATE_WORKSPACE, { timeZone: 'Mars/Olympus' }))?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await errorOf(owner, UPDATE_WORKSPACE, { organicMonthlyCost: -1 }))?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );

    await ok(owner, 'mutation { setOrganicCost(month: "2026-04", amount: 900.5) { id } }');
    const range = { from: '2026-03-22', to: '2026-05-10' };
    const priced = (await ok<{ costComparison: { organic: Record<string, unknown> } }>(owner, COST, { range }))
      .costComparison.organic;
    expect(priced).toEqual({
      cost: 2900.5,
      missingMonths: [],
      months: [
        { month: '2026-03', amount: 3100, cost: 1000 },
        { month: '2026-04', amount: 900.5, cost: 900.5 },
        { month: '2026-05', amount: 3100, cost: 1000 },
      ],
    });
    await ok(owner, UPDATE_WORKSPACE, { organicMonthlyCost: null });
    const cleared = (await ok<{ costComparison: { organic: Record<string, unknown> } }>(owner, COST, { range }))
      .costComparison.organic;
    expect(cleared).toMatchObject({ cost: 900.5, missingMonths: ['2026-03', '2026-05'] });

    const analyst = await tandem.workspaceKey('settings', 'analyst');
    expect((await errorOf(analyst, UPDATE_WORKSPACE, { currency: 'EUR' }))?.extensions?.code).toBe('FORBIDDEN');
  });

  it('writes every mutation and upload to the audit log with its key, target and outcome, and never a secret', async () => {
    const owner = await tandem.workspaceKey('audited');
    const viewer = await tandem.workspaceKey('audited', 'viewer');
    const created = await createKey(owner, 'ops', 'UPLOADER');
    const upload = (await (await tandem.upload(created.secret, 'organic-small.csv')).json()) as { id: string };
    expect((await errorOf(viewer, UPDATE_WORKSPACE, { currency: 'EUR' }))?.extensions?.code).toBe('FORBIDDEN');
    await errorOf(owner, 'mutation { setOrganicCost(month: "2026-13", amount: 1) { id } }');
    const newWorkspace = await createWorkspace(owner, 'Audited brand');

    const events = (await auditLog(owner)).edges.map(({ node }) => node);
    const [ownerKey] = (await ok<{ apiKeys: ApiKey[] }>(owner, API_KEYS)).apiKeys.filter(({ name }) =>
      name.endsWith('owner'),
    );
    const [viewerKey] = (await ok<{ apiKeys: ApiKey[] }>(owner, API_KEYS)).apiKeys.filter(
      ({ role }) => role === 'VIEWER',
    );
    expect(
      events.map(({ action, target, outcome, errorCode, apiKeyId }) => ({
        action,
        target,
        outcome,
        errorCode,
        apiKeyId,
      })),
    ).toEqual([
      {
        action: 'createWorkspace',
        target: newWorkspace.workspace.id,
        outcome: 'SUCCESS',
        errorCode: null,
        apiKeyId: ownerKey!.id,
      },
      {
        action: 'setOrganicCost',
        target: null,
        outcome: 'FAILED',
        errorCode: 'BAD_USER_INPUT',
        apiKeyId: ownerKey!.id,
      },
      { action: 'updateWorkspace', target: null, outcome: 'REFUSED', errorCode: 'FORBIDDEN', apiKeyId: viewerKey!.id },
      { action: 'POST /api/imports', target: upload.id, outcome: 'SUCCESS', errorCode: null, apiKeyId: created.key.id },
      { action: 'createApiKey', target: created.key.id, outcome: 'SUCCESS', errorCode: null, apiKeyId: ownerKey!.id },
    ]);
    expect(events[3]).toMatchObject({ keyPrefix: created.secret.slice(0, 12), keyName: 'ops' });
    const stored = JSON.stringify(await tandem.app.get(DataSource).query('SELECT * FROM audit_event'));
    for (const secret of [created.secret, newWorkspace.ownerKey, owner]) expect(stored).not.toContain(secret);

    expect((await errorOf(viewer, AUDIT_LOG))?.extensions?.code).toBe('FORBIDDEN');
    const other = await tandem.workspaceKey('audit-other');
    expect((await auditLog(other)).edges).toEqual([]);
  });

  it('pages the audit log newest first with cursors, each event once', async () => {
    const owner = await tandem.workspaceKey('audit-pages');
    for (let month = 1; month <= 7; month++)
      await ok(owner, `mutation { setOrganicCost(month: "2026-0${month}", amount: ${month}) { id } }`);
    const seen: AuditEvent[] = [];
    let after: string | null = null;
    for (;;) {
      const page: AuditPage = await auditLog(owner, { first: 3, after });
      seen.push(...page.edges.map(({ node }) => node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(seen.map(({ occurredAt }) => occurredAt)).toEqual(
      seen
        .map(({ occurredAt }) => occurredAt)
        .sort()
        .reverse(),
    );
    expect((await errorOf(owner, AUDIT_LOG, { after: 'bogus' }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await errorOf(owner, AUDIT_LOG, { first: 101 }))?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
