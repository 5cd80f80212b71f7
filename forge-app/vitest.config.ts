import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Bounds that stop a hung test, not speed checks: a loaded two-core machine runs these several times slower.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
