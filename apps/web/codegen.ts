import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for Apollo Client from the committed schema; `npm run codegen` after any schema or document change. */
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/modules/**/graphql/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
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
