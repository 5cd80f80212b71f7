// Builds each Custom UI twice: `dist` for Forge (the real @forge/bridge), `dist-local` for the sandbox, where
// @forge/bridge is the local bridge that calls the sandbox server.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
export const APPS = ['portal-rating', 'agent-view', 'csi-page', 'admin-page'];

const only = process.argv.slice(2);
for (const app of APPS.filter((name) => only.length === 0 || only.includes(name))) {
  for (const target of ['forge', 'local']) {
    await build({
      configFile: false,
      root: join(here, app),
      // Forge serves a resource from its own path, the sandbox from /ui/<app>/: relative URLs work for both.
      base: './',
      logLevel: 'warn',
      plugins: [react()],
      resolve: {
        alias: target === 'local' ? { '@forge/bridge': join(here, 'src/bridge/local-bridge.ts') } : {},
      },
      build: {
        outDir: target === 'forge' ? 'dist' : 'dist-local',
        emptyOutDir: true,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 2000,
      },
    });
  }
}
