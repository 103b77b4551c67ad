import { existsSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
} from 'graphql';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIST } from '../src/app.module.js';
import { API_KEY_ROLES, type ApiKeyRole } from '../src/core/auth/api-key-role.js';
import { EXPORT_REPORTS } from '../src/modules/exports/export-reports.js';
import { WebhookSourcesService } from '../src/modules/webhooks/webhook-sources.service.js';
import { signatureHeader } from '../src/modules/webhooks/webhook-signature.util.js';
import { ApiKeysService } from '../src/modules/workspaces/api-keys.service.js';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service.js';
import { TEST_MODES, TestApp, type UploadFile } from './support/test-app.js';

/**
 * Every GraphQL field and REST route, as the running app declares them, called by every role of one workspace and by
 * every role of another. Nothing here lists the operations: a field or route added tomorrow fails this file until it
 * has an argument builder and a minimum role below, and from then on is checked like the others.
 */

type Caller = ApiKeyRole | 'no key';
type MinimumRole = ApiKeyRole | 'public';

/** What each operation needs (docs/CONTRACT.md, Authentication); compared with what the server does. */
const MINIMUM_ROLE: Record<string, MinimumRole> = {
  'Query.apiKeys': 'owner',
  'Query.auditLog': 'owner',
  'Query.breakdown': 'viewer',
  'Query.costComparison': 'viewer',
  'Query.coverage': 'viewer',
  'Query.formats': 'viewer',
  'Query.growth': 'viewer',
  'Query.hashtags': 'viewer',
  'Query.import': 'analyst',
  'Query.importPreview': 'analyst',
  'Query.imports': 'analyst',
  'Query.metrics': 'viewer',
  'Query.organicVsPaid': 'viewer',
  'Query.overview': 'viewer',
  'Query.timeSeries': 'viewer',
  'Query.topPosts': 'viewer',
  'Query.workspace': 'viewer',
  'Mutation.commitImportPreview': 'uploader',
  'Mutation.createApiKey': 'owner',
  'Mutation.createWorkspace': 'owner',
  'Mutation.revokeApiKey': 'owner',
  'Mutation.setOrganicCost': 'analyst',
  'Mutation.updateWorkspace': 'owner',
  'Query.webhookSources': 'uploader',
  'Mutation.createWebhookSource': 'uploader',
  'Mutation.disableWebhookSource': 'uploader',
  'Mutation.rotateWebhookSecret': 'uploader',
  'GET /api/exports/:file': 'viewer',
  'GET /api/health': 'public',
  'GET /api/ready': 'public',
  'GET /metrics': 'public',
  'POST /api/imports': 'uploader',
  // Signed by the source's secret instead of a key: any caller holding the secret reaches it, with or without a key.
  'POST /api/webhooks/:sourceId': 'public',
  // The built dashboard (index.html for any other path), served only once `npm run build` has made it.
  ...(existsSync(WEB_DIST) ? { 'GET {*any}': 'public' as const } : {}),
};

const RANGE = { from: '2026-02-01', to: '2026-03-31' };

/** The objects of the workspace an operation aims at; `fresh*` make one to use up (a preview to commit, a key to revoke). */
interface Target {
  importId: string;
  previewId: string;
  freshPreviewId: () => Promise<string>;
  freshApiKeyId: () => Promise<string>;
  freshWebhookSourceId: () => Promise<string>;
}
type Builder = (target: Target) => unknown;

let names = 0;
/** Argument values, looked up as `field.argument: Type`, then `argument: Type`, then `Type`. */
const ARGUMENTS: Record<string, Builder> = {
  DateRange: () => RANGE,
  Dimension: () => 'CAMPAIGN',
  Granularity: () => 'WEEK',
  ApiKeyRole: () => 'VIEWER',
  'name: String': () => `matrix ${++names}`,
  'month: String': () => '2026-03',
  'amount: Float': () => 120.5,
  'import.id: ID': (target) => target.importId,
  'importPreview.id: ID': (target) => target.previewId,
  'commitImportPreview.id: ID': (target) => target.freshPreviewId(),
  'revokeApiKey.id: ID': (target) => target.freshApiKeyId(),
  'rotateWebhookSecret.id: ID': (target) => target.freshWebhookSourceId(),
  'disableWebhookSource.id: ID': (target) => target.freshWebhookSourceId(),
};

