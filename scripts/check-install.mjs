// After `npm ci`: what the install built is what the README promises, on a machine with no system library.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('../', import.meta.url).pathname;
const problems = [];

// Packages allowed an install script, and why none of them compiles against a system library.
const INSTALL_SCRIPTS = {
  'better-sqlite3': 'compiles its bundled SQLite with python3, make and g++',
  esbuild: 'picks its platform binary from an optional npm package',
  '@swc/core': 'picks its platform binary from an optional npm package',
  '@parcel/watcher': 'optional; platform binary from an npm package',
  libxmljs2: 'optional; compiles its bundled libxml2, and the SDK works without it',
  msw: 'copies its service worker script',
  'iframe-resizer': 'prints a notice',
};
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8'));
for (const [path, entry] of Object.entries(lock.packages)) {
  const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  if (entry.hasInstallScript && !(name in INSTALL_SCRIPTS))
    problems.push(
      `${path} has an install script nobody has vetted: add it to scripts/check-install.mjs with the reason`,
    );
}

// keytar would compile against libsecret: @forge/cli-shared must find the workspace that takes its place.
const cliShared = require.resolve('@forge/cli-shared', { paths: [`${root}forge-app`] });
const keytar = require.resolve('keytar', { paths: [cliShared] });
if (!keytar.startsWith(`${root}tools/keytar-absent/`))
  problems.push(`@forge/cli-shared resolves keytar to ${keytar}, not to tools/keytar-absent`);

try {
  require('better-sqlite3')(':memory:').prepare('SELECT 1').get();
} catch (error) {
  problems.push(
    `better-sqlite3 did not build (it needs python3, make and g++ and Node's headers): ${error.message}`,
  );
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`install check: ${problem}`);
  process.exit(1);
}
console.log('install check: no system library needed, keytar left out, better-sqlite3 built');
