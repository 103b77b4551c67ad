import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getIntrospectionQuery,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  typeFromAST,
  visit,
} from 'graphql';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UNAUTHENTICATED_MESSAGE } from '../src/core/auth/api-key.middleware.js';
import { BAD_USER_INPUT, ERROR_CODES, INTERNAL_ERROR_MESSAGE } from '../src/core/graphql/graphql-errors.util.js';
import {
  MAX_QUERY_COST,
  MAX_QUERY_DEPTH,
  MAX_QUERY_SELECTIONS,
  operationCost,
  QUERY_TOO_COSTLY,
  QUERY_TOO_DEEP,
} from '../src/core/graphql/query-limits.plugin.js';
import { MAX_IMPORTS_PAGE } from '../src/modules/imports/imports.resolver.js';
import { ImportsService } from '../src/modules/imports/imports.service.js';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service.js';
import { type GraphQLResponse, TEST_MODES, TestApp } from './support/test-app.js';

interface ErrorBody {
  message: string;
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
}

const errorsOf = (result: GraphQLResponse<unknown>): ErrorBody[] => (result.errors ?? []) as ErrorBody[];

/** A valid query `depth` levels deep (introspection by `__type` counts like any field; only `__schema` is exempt). */
const nested = (depth: number) =>
  `__type(name: "Query") { ${'ofType { '.repeat(depth - 2)}name${' }'.repeat(depth - 2)} }`;

const PAGED_IMPORTS = 'query ($n: Int) { imports(first: $n) { id errors(first: $n) { message } } }';

const WEB_MODULES = path.resolve(import.meta.dirname, '../../web/src/modules');

/** Each operation of the dashboard's `graphql/*.graphql` files, with the fragments it uses. */
function webOperations(): { name: string; document: DocumentNode }[] {
  const files = readdirSync(WEB_MODULES, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /(^|\/)graphql\/[^/]+\.graphql$/.test(file),
  );
  const definitions = files.flatMap((file) => parse(readFileSync(path.join(WEB_MODULES, file), 'utf8')).definitions);
  const fragments = new Map(
    definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      name: operation.name?.value ?? '(anonymous)',
      document: { kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsUsedBy(operation, fragments)] },
    }));
}

function fragmentsUsedBy(
  node: OperationDefinitionNode | FragmentDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  used = new Map<string, FragmentDefinitionNode>(),
): FragmentDefinitionNode[] {
  visit(node, {
    FragmentSpread(spread) {
      const fragment = fragments.get(spread.name.value);
      if (!fragment || used.has(fragment.name.value)) return;
      used.set(fragment.name.value, fragment);
      fragmentsUsedBy(fragment, fragments, used);
    },
  });
  return [...used.values()];
}

/** Variables for an operation: every Int at the imports page cap (the largest page a dashboard asks for), every field filled. */
/**
 * Variables and input fields whose String has a form of its own: a month `YYYY-MM`, a metric id, a cursor (none:
 * the first page).
 */
const NAMED_SAMPLES: Record<string, unknown> = { month: '2026-01', metric: 'paid.spend', after: null };

const sampleNamed = (name: string, type: GraphQLInputType): unknown =>
  Object.hasOwn(NAMED_SAMPLES, name) ? NAMED_SAMPLES[name] : sampleValue(type);

function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => {
      const name = definition.variable.name.value;
      return [name, sampleNamed(name, typeFromAST(schema, definition.type as never) as GraphQLInputType)];
    }),
  );
}

const SCALAR_SAMPLES: Record<string, unknown> = {
  Int: MAX_IMPORTS_PAGE,
  Float: 1,
  Boolean: true,
  String: 'sample',
  ID: '00000000-0000-4000-8000-000000000000',
  Date: '2026-01-01',
  DateTime: '2026-01-01T00:00:00Z',
};

function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [field.name, sampleNamed(field.name, field.type)]),
    );
  }
  return SCALAR_SAMPLES[type.name] ?? 'sample';
}

