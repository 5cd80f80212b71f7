import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // Outside a Jira frame the real bridge throws on import; tests use the sandbox's, as `dist-local` does.
  resolve: {
    alias: { '@forge/bridge': fileURLToPath(new URL('src/bridge/local-bridge.ts', import.meta.url)) },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    setupFiles: ['./src/shared/test-setup.ts'],
    globalSetup: ['./test/global-sandbox.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The browser journeys share one sandbox and one Chromium.
    fileParallelism: false,
  },
});
