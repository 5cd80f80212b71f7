#!/usr/bin/env node
// Runs every workspace's tests in the order npm lists them, each to the end even when one before it failed, and
// closes with one summary: which workspaces passed, how long each took, and for each that failed, its failing tests
// and the end of its output. A long run is read from its tail, so the tail must say what went wrong.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const packageOf = (folder) =>
  JSON.parse(readFileSync(new URL(`../${folder}/package.json`, import.meta.url), 'utf8'));
const workspaces = root.workspaces
  .map((folder) => ({ folder, pkg: packageOf(folder) }))
  .filter(({ pkg }) => pkg.scripts?.test !== undefined);

// Vitest's lines for a failed file or test, and npm's for a failed script; colour codes are dropped to match them.
const FAILURE = /(^|\s)(FAIL|×|❯ .*\d+ failed)|Lifecycle script .* failed|^Error:|AssertionError/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are control characters.
const plain = (line) => line.replace(/\u001b\[[0-9;]*m/g, '');

function run({ folder, pkg }) {
  return new Promise((done) => {
    const started = Date.now();
    const output = [];
    const child = spawn('npm', ['test', '-w', pkg.name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk, stream) => {
      stream.write(chunk);
      output.push(chunk.toString('utf8'));
    };
    child.stdout.on('data', (chunk) => keep(chunk, process.stdout));
    child.stderr.on('data', (chunk) => keep(chunk, process.stderr));
    child.on('close', (code, signal) =>
      done({
        folder,
        name: pkg.name,
        code: code ?? 1,
        signal,
        seconds: (Date.now() - started) / 1000,
        output,
      }),
    );
  });
}

const results = [];
for (const workspace of workspaces) results.push(await run(workspace));

const failed = results.filter((result) => result.code !== 0);
const lines = ['', '── tests by workspace ──'];
for (const result of results) {
  const state = result.code === 0 ? 'passed' : `FAILED (exit ${result.signal ?? result.code})`;
  lines.push(`${result.name.padEnd(24)} ${state.padEnd(18)} ${result.seconds.toFixed(0)} s`);
}
for (const result of failed) {
  const all = plain(result.output.join('')).split('\n');
  const failures = [...new Set(all.filter((line) => FAILURE.test(line)).map((line) => line.trim()))];
  lines.push('', `── ${result.name}: what failed ──`, ...failures.slice(0, 40));
  lines.push('', `── ${result.name}: the last 40 lines ──`, ...all.slice(-41));
}
console.log(lines.join('\n'));
process.exit(failed.length === 0 ? 0 : 1);
