import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the analyst client example, from the committed schema:
 * `npx graphql-codegen --config docs/examples/codegen.ts` after a schema or document change.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['docs/examples/*.graphql'],
  // NodeNext: relative imports of the generated files end in `.js`, as the api's own do.
  emitLegacyCommonJSImports: false,
  generates: {
    'docs/examples/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