/** One request per REST route: the route's parameters filled in, or several requests where a parameter names a report. */
const ROUTES: Record<string, (key: string | undefined) => Promise<Response>[]> = {
  'GET /api/health': (key) => [request('GET', '/api/health', key)],
  'GET /api/ready': (key) => [request('GET', '/api/ready', key)],
  'GET /metrics': (key) => [request('GET', '/metrics', key)],
  'GET /api/exports/:file': (key) =>
    Object.keys(EXPORT_REPORTS).map((report) =>
      request('GET', `/api/exports/${report}.csv?${REPORT_PARAMETERS[report]}`, key),
    ),
  'POST /api/imports': (key) => [upload(key)],
  'POST /api/webhooks/:sourceId': (key) => [delivery(key)],
  'GET {*any}': (key) => [request('GET', '/settings', key)],
};
const REPORT_PARAMETERS: Record<string, string> = {
  breakdown: `from=${RANGE.from}&to=${RANGE.to}&by=CAMPAIGN`,
  'top-posts': `from=${RANGE.from}&to=${RANGE.to}`,
  hashtags: `from=${RANGE.from}&to=${RANGE.to}`,
  'time-series': `from=${RANGE.from}&to=${RANGE.to}&granularity=WEEK`,
  coverage: `from=${RANGE.from}&to=${RANGE.to}`,
  growth: `from=${RANGE.from}&to=${RANGE.to}&granularity=WEEK`,
  'organic-vs-paid': `from=${RANGE.from}&to=${RANGE.to}`,
};

let tandem: TestApp;

function request(method: string, url: string, key: string | undefined, body?: FormData): Promise<Response> {
  return fetch(`${tandem.baseUrl}${url}`, {
    method,
    body,
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });
}

/** What the operations upload: nothing in it is the victim's (its account, its figures). */
const UPLOADED: UploadFile = {
  name: 'matrix-organic.csv',
  content: Buffer.from(
    'date,platform,account_id,account_name,followers,impressions,engagements\n2026-03-03,X,x_matrix,matrix.upload,50,700,9\n',
  ),
};

/** The source the webhook route is called for, in the roles' workspace: what it sends is not the victim's either. */
let webhookSender: { id: string; secret: string };

function delivery(key: string | undefined): Promise<Response> {
  const body = JSON.stringify({
    grain: 'organic_daily',
    rows: [{ platform: 'x', account_id: 'x_matrix', date: '2026-03-04', metrics: { impressions: 10 } }],
  });
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'tandem-signature': signatureHeader(webhookSender.secret, Math.floor(Date.now() / 1000), body),
    'idempotency-key': `matrix-${++names}`,
  };
  if (key) headers.authorization = `Bearer ${key}`;
  return fetch(`${tandem.baseUrl}/api/webhooks/${webhookSender.id}`, { method: 'POST', headers, body });
}

function upload(key: string | undefined): Promise<Response> {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(UPLOADED.content)]), UPLOADED.name);
  return request('POST', '/api/imports', key, form);
}

/** A workspace with one key of each role. */
interface Seeded {
  id: string;
  keys: Record<ApiKeyRole, string>;
  keyIds: Record<ApiKeyRole, string>;
  importIds: string[];
  previewId: string;
  webhookSourceId: string;
}

async function seed(name: string, fixtures: string[]): Promise<Seeded> {
  const workspace = await tandem.app.get(WorkspacesService).ensure(name.toLowerCase().replace(/\W+/g, '-'), name);
  const keys = {} as Record<ApiKeyRole, string>;
  const keyIds = {} as Record<ApiKeyRole, string>;
  for (const role of API_KEY_ROLES) {
    const issued = await tandem.app.get(ApiKeysService).create(workspace.id, role, `${name} ${role}`);
    keys[role] = issued.secret;
    keyIds[role] = issued.key.id;
  }
  const importIds = [];
  for (const fixture of fixtures) importIds.push((await tandem.importFixture(keys.owner, fixture)).id);
  const { source } = await tandem.app.get(WebhookSourcesService).create(workspace.id, `${name} sender`);
  return {
    id: workspace.id,
    keys,
    keyIds,
    importIds,
    previewId: await previewIn(keys.uploader),
    webhookSourceId: source.id,
  };
}

