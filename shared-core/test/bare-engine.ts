import vm from 'node:vm';
import { buildSync } from 'esbuild';

/**
 * Bundles the core exactly as a platform without modules would load it (one ES2021 IIFE) and evaluates it in a
 * fresh V8 context stripped of everything ServiceNow's server engine lacks.
 */
export function bundleCore(entry = '../src/index.ts'): string {
  const { outputFiles } = buildSync({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    globalName: 'XLoop',
    target: 'es2021',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    // ServiceNow's ES2021 mode disallows generators and async functions and lacks the regular-expression `u` flag,
    // property escapes and lookbehind: declaring them unsupported makes esbuild fail on generators and async code,
    // and rewrite such regular expressions into `new RegExp(…)` calls that the test below looks for.
    supported: {
      generator: false,
      'async-await': false,
      'async-generator': false,
      'regexp-unicode-property-escapes': false,
      'regexp-lookbehind-assertions': false,
      'regexp-sticky-and-unicode-flags': false,
    },
  });
  return outputFiles?.[0]?.text ?? '';
}

/**
 * Bundles the core and evaluates it in a fresh V8 context stripped of everything ServiceNow's server engine lacks.
 */
export function loadCoreInBareEngine(
  hostFunctions: Record<string, unknown> = {},
  entry?: string,
): vm.Context {
  const bundle = bundleCore(entry);
  const context = vm.createContext({ ...hostFunctions });
  // A V8 context carries Intl as a language built-in; ServiceNow's engine does not.
  vm.runInContext('delete globalThis.Intl;', context);
  vm.runInContext(bundle, context, { filename: 'xloop-core.iife.js' });
  return context;
}
