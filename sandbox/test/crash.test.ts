import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollupFor, type StoredResponse, type Survey } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { openSandbox } from '../src/sandbox-ports';

const bin = new URL('../bin/xloop.js', import.meta.url).pathname;

function start(db: string): { child: ReturnType<typeof spawn>; ready: Promise<string> } {
  const child = spawn('node', [bin, 'start', '--port', '0', '--seed-days', '25', '--json', '--db', db]);
  const ready = new Promise<string>((done, fail) => {
    let buffer = '';
    child.stdout?.on('data', (chunk) => {
      buffer += String(chunk);
      if (buffer.includes('\n')) done(buffer.split('\n')[0] ?? '');
    });
    child.once('exit', (code) => fail(new Error(`exited ${code}`)));
  });
  return { child, ready };
}

describe('the sandbox killed with SIGKILL while it dispatches', () => {
  it('restarts with every survey, response and count consistent', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'xloop-crash-')), 'crash.db');
    const first = start(db);
    first.ready.catch(() => {});
    // Seeding runs the desk: tickets, dispatch and answers. Kill it in the middle.
    await new Promise((wait) => setTimeout(wait, 2500));
    first.child.kill('SIGKILL');
    await new Promise((done) => first.child.once('exit', done));

    const second = start(db);
    const started = JSON.parse(await second.ready) as { summary: { tickets: number } };
    second.child.kill('SIGTERM');
    await new Promise((done) => second.child.once('exit', done));
    expect(started.summary.tickets).toBeGreaterThan(100);

    const ports = openSandbox(db);
    const surveys = (ports.db.prepare('SELECT body FROM surveys').pluck().all() as string[]).map(
      (b) => JSON.parse(b) as Survey,
    );
    const responses = (ports.db.prepare('SELECT body FROM responses').pluck().all() as string[]).map(
      (b) => JSON.parse(b) as StoredResponse,
    );
    const range = { from: '2020-01-01', to: '2030-12-31' };
    const org = rollupFor(ports.rollups.read(range, ['']), range);
    ports.close();
    // No answer is half-counted, none twice.
    expect(responses.filter((r) => r.pending !== undefined)).toEqual([]);
    expect(org.answered).toBe(responses.length);
    expect(org.histogram.reduce((a, b) => a + b, 0)).toBe(responses.length);
    // Every invitation that went out is counted once.
    expect(org.sent).toBe(surveys.filter((s) => s.sentAt !== undefined).length);
    expect(org.expired).toBe(surveys.filter((s) => s.state === 'expired').length);
    // One survey per resolution.
    expect(new Set(surveys.map((s) => s.resolutionKey)).size).toBe(surveys.length);
  });
});
