import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
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
