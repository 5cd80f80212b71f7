import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The server modules import Glide from `@servicenow/glide` (types only in the package; the instance provides it)
// and the core from the bundle the build writes; on Node they run against the stand-in and the core's sources.
export default defineConfig({
  resolve: {
    alias: [
      {
        find: '@servicenow/glide',
        replacement: fileURLToPath(new URL('./test/glide-stand-in.ts', import.meta.url)),
      },
      {
        find: /^.*\/core\/xloop-core\.js$/,
        replacement: fileURLToPath(new URL('./scripts/core-entry.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The bundled-core test links the built sys_module records as ES modules in a bare V8 context.
    execArgv: ['--experimental-vm-modules'],
    // A bound that stops a hung test, not a speed check: a loaded two-core machine runs these several times slower.
    testTimeout: 60_000,
  },
});
