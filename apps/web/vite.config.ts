import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:3000';
const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `@tandem/metrics/<file>.js` resolves to the lib's TypeScript source (tsconfig.base.json maps the same paths for tsc,
 * the root vitest.config.ts has the same alias for the api). Only `metrics`: the catalogue is pure TS, safe in the
 * browser; `formats` parses files on the server and has no place in the web bundle.
 */
const tandemMetricsAlias = {
  find: /^@tandem\/metrics\/(.*)\.js$/,
  replacement: `${repositoryRoot}libs/metrics/src/$1.ts`,
};

/**
 * Libraries change less often than the app: separate chunks stay cached across releases. `graphql` stays out of the
 * apollo group: the API explorer uses far more of it than Apollo does, and a group would load all of it first.
 */
const vendorChunks = [
  { name: 'charts', test: /node_modules[\\/]uplot[\\/]/ },
  { name: 'apollo', test: /node_modules[\\/](@apollo|rxjs|@wry|optimism|@graphql-typed-document-node)[\\/]/ },
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: [tandemMetricsAlias] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads, for the bundle budget test
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: vendorChunks } } },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/api': api,
    },
  },
});