async function previewIn(uploaderKey: string): Promise<string> {
  const response = await tandem.upload(uploaderKey, UPLOADED, {}, { dryRun: 'true' });
  return ((await response.json()) as { id: string }).id;
}

interface Operation {
  name: string;
  /** The calls' answers, as text, and whether each was refused for the key (401 or 403 / FORBIDDEN). */
  call: (key: string | undefined, target: Target) => Promise<Answer[]>;
}
interface Answer {
  refused: boolean;
  failure: string | null;
  text: string;
  /** Values the caller sent, which an answer may echo without leaking anything. */
  sent: string[];
}

function graphqlOperations(): { operations: Operation[]; missing: string[] } {
  const schema = tandem.app.get(GraphQLSchemaHost).schema;
  const roots = [schema.getQueryType(), schema.getMutationType()].filter((root) => root !== null && root !== undefined);
  const missing: string[] = [];
  const operations = roots.flatMap((root) =>
    Object.values(root.getFields()).map((field) => graphqlOperation(root, field, missing)),
  );
  return { operations, missing };
}

function graphqlOperation(
  root: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  missing: string[],
): Operation {
  const required = field.args.filter(isRequiredArgument);
  const builders = required.map((argument) => {
    const type = getNamedType(argument.type).name;
    const builder =
      ARGUMENTS[`${field.name}.${argument.name}: ${type}`] ?? ARGUMENTS[`${argument.name}: ${type}`] ?? ARGUMENTS[type];
    if (!builder) missing.push(`${root.name}.${field.name}(${argument.name}: ${String(argument.type)})`);
    return { argument, builder };
  });
  const declared = required.map((argument) => `$${argument.name}: ${String(argument.type)}`);
  const passed = required.map((argument) => `${argument.name}: $${argument.name}`);
  if (field.args.some((argument) => argument.name === 'first')) passed.push('first: 3');
  const selection = selectionOf(field.type, 4) ?? '';
  const document = `${root.name === 'Mutation' ? 'mutation' : 'query'}${declared.length ? `(${declared.join(', ')})` : ''} {
    ${field.name}${passed.length ? `(${passed.join(', ')})` : ''} ${selection} }`;
  return {
    name: `${root.name}.${field.name}`,
    call: async (key, target) => {
      const variables: Record<string, unknown> = {};
      for (const { argument, builder } of builders) {
        const value = await builder!(target);
        variables[argument.name] = isListType(isNonNullType(argument.type) ? argument.type.ofType : argument.type)
          ? [value]
          : value;
      }
      const answer = await tandem.graphql<unknown>(key, document, variables);
      const errors = (answer.errors ?? []) as { message: string; extensions?: { code?: string } }[];
      const refused = answer.status === 401 || errors.some((error) => error.extensions?.code === 'FORBIDDEN');
      const failure = !refused && (answer.status !== 200 || errors.length > 0) ? JSON.stringify(answer) : null;
      return [{ refused, failure, text: JSON.stringify(answer), sent: sentValues(variables) }];
    },
  };
}

/** Every field without required arguments, objects down to `depth` levels; lists with `first` ask for 3. */
function selectionOf(type: GraphQLOutputType, depth: number): string | null {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth === 0) return null;
  const fields = Object.values(named.getFields())
    .filter((field) => !field.args.some(isRequiredArgument))
    .flatMap((field) => {
      const sub = selectionOf(field.type, depth - 1);
      if (sub === null) return [];
      const first = field.args.some((argument) => argument.name === 'first') ? '(first: 3)' : '';
      return [`${field.name}${first} ${sub}`];
    });
  return fields.length > 0 ? `{ ${fields.join(' ')} }` : null;
}

function sentValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(sentValues);
}

