import {
  buildClientSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestApp } from './support/test-app.js';

let tandem: TestApp;

beforeAll(async () => {
  tandem = await TestApp.start('embedded', { redisDb: 2 });
});

afterAll(async () => tandem?.close());

/** schema.graphql is the contract analysts and the web's codegen read: `npm run schema` rewrites it. */
it('serves exactly the committed schema.graphql', async () => {
  const key = await tandem.workspaceKey('schema', 'analyst');
  const introspection = await tandem.graphql<IntrospectionQuery>(key, getIntrospectionQuery());
  const printed = `${printSchema(lexicographicSortSchema(buildClientSchema(introspection.data!)))}\n`;
  await expect(printed).toMatchFileSnapshot('../../../schema.graphql');
});
