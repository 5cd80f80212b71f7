// Bundles @xloop/shared-core into one ES module among the server modules, for `now-sdk build` to upload as a
// `sys_module` record: the SDK bundles npm libraries as JavaScript and cannot read the core's TypeScript sources.
// The target is the one shared-core/test/bare-engine.ts holds the core to: ES2021 without what ServiceNow's engine
// disallows or lacks. esbuild fails on generators and async code, and rewrites such regular expressions.
import { buildSync } from 'esbuild';

const started = Date.now();
const result = buildSync({
  entryPoints: [new URL('../../shared-core/src/index.ts', import.meta.url).pathname],
  outfile: new URL('../src/server/core/xloop-core.js', import.meta.url).pathname,
  bundle: true,
  format: 'esm',
  target: 'es2021',
  platform: 'neutral',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  supported: {
    generator: false,
    'async-await': false,
    'async-generator': false,
    'regexp-unicode-property-escapes': false,
    'regexp-lookbehind-assertions': false,
    'regexp-sticky-and-unicode-flags': false,
  },
});
const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
console.log(`bundled the core: ${(bytes / 1024).toFixed(0)} KiB in ${Date.now() - started} ms`);
