import { defineConfig } from 'vitest/config';

/**
 * Browser tests (`npm run e2e`): Playwright (playwright-core) drives Debian's Chromium against
 * `vite preview` of a fresh build. Kept out of the default `npm test` run.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 900_000,
    hookTimeout: 120_000,
    maxWorkers: 1,
  },
});
