import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A bound that stops a hung test, not a speed check: the CLI and crash tests start, seed and kill real
    // processes, which took over 20 s on a loaded two-core fresh machine (speed is measured in `npm run bench`).
    testTimeout: 90_000,
  },
});
