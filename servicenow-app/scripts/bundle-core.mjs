// Bundles @xloop/shared-core into one ES module among the server modules, for `now-sdk build` to upload as a
// `sys_module` record: the SDK bundles npm libraries as JavaScript and cannot read the core's TypeScript sources.
// The target is the one shared-core/test/bare-engine.ts holds the core to: ES2021 without what ServiceNow's engine
// disallows or lacks. esbuild fails on generators and async code, and rewrites such regular expressions.
// `now.prebuild.mjs` calls it before every `now-sdk build`; `node scripts/bundle-core.mjs` runs it alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/** Where the bundled core goes: the module the server modules import. */
export const CORE_MODULE = new URL('../src/server/core/xloop-core.js', import.meta.url).pathname;

const options = () => ({
  // The core and its ServiceNow mapping; the Jira mapping stays out of the instance.
  entryPoints: [new URL('./core-entry.ts', import.meta.url).pathname],
  outfile: CORE_MODULE,
  bundle: true,
  format: 'esm',
  target: 'es2021',
  platform: 'neutral',
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
  supported: {
    generator: false,
    'async-await': false,
    'async-generator': false,
    'regexp-unicode-property-escapes': false,
    'regexp-lookbehind-assertions': false,
    'regexp-sticky-and-unicode-flags': false,
  },
});

/** The core as it bundles now, without writing it; throws when esbuild fails. */
export function coreBundle() {
  const started = Date.now();
  const [output] = buildSync(options()).outputFiles;
  if (!output || output.text.length === 0) throw new Error('esbuild wrote no core bundle.');
  return { text: output.text, ms: Date.now() - started };
}

/**
 * Whether the bundled core on disk is the core as it bundles now: `missing`, `stale` or `current`. The SDK reads
 * the server modules before its prebuild task runs, so a core written during a build is not the one uploaded.
 */
export function coreState(text, path = CORE_MODULE) {
  if (!existsSync(path)) return 'missing';
  return readFileSync(path, 'utf8') === text ? 'current' : 'stale';
}

/** Bundles the core and writes it where the server modules import it from. */
export function bundleCore() {
  const { text, ms } = coreBundle();
  writeFileSync(CORE_MODULE, text);
  return { bytes: Buffer.byteLength(text), ms };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes, ms } = bundleCore();
  console.log(`bundled the core: ${(bytes / 1024).toFixed(0)} KiB in ${ms} ms`);
}
