import type { ApolloServerPlugin, GraphQLRequestListener, GraphQLServerListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { AuthenticatedRequest } from '../../core/auth/request-of.js';
import { graphqlOutcome, targetOf } from './audit-entry.util.js';
import { type AuditEntry, AuditService } from './audit.service.js';

interface RequestContext {
  req: AuthenticatedRequest;
}

/**
 * Writes every root field of every executed mutation to the audit log, by name, whatever module declares it: a new
 * mutation is audited the day it is added. Each of the schema's mutation fields is wrapped once, around the resolver
 * Nest built, guards included, so a role refusal is seen as one. The entries are written before the response
 * leaves. Operations refused before execution (unparsable, invalid, too costly) change nothing and are not written;
 * requests without a valid key never reach GraphQL.
 *
 * Not Apollo's `willResolveField`: the first operation with that hook makes Apollo wrap every field of the schema for
 * the life of the process, and every query compiled after it (compiled-queries.plugin.ts) would call a wrapper for
 * each of its fields (~20,000 in a three-year series by day) instead of reading them.
 */
@Plugin()
export class AuditPlugin implements ApolloServerPlugin<RequestContext> {
  /** Each executing request's entries, by its context (the one object a resolver and the plugin both see). */
  private readonly entriesOf = new WeakMap<object, AuditEntry[]>();

  constructor(private readonly audit: AuditService) {}

  async serverWillStart(): Promise<GraphQLServerListener> {
    return { schemaDidLoadOrUpdate: ({ apiSchema }) => this.auditMutations(apiSchema) };
  }

  async requestDidStart({
    contextValue,
  }: {
    contextValue: RequestContext;
  }): Promise<GraphQLRequestListener<RequestContext>> {
    const entries: AuditEntry[] = [];
    this.entriesOf.set(contextValue, entries);
    return {
      willSendResponse: async () => {
        const auth = contextValue.req.auth;
        if (auth) await this.audit.record(auth, entries);
      },
    };
  }

  private auditMutations(schema: GraphQLSchema): void {
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      if (AUDITED.has(field.resolve ?? defaultFieldResolver)) continue;
      field.resolve = this.audited(field.resolve ?? defaultFieldResolver);
      AUDITED.add(field.resolve);
    }
  }

  private audited(resolve: GraphQLFieldResolver<unknown, object>): GraphQLFieldResolver<unknown, object> {
    return async (source, args: Record<string, unknown>, context, info) => {
      const entries = this.entriesOf.get(context);
      try {
        const result: unknown = await resolve(source, args, context, info);
        entries?.push({ action: info.fieldName, target: targetOf(args, result), ...graphqlOutcome(null) });
        return result;
      } catch (error) {
        entries?.push({ action: info.fieldName, target: targetOf(args, undefined), ...graphqlOutcome(error) });
        throw error;
      }
    };
  }
}

/** Resolvers already wrapped: a schema loaded again (or a second app on it) is not audited twice. */
const AUDITED = new WeakSet<GraphQLFieldResolver<unknown, object>>();
