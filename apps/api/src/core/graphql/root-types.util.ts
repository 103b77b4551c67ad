import { GraphQLObjectType, GraphQLSchema } from 'graphql';

/** Code-first resolvers cannot describe the root types themselves, so the schema is given their descriptions here. */
export const ROOT_TYPE_DESCRIPTIONS = {
  Query:
    'What a workspace’s API key can read: every query needs a key (Authorization: Bearer …); a VIEWER key reads the numbers, the import history (import, imports, importPreview) needs ANALYST or above, and apiKeys and auditLog need OWNER',
  Mutation:
    'What a workspace’s API key can change: setOrganicCost needs ANALYST or above, commitImportPreview UPLOADER, the workspace and key mutations (createWorkspace, updateWorkspace, createApiKey, revokeApiKey) OWNER. Every mutation, refused or not, is written to the audit log (auditLog)',
} as const;

/** The same schema with its Query and Mutation types described (ROOT_TYPE_DESCRIPTIONS). */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const describe = (type: GraphQLObjectType | null | undefined, description: string) =>
    type ? new GraphQLObjectType({ ...type.toConfig(), description }) : type;
  const query = describe(config.query, ROOT_TYPE_DESCRIPTIONS.Query);
  const mutation = describe(config.mutation, ROOT_TYPE_DESCRIPTIONS.Mutation);
  return new GraphQLSchema({
    ...config,
    query,
    mutation,
    types: config.types.filter((type) => type !== config.query && type !== config.mutation),
  });
}
