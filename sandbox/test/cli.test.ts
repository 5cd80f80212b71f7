import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = new URL('../bin/xloop.js', import.meta.url).pathname;
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'xloop-cli-'));
const policy = join(scratch, 'policy.json');
writeFileSync(policy, JSON.stringify({ timeZone: 'Europe/Helsinki' }));

async function xloop(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('node', [bin, ...args], { cwd: scratch });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('xloop simulate', () => {
  it('prints one JSON line per decision and a summary', async () => {
    const { stdout, code } = await xloop(
      'simulate',
      '--events',
      fixture('events.jsonl'),
      '--format',
      'jsonl',
      '--policy',
      policy,
    );
    expect(code).toBe(0);
    const lines = stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({
      ticketId: 'jira:SD-101',
      decision: 'schedule',
      at: '2026-11-02T11:30:00+02:00',
      sendAt: '2026-11-02T12:30:00+02:00',
      requester: 'u-anna',
      surveyId: 'jira:SD-101@2026-11-02T09:30:00.000Z',
      reasons: ['for Mon 2026-11-02 12:30 (Europe/Helsinki), 60 min after resolution'],
      codes: ['scheduled'],
    });
    expect(lines.map((l) => l.decision)).toContain('cancel');
    expect(stdout).toContain('Suppressions by reason:');
    expect(stdout).toMatch(/service-account\s+1/);
  });

  it('refuses a bad events file or format with a message on stderr and exit code 2', async () => {
    const broken = join(scratch, 'broken.jsonl');
    writeFileSync(broken, '{"type":"resolved"}\nnot json\n');
    const events = await xloop('simulate', '--events', broken, '--format', 'jsonl');
    expect(events.code).toBe(2);
    expect(events.stderr).toContain('xloop: ');
    expect(events.stderr).toContain('line 2: not valid JSON');
    expect(events.stderr).not.toMatch(/\n\s+at /);
    expect((await xloop('simulate', '--events', broken, '--format', 'xml')).code).not.toBe(0);
  });
});

describe('xloop start', () => {
  it('seeds a fresh database, serves on 127.0.0.1 and answers the API', async () => {
    const child = spawn(
      'node',
      [bin, 'start', '--port', '0', '--seed-days', '3', '--json', '--db', join(scratch, 'start.db')],
      { cwd: scratch },
    );
    try {
      const line = await new Promise<string>((resolveLine, reject) => {
        let buffer = '';
        child.stdout.on('data', (chunk) => {
          buffer += String(chunk);
          if (buffer.includes('\n')) resolveLine(buffer.split('\n')[0] ?? '');
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const started = JSON.parse(line) as { url: string; seeded: boolean; summary: { tickets: number } };
      expect(started.seeded).toBe(true);
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(started.summary.tickets).toBeGreaterThan(50);
      const dashboard = await fetch(`${started.url}/api/resolvers/getDashboard`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-xloop-account': 'csi-1',
          'x-xloop-roles': 'csi-manager',
        },
        body: JSON.stringify({ payload: {} }),
      });
      expect(dashboard.status).toBe(200);
      expect(await dashboard.json()).toMatchObject({ value: { scorecard: expect.anything() } });
    } finally {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    }
  });
});

describe('xloop analyze', () => {
  it('prints the analysis as JSON, and refuses a minimum sample out of range', async () => {
    const { stdout, code } = await xloop('analyze', '--responses', fixture('responses.csv'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).overall).toMatchObject({ n: 360 });
    const refused = await xloop('analyze', '--responses', fixture('responses.csv'), '--minimum-sample', '1');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('minimum-sample must be a whole number from 2 to 1000.');
  });
});

describe('xloop report', () => {
  it('writes HTML, CSV and Markdown reports from the sandbox database, for everyone or one customer', async () => {
    const db = join(scratch, 'report.db');
    const child = spawn('node', [bin, 'start', '--port', '0', '--seed-days', '20', '--json', '--db', db], {
      cwd: scratch,
    });
    await new Promise<void>((ready, reject) => {
      child.stdout.once('data', () => ready());
      child.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));

    const md = join(scratch, 'report.md');
    const result = await xloop('report', '--format', 'md', '--out', md, '--db', db, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).responses).toBeGreaterThan(50);
    expect(readFileSync(md, 'utf8')).toContain('## By service');
    const html = join(scratch, 'report.html');
    expect(
      (await xloop('report', '--format', 'html', '--out', html, '--db', db, '--customer', 'Acme Oy')).code,
    ).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('IT experience report for Acme Oy');
    const csv = join(scratch, 'report.csv');
    expect((await xloop('report', '--format', 'csv', '--out', csv, '--db', db)).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toContain('happiness_ci_low');
    expect((await xloop('report', '--format', 'pdf', '--out', csv, '--db', db)).code).not.toBe(0);
    expect(
      (await xloop('report', '--format', 'md', '--out', md, '--db', join(scratch, 'none.db'))).code,
    ).toBe(2);
  });
});
