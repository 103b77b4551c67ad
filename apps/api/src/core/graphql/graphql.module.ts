import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { compiledQueriesPlugin } from './compiled-queries.plugin.js';
import { DateScalar } from './date.scalar.js';
import { formatGraphQLError, revealsInternalErrors } from './graphql-errors.util.js';
import { readPlainFieldsDirectly } from './plain-fields.util.js';
import { MAX_QUERY_SELECTIONS, queryCostPlugin, queryDepthRule } from './query-limits.plugin.js';
import { describeRootTypes } from './root-types.util.js';

/**
 * Code-first GraphQL at /graphql. The schema lives in memory here; `npm run schema` writes the committed
 * schema.graphql from the same resolvers, and a test fails when the two drift.
 *
 * Hardening: an operation nested too deeply (validation) or too costly for its variables (once resolved) is refused
 * before any resolver runs, introspection excepted (query-limits.plugin.ts); and every error leaves with an
 * `extensions.code` of graphql-errors.util.ts. The codes come from one `formatError` rather than an exception filter
 * because only `formatError` sees every error: a filter sees what resolvers, guards and pipes throw, but not parse and
 * validation errors, a scalar's refusal while variables are read, nor a plugin's; and Nest's own mapping (turned off
 * with `autoTransformHttpErrors: false`) answers a 400 with BAD_REQUEST, a 404 with INTERNAL_SERVER_ERROR, and copies
 * the exception's response into the error.
 *
 * Queries run compiled (compiled-queries.plugin.ts); Apollo's own execution answers mutations and any failing query.
 */
@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      path: '/graphql',
      autoSchemaFile: true,
      sortSchema: true,
      transformSchema: (schema) => describeRootTypes(readPlainFieldsDirectly(schema)),
      playground: false,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      autoTransformHttpErrors: false,
      formatError: (formatted, error) =>
        formatGraphQLError(formatted, error, { revealInternalErrors: revealsInternalErrors() }),
      maxRecursiveSelections: MAX_QUERY_SELECTIONS,
      validationRules: [queryDepthRule],
      // No answer is cacheable (each depends on the key's workspace and the data of the moment), and Apollo's cache
      // control plugin would otherwise wrap every field of every answer: 1,095 days of a series are ~20,000 fields.
      plugins: [queryCostPlugin(), ApolloServerPluginCacheControlDisabled(), compiledQueriesPlugin()],
      context: ({ req }: { req: unknown }) => ({ req }),
    }),
  ],
  providers: [DateScalar],
})
export class TandemGraphQLModule {}