describe.each(TEST_MODES)('GraphQL hardening: limits, error codes, pages (%s)', (mode) => {
  let tandem: TestApp;
  let owner: string;

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 8 });
    owner = await tandem.workspaceKey('hardening');
  });

  afterAll(async () => tandem?.close());

  afterEach(() => vi.restoreAllMocks());

  describe('query limits', () => {
    it(`refuses a query nested more than ${MAX_QUERY_DEPTH} levels deep before any resolver runs`, async () => {
      const list = vi.spyOn(tandem.app.get(ImportsService), 'list');
      const allowed = await tandem.graphql(owner, `{ imports { id } ${nested(MAX_QUERY_DEPTH)} }`);
      expect(allowed.errors).toBeUndefined();
      expect(list).toHaveBeenCalledTimes(1);

      const refused = await tandem.graphql(owner, `{ imports { id } ${nested(MAX_QUERY_DEPTH + 1)} }`);
      expect(refused.status).toBe(400);
      expect(refused.data).toBeUndefined();
      expect(errorsOf(refused)).toEqual([
        {
          message: expect.stringMatching(/more than 8 levels deep/),
          extensions: { code: 'BAD_USER_INPUT', reason: QUERY_TOO_DEEP, limit: MAX_QUERY_DEPTH },
        },
      ]);
      expect(list).toHaveBeenCalledTimes(1);
    });

    it('refuses a query too costly for its variables before any resolver runs, and answers it with smaller pages', async () => {
      const list = vi.spyOn(tandem.app.get(ImportsService), 'list');
      const refused = await tandem.graphql(owner, PAGED_IMPORTS, { n: 100 });
      expect(refused.status).toBe(400);
      expect(refused.data).toBeUndefined();
      expect(errorsOf(refused)).toEqual([
        {
          message: expect.stringMatching(/cost 10150, more than the 1000/),
          extensions: { code: 'BAD_USER_INPUT', reason: QUERY_TOO_COSTLY, cost: 10_150, limit: MAX_QUERY_COST },
        },
      ]);
      expect(list).not.toHaveBeenCalled();

      const answered = await tandem.graphql<{ imports: unknown[] }>(owner, PAGED_IMPORTS, { n: 5 });
      expect(answered.errors).toBeUndefined();
      expect(answered.data?.imports).toEqual([]);
      expect(list).toHaveBeenCalledTimes(1);
    });

    it('refuses more than 20 root fields in one request (aliases count)', async () => {
      const workspaces = (count: number) =>
        `{ ${Array.from({ length: count }, (_, index) => `w${index}: workspace { name }`).join(' ')} }`;
      expect((await tandem.graphql(owner, workspaces(20))).errors).toBeUndefined();
      const refused = await tandem.graphql(owner, workspaces(21));
      expect(refused.status).toBe(400);
      expect(errorsOf(refused)[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: QUERY_TOO_COSTLY });
    });

    it('answers the full introspection query (GraphiQL, codegen) whatever its depth', async () => {
      const introspection = await tandem.graphql<{ __schema: { queryType: { name: string } } }>(
        owner,
        getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }),
      );
      expect(introspection.errors).toBeUndefined();
      expect(introspection.data?.__schema.queryType.name).toBe('Query');
    });

    it('answers every operation of the dashboard within the limits, each under half the budget at the largest page', async () => {
      const schema = tandem.app.get(GraphQLSchemaHost).schema;
      const operations = webOperations();
      expect(operations.map(({ name }) => name)).toEqual(
        expect.arrayContaining(['Overview', 'Imports', 'ImportDetails']),
      );
      for (const { name, document } of operations) {
        const operation = document.definitions[0] as OperationDefinitionNode;
        const variables = sampleVariables(schema, operation);
        const result = await tandem.graphql(owner, print(document), variables);
        // Refused before running (an invalid document, a limit): those carry a reason. A resolver refusing the sample
        // values (`month: "sample"`) is not what this checks.
        const refusals = errorsOf(result).filter(
          (error) => error.extensions?.code === 'BAD_USER_INPUT' && error.extensions.reason !== undefined,
        );
        expect(refusals, name).toEqual([]);
        expect(operationCost(schema, document, operation, variables), name).toBeLessThanOrEqual(MAX_QUERY_COST / 2);
      }
    });
  });

  describe('error codes', () => {
    it('answers a missing or wrong key with HTTP 401, UNAUTHENTICATED and no data', async () => {
      for (const key of [undefined, 'tdm_not-a-key']) {
        const refused = await tandem.graphql(key, '{ workspace { name } }');
        expect(refused.status).toBe(401);
        expect(refused.data).toBeUndefined();
        expect(refused.errors).toEqual([{ message: UNAUTHENTICATED_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }]);
      }
    });

    it('answers a key without the role with FORBIDDEN', async () => {
      const viewer = await tandem.workspaceKey('hardening', 'viewer');
      const refused = await tandem.graphql(viewer, '{ imports { id } }');
      expect(refused.status).toBe(200);
      expect(errorsOf(refused)).toEqual([
        expect.objectContaining({
          message: 'This needs a key with the analyst role',
          extensions: { code: 'FORBIDDEN' },
        }),
      ]);
    });

    it('answers what the caller must fix with BAD_USER_INPUT, saying what is wrong', async () => {
      const overview = 'query ($range: DateRange!) { overview(range: $range) { warnings } }';
      const cases: [string, object, RegExp][] = [
        [
          overview,
          { range: { from: '2026-03-02', to: '2026-03-01' } },
          /starts \(2026-03-02\) after it ends \(2026-03-01\)/,
        ],
        [
          overview,
          { range: { from: '2026-02-30', to: '2026-03-01' } },
          /real day written YYYY-MM-DD, got "2026-02-30"/,
        ],
        ['{ imports(first: 101) { id } }', {}, /"first" must be from 0 to 100, got 101/],
        ['{ imports(after: "bm90IGEgY3Vyc29y") { id } }', {}, /"after" must be the cursor of an import/],
        ['{ imports { id nope } }', {}, /Cannot query field "nope" on type "Import"/],
        ['{ imports { id }', {}, /Syntax Error/],
        ...['paid.nope', 'constructor.spend', '__proto__.x'].map((metric): [string, object, RegExp] => [
          `query ($metric: ID!) { breakdown(range: { from: "2026-03-01", to: "2026-03-31" }, by: [CAMPAIGN], sort: { metric: $metric }) { totalCount } }`,
          { metric },
          /Unknown metric ".*": the `metrics` query lists them/,
        ]),
      ];
      for (const [query, variables, message] of cases) {
        const errors = errorsOf(await tandem.graphql(owner, query, variables));
        expect(errors, query).toHaveLength(1);
        expect(errors[0]?.message, query).toMatch(message);
        expect(errors[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      }
    });

    it('answers an unknown import with null (CONTRACT: `import(id): Import`) and an unknown preview with NOT_FOUND', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      const missing = await tandem.graphql<{ import: null }>(owner, 'query ($id: ID!) { import(id: $id) { id } }', {
        id: unknown,
      });
      expect(missing).toMatchObject({ status: 200, data: { import: null } });
      expect(missing.errors).toBeUndefined();

      const commit = 'mutation ($id: ID!) { commitImportPreview(id: $id) { id } }';
      const errors = errorsOf(await tandem.graphql(owner, commit, { id: unknown }));
      expect(errors).toEqual([
        expect.objectContaining({ message: `No import preview ${unknown}`, extensions: { code: 'NOT_FOUND' } }),
      ]);
    });

    it('answers an unexpected failure with INTERNAL_SERVER_ERROR, and in production without its message or stack', async () => {
      const failure = new Error('relation "import" does not exist: SELECT id FROM import WHERE secret');
      vi.spyOn(tandem.app.get(ImportsService), 'list').mockRejectedValue(failure);
      const revealed = errorsOf(await tandem.graphql(owner, '{ imports { id } }'));
      expect(revealed).toEqual([
        expect.objectContaining({ message: failure.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ]);

      const environment = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        const result = await tandem.graphql(owner, '{ imports { id } }');
        expect(errorsOf(result)).toEqual([
          {
            message: INTERNAL_ERROR_MESSAGE,
            locations: expect.any(Array),
            path: ['imports'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ]);
        expect(JSON.stringify(result)).not.toMatch(/SELECT|secret|stacktrace|\.ts:/);
      } finally {
        process.env.NODE_ENV = environment;
      }
    });

    it('asks which operation to run when a document holds several without a name given', async () => {
      const answer = await tandem.graphql(owner, 'query A { workspace { name } } query B { workspace { name } }');
      expect(answer.data).toBeUndefined();
      expect(errorsOf(answer)).toEqual([
        expect.objectContaining({
          message: 'Must provide operation name if query contains multiple operations.',
          extensions: expect.objectContaining({ code: BAD_USER_INPUT }),
        }),
      ]);
    });

    it('gives every error one of the five codes', async () => {
      const viewer = await tandem.workspaceKey('hardening', 'viewer');
      const requests: [string | undefined, string][] = [
        [undefined, '{ workspace { name } }'],
        [viewer, '{ imports { id } }'],
        [owner, '{ imports(first: -1) { id } }'],
        [owner, '{ nope }'],
        [owner, 'query A { workspace { name } } query B { workspace { name } }'],
        [owner, `{ ${nested(MAX_QUERY_DEPTH + 1)} }`],
        [owner, `{ imports(first: 1) { ${'id '.repeat(MAX_QUERY_SELECTIONS)} } }`],
      ];
      for (const [key, query] of requests) {
        const errors = errorsOf(await tandem.graphql(key, query));
        expect(errors.length, query).toBeGreaterThan(0);
        for (const error of errors) expect(ERROR_CODES, query).toContain(error.extensions?.code);
      }
    });
  });

  describe('imports pages', () => {
    it('walks every import exactly once, newest first, ties and microseconds included', async () => {
      const workspace = await tandem.app.get(WorkspacesService).ensure('pages', 'pages');
      const key = await tandem.workspaceKey('pages', 'analyst');
      const database = tandem.app.get(DataSource);
      const instants = [
        '2026-01-02T00:00:00Z',
        '2026-01-01T00:00:00.000100Z',
        '2026-01-01T00:00:00.000100Z',
        '2026-01-01T00:00:00.000100Z',
        '2026-01-01T00:00:00.000900Z', // the same millisecond as the three above, a later microsecond
        '2026-01-01T00:00:00.000900Z',
        '2025-12-31T00:00:00Z',
      ];
      for (const [index, createdAt] of instants.entries()) {
        await database.query(
          `INSERT INTO import (workspace_id, file_name, stored_path, size_bytes, status, created_at)
           VALUES ($1, $2, '/nowhere', 1, 'COMPLETED', $3::timestamptz)`,
          [workspace.id, `export-${index}.csv`, createdAt],
        );
      }
      const newestFirst = (
        (await database.query('SELECT id FROM import WHERE workspace_id = $1 ORDER BY created_at DESC, id DESC', [
          workspace.id,
        ])) as { id: string }[]
      ).map(({ id }) => id);

      const page = async (after: string | undefined) => {
        const result = await tandem.graphql<{ imports: { id: string; cursor: string }[] }>(
          key,
          'query ($after: String) { imports(first: 2, after: $after) { id cursor } }',
          { after },
        );
        expect(result.errors).toBeUndefined();
        return result.data!.imports;
      };
      const pages: string[][] = [];
      let after: string | undefined;
      for (;;) {
        const imports = await page(after);
        if (imports.length === 0) break;
        pages.push(imports.map(({ id }) => id));
        after = imports.at(-1)!.cursor;
        expect(pages.length).toBeLessThanOrEqual(instants.length);
      }
      expect(pages.map((ids) => ids.length)).toEqual([2, 2, 2, 1]);
      expect(pages.flat()).toEqual(newestFirst);

      // Without `after`, the list is what it was: the newest imports, `first` of them (50 by default).
      const listed = await tandem.graphql<{ imports: { id: string }[] }>(key, '{ imports { id } }');
      expect(listed.data?.imports.map(({ id }) => id)).toEqual(newestFirst);

      // A cursor whose import is gone still marks its place, by the instant it carries.
      const [newest] = await page(undefined);
      await database.query('DELETE FROM import WHERE id = $1', [newest!.id]);
      expect((await page(newest!.cursor)).map(({ id }) => id)).toEqual(newestFirst.slice(1, 3));
    });
  });
});
