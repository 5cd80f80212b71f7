// Bundles the Forge functions into forge-app/dist/functions: one CommonJS file, index.js, whose exports are the
// handlers `index.<name>`. Forge's default packaging reads them through the root src/index.js, which re-exports them;
// the build fails if that file misses one.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
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
  plugins: [rawText()],
});
writeFileSync(`${outdir}meta.json`, JSON.stringify(result.metafile));
// The workspace is ESM; the uploaded folder must be read as CommonJS, as Forge loads handlers.
writeFileSync(`${outdir}package.json`, `${JSON.stringify({ type: 'commonjs' })}\n`);

const entry = readFileSync(new URL('../src/index.js', import.meta.url), 'utf8');
const reexported = new Set(
  (/export\s*\{([^}]*)\}/.exec(entry)?.[1] ?? '').split(',').map((name) => name.trim()),
);
const missing = Object.keys(createRequire(import.meta.url)(`${outdir}index.js`)).filter(
  (name) => name !== '__esModule' && !reexported.has(name),
);
if (missing.length > 0) {
  console.error(
    `src/index.js does not re-export ${missing.join(', ')}: Forge would not find those handlers.`,
  );
  process.exit(1);
}

/** `import text from './file?raw'`: the file's text, as Vite (and so vitest) reads it. */
function rawText() {
  return {
    name: 'raw-text',
    setup(build) {
      build.onResolve({ filter: /\?raw$/ }, (args) => ({
        path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
        namespace: 'raw-text',
      }));
      build.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => {
        if (!existsSync(args.path))
          return {
            errors: [{ text: `${args.path} is not built: run \`npm run build -w @xloop/forge-ui\` first.` }],
          };
        return { contents: readFileSync(args.path, 'utf8'), loader: 'text', watchFiles: [args.path] };
      });
    },
  };
}
