import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { AuthenticatedRequest } from '../../core/auth/request-of.js';
import { graphqlOutcome, targetOf } from './audit-entry.util.js';
import { type AuditEntry, AuditService } from './audit.service.js';

interface RequestContext {
  req: AuthenticatedRequest;
}

/**
 * Writes every root field of every executed mutation to the audit log, by name, whatever module declares it: a new
 * mutation is audited the day it is added. Apollo calls `willResolveField` around the resolver Nest built, guards
 * included, so a role refusal is seen as one. The entries are written before the response leaves. Operations refused
 * before execution (unparsable, invalid, too costly) change nothing and are not written; requests without a valid key
 * never reach GraphQL.
 */
@Plugin()
export class AuditPlugin implements ApolloServerPlugin<RequestContext> {
  constructor(private readonly audit: AuditService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    const entries: AuditEntry[] = [];
    return {
      // Only a mutation's fields are watched: a query's answer may hold tens of thousands of them.
      executionDidStart: async ({ operation }) =>
        operation?.operation !== 'mutation'
          ? undefined
          : {
              willResolveField: ({ info, args }) => {
                if (info.path.prev !== undefined) return;
                return (error, result) =>
                  entries.push({ action: info.fieldName, target: targetOf(args, result), ...graphqlOutcome(error) });
              },
            },
      willSendResponse: async ({ contextValue }) => {
        const auth = contextValue.req.auth;
        if (auth) await this.audit.record(auth, entries);
      },
    };
  }
}
