import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { tandemLibAlias } from '../../vitest.config.js';

/**
 * The api is bundled into one ESM file (`dist/main.js`) with the libs and migrations inlined and every npm
 * package left external. Vite honours `emitDecoratorMetadata`, which Nest, TypeORM and GraphQL need.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: [tandemLibAlias] },
  ssr: { target: 'node' },
  build: {
    ssr: 'src/main.ts',
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'main.js', format: 'es' } },
  },
});
