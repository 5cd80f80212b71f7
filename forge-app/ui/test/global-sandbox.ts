import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl: string;
  }
}

const XLOOP = resolve(import.meta.dirname, '../../../sandbox/bin/xloop.js');

/**
 * One sandbox for every browser journey: the real `xloop start` on a fresh database with 45 simulated days, its
 * desk standing still (speed 1), on a free port of 127.0.0.1. It serves the `dist-local` builds the test command
 * has just made.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'xloop-ui-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [XLOOP, 'start', '--db', join(dir, 'xloop.db'), '--port', '0', '--seed-days', '45', '--json'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('The sandbox did not start within 120 s.')), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        done((JSON.parse(line) as { url: string }).url);
      }
    });
    child.once('exit', (code) => fail(new Error(`The sandbox exited with ${code} before it listened.`)));
  });
  project.provide('sandboxUrl', url);
  return () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
}
