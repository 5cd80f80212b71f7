// Bundles the Forge functions into the folder the root manifest names (app.package.path): one CommonJS file,
// index.js, whose exports are the handlers `index.<name>`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('./dist/functions/', import.meta.url).pathname;
mkdirSync(outdir, { recursive: true });
const result = await build({
  entryPoints: [new URL('./src/index.ts', import.meta.url).pathname],
  outfile: `${outdir}index.js`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(`${outdir}meta.json`, JSON.stringify(result.metafile));
// The workspace is ESM; the uploaded folder must be read as CommonJS, as Forge loads handlers.
writeFileSync(`${outdir}package.json`, `${JSON.stringify({ type: 'commonjs' })}\n`);
