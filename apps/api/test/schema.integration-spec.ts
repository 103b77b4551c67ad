import {
  buildClientSchema,
  getIntrospectionQuery,
  type GraphQLSchema,
  type IntrospectionQuery,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
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

/** Analysts read the schema as the API's documentation: every type and field says what it is, in the user's words. */
it('describes every type and field of the schema', async () => {
  const key = await tandem.workspaceKey('schema-descriptions', 'analyst');
  const introspection = await tandem.graphql<IntrospectionQuery>(key, getIntrospectionQuery());
  expect(undescribed(buildClientSchema(introspection.data!)), 'types and fields without a description').toEqual([]);
});

/** Types (introspection's `__*` and the built-in scalars aside) and fields that have no description. */
function undescribed(schema: GraphQLSchema): string[] {
  const names: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!type.description?.trim()) names.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (!field.description?.trim()) names.push(`${type.name}.${field.name}`);
    }
  }
  return names.sort();
}
