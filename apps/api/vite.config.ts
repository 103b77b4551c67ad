import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { tandemLibAlias } from '../../vitest.config.js';

/**
 * The api is bundled into ESM (`dist/main.js`, and `dist/move-to-postgres.js` for that command) with the libs and
 * migrations inlined and every npm package left external. Vite honours `emitDecoratorMetadata`, which Nest, TypeORM and GraphQL need.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: [tandemLibAlias] },
  ssr: { target: 'node' },
  build: {
    ssr: true,
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: { main: 'src/main.ts', 'move-to-postgres': 'src/move-to-postgres.ts' },
      output: { entryFileNames: '[name].js', format: 'es' },
    },
  },
});
