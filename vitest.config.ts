import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/** `@tandem/<lib>/<file>.js` resolves to the lib's TypeScript source, in tests and in the api bundle alike. */
export const tandemLibAlias = {
  find: /^@tandem\/(metrics|formats)\/(.*)\.js$/,
  replacement: `${root}libs/$1/src/$2.ts`,
};

/**
 * `graphql` as Node loads it (CommonJS `index.js`), not the `index.mjs` Vite would pick for our sources: Apollo and Nest
 * load the CommonJS copy, and a second copy breaks `instanceof GraphQLError` and the schema's realm checks in tests.
 */
const graphqlAsNodeLoadsIt = { find: /^graphql$/, replacement: 'graphql/index.js' };

export default defineConfig({
  resolve: { alias: [tandemLibAlias, graphqlAsNodeLoadsIt] },
  test: {
    projects: [
      'apps/web/vitest.config.ts',
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'libs/*/src/**/*.spec.ts',
            'libs/*/test/**/*.spec.ts',
            'apps/api/src/**/*.spec.ts',
            'apps/api/test/**/*.spec.ts',
            'scripts/**/*.spec.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['apps/api/test/**/*.integration-spec.ts'],
          environment: 'node',
          globalSetup: ['apps/api/test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          include: ['apps/api/bench/**/*.bench-spec.ts'],
          environment: 'node',
          globalSetup: ['apps/api/test/support/global-setup.ts'],
          testTimeout: 3_600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
