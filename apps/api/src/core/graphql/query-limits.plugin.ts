import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type DocumentNode,
  getNamedType,
  getNullableType,
  getVariableValues,
  type GraphQLField,
  GraphQLError,
  type GraphQLSchema,
  isCompositeType,
  isListType,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { BAD_USER_INPUT } from './graphql-errors.util.js';

/**
 * How deeply an operation may nest fields (a root field is level 1; introspection under `__schema` is not counted,
 * so GraphiQL and codegen keep working, and graphql-js's own MaxIntrospectionDepthRule already stops the introspection
 * queries that walk `fields { type { fields … } }` round and round). The dashboard's deepest query, `overview { previous { organic { followers } } }`,
 * is 4 levels and CONTRACT's `breakdown { edges { node { previous { paid { spend } } } } }` 6: 8 leaves room for both and
 * for a level or two more, and still stops a query that walks a cycle of types.
 */
export const MAX_QUERY_DEPTH = 8;

/**
 * What one operation may cost, in the units of `estimateFieldCost`: every root field 50 (each runs its own resolver and
 * database query), every listed object 1 plus what its own selection costs, scalars nothing. The dashboard's costliest
 * operations (`Imports` with 50 imports, `ImportDetails` with 50 errors) cost 100 each, a tenth of this; a `breakdown` page
 * of 100 rows costs about 350. 1000 refuses what would make the server do far more work than the dashboard ever asks
 * for: more than 20 root fields in one request (aliases included), or nested pages such as
 * `imports(first: 100) { errors(first: 100) { message } }` (10 150).
 */
export const MAX_QUERY_COST = 1000;

/** A root field's own cost: a resolver with its own database round trip (see MAX_QUERY_COST). */
export const ROOT_FIELD_COST = 50;

/**
 * Selections an operation may hold once its fragments are expanded (Apollo's `maxRecursiveSelections`). GraphQL's full
 * introspection query holds about 250 and the dashboard's largest query 40. Besides bounding the work of validation and of
 * the depth and cost checks, setting it makes Apollo run our own validation rules only on documents the standard rules
 * accepted, so an unknown or cyclic fragment gets the standard error rather than reaching the depth rule.
 */
export const MAX_QUERY_SELECTIONS = 1000;

/** `extensions.reason` of a refused operation, beside `code: BAD_USER_INPUT`. */
export const QUERY_TOO_DEEP = 'QUERY_TOO_DEEP';
export const QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY';

/** Refuses, at validation (before any resolver runs), an operation nested deeper than MAX_QUERY_DEPTH. */
export const queryDepthRule: ValidationRule = maxDepthRule({
  n: MAX_QUERY_DEPTH,
  ignoreIntrospection: true,
  // A fragment spread is not a level of its own: `{ a { ...F } }` is as deep as `{ a { <F's fields> } }`.
  flattenFragments: true,
  propagateOnRejection: false,
  onReject: [
    (context) =>
      context?.reportError(
        new GraphQLError(
          `This query nests fields more than ${MAX_QUERY_DEPTH} levels deep, the most this API answers: ask for less nested data`,
          { extensions: { code: BAD_USER_INPUT, reason: QUERY_TOO_DEEP, limit: MAX_QUERY_DEPTH } },
        ),
      ),
  ],
});

/**
 * Refuses, once the operation is known and before it executes, one that costs more than MAX_QUERY_COST with the
 * request's variables (a page size often comes in a variable, which a validation rule cannot see).
 */
export function queryCostPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          if (!operation) return; // Apollo has refused the request already.
          const cost = operationCost(schema, document, operation, request.variables ?? {}, operationName ?? undefined);
          if (cost !== undefined && cost > MAX_QUERY_COST) throw tooCostlyError(cost);
        },
      };
    },
  };
}

/**
 * The operation's cost with these variables; undefined when the variables do not fit the operation, which execution
 * then refuses with its own BAD_USER_INPUT error before any resolver runs.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number | undefined {
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return undefined;
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    // A field may declare its own cost (`complexity` in @Field / @Query / @ResolveField options); else the rule below.
    estimators: [fieldExtensionsEstimator(), estimateFieldCost(schema)],
  });
}

/**
 * Introspection costs nothing. A root field costs ROOT_FIELD_COST; a scalar or enum field nothing more; a field that takes
 * `first` costs `first` × (1 + its selection), one object per item asked for; any other list counts as one item (its
 * resolver bounds it: `formats` lists 24, `timeSeries` at most 3700 points); a single object costs its selection.
 */
function estimateFieldCost(schema: GraphQLSchema): ComplexityEstimator {
  const rootTypes = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__')) return 0;
    const own = rootTypes.has(type.name) ? ROOT_FIELD_COST : 0;
    if (!isCompositeType(getNamedType(field.type))) return own;
    const items = pageSize(field, args) ?? (isListType(getNullableType(field.type)) ? 1 : undefined);
    return own + (items === undefined ? childComplexity : items * (1 + childComplexity));
  };
}

/** The `first` a field is asked for, or its default; undefined when the field takes no `first`. */
function pageSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | undefined {
  const first = field.args.find((arg) => arg.name === 'first');
  if (!first) return undefined;
  const asked = args.first ?? first.defaultValue;
  return typeof asked === 'number' && Number.isFinite(asked) ? Math.max(asked, 0) : 1;
}

function tooCostlyError(cost: number): GraphQLError {
  return new GraphQLError(
    `This query would cost ${cost}, more than the ${MAX_QUERY_COST} this API answers in one request: ask for fewer items (first) or fewer fields at the root, or split it`,
    {
      extensions: {
        code: BAD_USER_INPUT,
        reason: QUERY_TOO_COSTLY,
        cost,
        limit: MAX_QUERY_COST,
        // Refused before execution, like a validation error: 400, not Apollo's default 500 for a plugin's error.
        http: { status: 400 },
      },
    },
  );
}
