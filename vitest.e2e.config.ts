import { defineConfig } from 'vitest/config';

/** Browser tests: built sites opened in the system's headless Chromium (`npm run test:e2e`). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    // A beforeAll builds a site (one with 10,000 incidents) before the browser opens it.
    hookTimeout: 240_000,
    maxWorkers: 2,
  },
});
