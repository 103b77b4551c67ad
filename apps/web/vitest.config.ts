import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/** The app's Vite config carries over: the React plugin and the `@tandem/metrics/*` alias to the lib's sources. */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      name: 'web',
      include: ['src/**/*.spec.{ts,tsx}'],
      environment: 'jsdom',
      setupFiles: ['src/testing/setup-tests.util.ts'],
    },
  }),
);