function restOperations(): { operations: Operation[]; missing: string[] } {
  const router = tandem.app.getHttpAdapter().getInstance().router as {
    stack: { route?: { path: string; methods: Record<string, boolean>; stack: { handle: { name: string } }[] } }[];
  };
  // Nest mounts middleware on each route excluded from the global prefix (/metrics) for every method, as anonymous
  // handlers; what answers a request has a name (a controller's `Class.method`, the static server's `renderFn`).
  const answers = (route: { stack: { handle: { name: string } }[] }) => route.stack.some(({ handle }) => handle.name);
  const routes = router.stack.flatMap(({ route }) =>
    route && answers(route) ? Object.keys(route.methods).map((method) => `${method.toUpperCase()} ${route.path}`) : [],
  );
  const missing = routes.filter((route) => !ROUTES[route]);
  const operations = routes
    .filter((route) => ROUTES[route])
    .map((route) => ({
      name: route,
      call: async (key: string | undefined) =>
        Promise.all(
          ROUTES[route]!(key).map(async (pending) => {
            const response = await pending;
            const text = await response.text();
            const refused = response.status === 401 || response.status === 403;
            const failure = !refused && response.status >= 300 ? `${response.status} ${text}` : null;
            return { refused, failure, text, sent: [] };
          }),
        ),
    }));
  return { operations, missing };
}

