import { defineConfig } from 'vitest/config';

// Two cores: at most two test files at once. Data-layer tests run once per
// database backend (test/support/dialects.ts), end-to-end tests last.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
