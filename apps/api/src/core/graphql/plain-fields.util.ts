import { GraphQLObjectType, type GraphQLSchema } from 'graphql';

/**
 * The name of the resolver @nestjs/graphql gives every code-first field that has no resolver of its own: it reads the
 * field's property of its parent (or the field's `defaultValue`, which no output field here declares).
 */
const NEST_PROPERTY_READER = 'rootFieldResolver';

/**
 * The same schema with Nest's property readers removed, so each such field is read by GraphQL's default resolver,
 * which reads the same property. To graphql-js that changes nothing; graphql-jit (compiled-queries.plugin.ts) reads a
 * field without a resolver inline, but calls a resolver with a resolve info it must build: a three-year series by day
 * is ~20,000 such calls, 4.6 MB of garbage an answer. Fields with resolvers of their own (@ResolveField, queries)
 * keep them. Nest's reader reads the class's property name, the default resolver the field's name: no output field
 * here is renamed (`@Field({ name })`); one that is must keep its reader.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()))
      if (field.resolve?.name === NEST_PROPERTY_READER) field.resolve = undefined;
  }
  return schema;
}
