import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { DateScalar } from './date.scalar.js';

/**
 * Code-first GraphQL at /graphql. The schema lives in memory here; `npm run schema` writes the committed
 * schema.graphql from the same resolvers, and a test fails when the two drift.
 */
@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      path: '/graphql',
      autoSchemaFile: true,
      sortSchema: true,
      playground: false,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      context: ({ req }: { req: unknown }) => ({ req }),
    }),
  ],
  providers: [DateScalar],
})
export class TandemGraphQLModule {}
