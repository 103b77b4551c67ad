import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { tandemLibAlias } from '../../vitest.config.js';

/**
 * The api is bundled into ESM (`dist/main.js`, and `dist/move-to-postgres.js` for that command) with the libs and
 * migrations inlined and every npm package left external. Each role's entry is a chunk of its own (main.ts imports it
 * when the role needs it), so that a worker does not load the HTTP side's packages. Vite honours
 * `emitDecoratorMetadata`, which Nest, TypeORM and GraphQL need.
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
      // Chunks beside the entries, not in assets/: app.module.ts finds the dashboard relative to its own file.
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', format: 'es' },
    },
  },
});