/** Waits for the imports the operations queued, so that none is cut off when the app closes. */
async function settled(): Promise<void> {
  const database = tandem.app.get(DataSource);
  for (;;) {
    const [{ pending }] = await database.query(
      `SELECT count(*)::int AS pending FROM import WHERE status IN ('QUEUED', 'PROCESSING')`,
    );
    if (pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function expectedToReach(caller: Caller, minimum: MinimumRole): boolean {
  if (minimum === 'public') return true;
  return caller !== 'no key' && API_KEY_ROLES.indexOf(caller) >= API_KEY_ROLES.indexOf(minimum);
}

describe.each(TEST_MODES)('isolation and roles, for every operation the app declares (%s)', (mode) => {
  let operations: Operation[];
  let missingBuilders: string[];
  let victim: Seeded;
  let other: Seeded;
  let roles: Seeded;

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 45 });
    const graphql = graphqlOperations();
    const rest = restOperations();
    operations = [...graphql.operations, ...rest.operations];
    missingBuilders = [...graphql.missing, ...rest.missing];
    victim = await seed('Matrix victim', ['paid-small.csv', 'organic-small.csv', 'instagram-posts.csv']);
    other = await seed('Matrix other', []);
    roles = await seed('Matrix roles', ['organic-small.csv']);
    const created = await tandem.app.get(WebhookSourcesService).create(roles.id, 'Matrix sender');
    webhookSender = { id: created.source.id, secret: created.secret };
  });

  afterAll(async () => {
    await settled();
    await tandem?.close();
  });

  it('has an argument builder for every argument and a minimum role for every operation, and no more', () => {
    expect(missingBuilders).toEqual([]);
    expect(operations.map((operation) => operation.name).sort()).toEqual(Object.keys(MINIMUM_ROLE).sort());
  });

  it('lets each role reach exactly the operations its role allows, and audits every mutation and upload', async () => {
    const target: Target = {
      importId: roles.importIds[0]!,
      previewId: roles.previewId,
      freshPreviewId: () => previewIn(roles.keys.uploader),
      freshApiKeyId: async () => (await tandem.app.get(ApiKeysService).create(roles.id, 'viewer', 'spare')).key.id,
      freshWebhookSourceId: async () =>
        (await tandem.app.get(WebhookSourcesService).create(roles.id, 'spare sender')).source.id,
    };
    const mismatches: string[] = [];
    let checks = 0;
    for (const operation of operations)
      for (const caller of ['no key', ...API_KEY_ROLES] as Caller[]) {
        const key = caller === 'no key' ? undefined : roles.keys[caller];
        const expected = expectedToReach(caller, MINIMUM_ROLE[operation.name]!);
        for (const answer of await operation.call(key, target)) {
          checks++;
          if (answer.refused === expected)
            mismatches.push(`${operation.name} as ${caller}: ${expected ? 'refused' : 'allowed'}`);
          else if (expected && answer.failure)
            mismatches.push(`${operation.name} as ${caller} failed: ${answer.failure}`);
        }
      }
    const callers = API_KEY_ROLES.length + 1;
    console.log(
      `isolation matrix: ${operations.length} operations (${checks / callers} calls) × ${callers} callers (4 roles, no key) = ${checks} role checks`,
    );
    expect(mismatches).toEqual([]);

    const audited: { action: string; outcome: string; api_key_id: string }[] = await tandem.app
      .get(DataSource)
      .query('SELECT action, outcome, api_key_id FROM audit_event WHERE workspace_id = $1', [roles.id]);
    // A webhook delivery is recorded as a delivery of its source, not as an act of a key.
    const writes = operations.filter(
      ({ name }) => name.startsWith('Mutation.') || (name.startsWith('POST ') && MINIMUM_ROLE[name] !== 'public'),
    );
    const unaudited = writes.flatMap(({ name }) =>
      API_KEY_ROLES.filter((role) => {
        const action = name.replace(/^Mutation\./, '');
        const outcome = expectedToReach(role, MINIMUM_ROLE[name]!) ? 'SUCCESS' : 'REFUSED';
        return !audited.some(
          (event) => event.action === action && event.outcome === outcome && event.api_key_id === roles.keyIds[role],
        );
      }).map((role) => `${name} as ${role}`),
    );
    expect(unaudited).toEqual([]);
  });

  it("gives a key of another workspace nothing of a workspace's data, and lets it change nothing there", async () => {
    const aimedAtVictim: Target = {
      importId: victim.importIds[0]!,
      previewId: victim.previewId,
      freshPreviewId: async () => victim.previewId,
      freshApiKeyId: async () => victim.keyIds.viewer,
      freshWebhookSourceId: async () => victim.webhookSourceId,
    };
    const reads = operations.filter(({ name }) => name.startsWith('Query.'));
    const snapshot = async () => {
      const answers = [];
      for (const operation of reads) answers.push(...(await operation.call(victim.keys.owner, aimedAtVictim)));
      const [counts] = await tandem.app.get(DataSource).query(
        `SELECT (SELECT count(*) FROM audit_event WHERE workspace_id = $1)::int AS audit,
             (SELECT count(*) FROM api_key WHERE workspace_id = $1 AND revoked_at IS NULL)::int AS keys,
             (SELECT count(*) FROM import WHERE workspace_id = $1)::int AS imports`,
        [victim.id],
      );
      // A key's last use is written once a minute, by the victim's own reads too: not a change made by the other workspace.
      return answers.map(({ text }) => text.replace(/"lastUsedAt":"[^"]*"/g, '')).join('\n') + JSON.stringify(counts);
    };
    const before = await snapshot();
    const markers = victimMarkers(victim, before);

    const leaks: string[] = [];
    let calls = 0;
    for (const operation of operations)
      for (const role of API_KEY_ROLES)
        for (const answer of await operation.call(other.keys[role], aimedAtVictim)) {
          calls++;
          const text = answer.sent.reduce((rest, value) => rest.split(value).join(''), answer.text);
          const found = markers.filter((marker) => text.includes(marker));
          if (found.length > 0) leaks.push(`${operation.name} as ${role} of another workspace: ${found.join(', ')}`);
        }
    console.log(
      `isolation matrix: ${calls / API_KEY_ROLES.length} calls × ${API_KEY_ROLES.length} roles of another workspace = ${calls} isolation checks`,
    );
    expect(leaks).toEqual([]);
    expect(await snapshot()).toBe(before);
  });
});

/**
 * What only the victim's answers may hold: its ids, key prefixes, names from its exports and its totals. Each is first
 * found in the victim's own answers, so its absence from the other workspace's answers means something.
 */
function victimMarkers(victim: Seeded, victimAnswers: string): string[] {
  const markers = [
    victim.id,
    ...victim.importIds,
    victim.previewId,
    victim.webhookSourceId,
    ...Object.values(victim.keyIds),
    ...Object.values(victim.keys).map((key) => key.slice(0, 12)),
    'Matrix victim',
    'Spring Sale',
    'acme.studio',
    'springdrop',
    '1121.84',
  ];
  const absent = markers.filter((marker) => !victimAnswers.includes(marker));
  expect(absent, 'markers the victim itself does not see').toEqual([]);
  return markers;
}
