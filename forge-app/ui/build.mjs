// Builds each Custom UI twice: `dist` for Forge (the real @forge/bridge), `dist-local` for the sandbox, where
// @forge/bridge is the local bridge that calls the sandbox server. The one-click follow-up is a script, not a
// Custom UI: one build, one self-contained file (`follow-up/dist/follow-up.js`) that the web trigger inlines.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
export const APPS = ['portal-rating', 'agent-view', 'csi-page', 'admin-page', 'follow-up'];

const only = process.argv.slice(2);
for (const app of APPS.filter((name) => only.length === 0 || only.includes(name))) {
  if (app === 'follow-up') {
    await buildFollowUp();
    continue;
  }
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

/** A web trigger answers one response: no chunks, no stylesheet, no bridge, nothing fetched but its JSON. */
async function buildFollowUp() {
  const output = await build({
    configFile: false,
    root: join(here, 'follow-up'),
    logLevel: 'warn',
    plugins: [react(), cssInScript()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: join(here, 'src/follow-up/main.tsx'),
        output: { format: 'es', entryFileNames: 'follow-up.js', codeSplitting: false },
      },
    },
  });
  const files = [output].flat().flatMap((result) => result.output.map((file) => file.fileName));
  if (files.join() !== 'follow-up.js')
    throw new Error(`The follow-up must be one script; it built ${files}.`);
}

/** Moves the extracted CSS (@atlaskit's compiled styles) into the script, which adds it as a style element. */
function cssInScript() {
  return {
    name: 'css-in-script',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sheets = Object.values(bundle).filter(
        (file) => file.type === 'asset' && file.fileName.endsWith('.css'),
      );
      const css = sheets.map((sheet) => String(sheet.source)).join('');
      for (const sheet of sheets) delete bundle[sheet.fileName];
      const script = bundle['follow-up.js'];
      if (css && script?.type === 'chunk')
        script.code = `{const s=document.createElement('style');s.dataset.followUp='';s.textContent=${JSON.stringify(css)};document.head.append(s)}\n${script.code}`;
    },
  };
}
