import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  // The ServiceNow server modules run on the Glide stand-in and the core's sources, as in servicenow-app's tests.
  resolve: {
    alias: [
      { find: '@servicenow/glide', replacement: path('../servicenow-app/test/glide-stand-in.ts') },
      { find: /^.*\/core\/xloop-core\.js$/, replacement: path('../servicenow-app/scripts/core-entry.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Suites start servers (MariaDB, the sandbox, Chromium) and print their figures; one file at a time keeps a
    // two-core machine's figures readable and its ports few.
    fileParallelism: false,
  },
});
