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

  it('decides the same for duplicated, shuffled events', async () => {
    const original = readFileSync(fixture('events.jsonl'), 'utf8').trim().split('\n');
    const shuffled = [...original, ...original.slice(0, 4)].reverse();
    const file = join(scratch, 'shuffled.jsonl');
    writeFileSync(file, shuffled.join('\n'));
    const a = await xloop(
      'simulate',
      '--events',
      fixture('events.jsonl'),
      '--format',
      'jsonl',
      '--policy',
      policy,
      '--json',
    );
    const b = await xloop('simulate', '--events', file, '--format', 'jsonl', '--policy', policy, '--json');
    expect(JSON.parse(b.stdout).decisions).toEqual(JSON.parse(a.stdout).decisions);
  });

  it('reads Jira changelogs and ServiceNow audit exports, and writes decisions to a file', async () => {
    const out = join(scratch, 'decisions.jsonl');
    const jira = await xloop(
      'simulate',
      '--events',
      fixture('jira-search-changelog.json'),
      '--format',
      'jira-changelog',
      '--policy',
      policy,
      '--out',
      out,
      '--json',
    );
    expect(jira.code).toBe(0);
    expect(JSON.parse(jira.stdout).summary.decisions).toMatchObject({ send: 2, cancel: 1 });
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(12);
    const snow = await xloop(
      'simulate',
      '--events',
      fixture('servicenow-incident-audit.csv'),
      '--format',
      'servicenow-audit',
      '--policy',
      policy,
      '--json',
    );
    expect(JSON.parse(snow.stdout).summary).toMatchObject({
      events: 9,
      suppressionsByReason: { 'fatigue-min-days': 2 },
    });
  });

  it('simulates Jira exports of every user shape, and surveys an issue moved into Done without a resolution', async () => {
    const run = async (name: string) => {
      const result = await xloop(
        'simulate',
        '--events',
        fixture(name),
        '--format',
        'jira-changelog',
        '--policy',
        policy,
        '--json',
      );
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as {
        summary: { decisions: Record<string, number> };
        decisions: { ticketId: string; decision: string; requester: string; codes: string[] }[];
      };
    };
    const pick = (decisions: { ticketId: string; decision: string }[], id: string) =>
      decisions
        .filter((d) => d.ticketId === id && d.decision !== 'remind' && d.decision !== 'expire')
        .map((d) => d.decision);

    // Cloud, users by account id only: CL-2 and CL-3 reach Done without a resolution.
    const cloud = await run('jira-changelog-cloud.json');
    expect(cloud.summary.decisions).toMatchObject({ send: 3, cancel: 1 });
    expect(pick(cloud.decisions, 'jira:CL-2')).toEqual(['schedule', 'send']);
    // Back to In Progress within the grace period: the invitation is cancelled; Done again the next day, surveyed.
    expect(pick(cloud.decisions, 'jira:CL-3')).toEqual(['schedule', 'cancel', 'schedule', 'send']);
    expect(cloud.decisions.find((d) => d.ticketId === 'jira:CL-2')?.requester).toBe(
      'qm:9f8e7d6c-5b4a-4392-8170-6a5b4c3d2e1f',
    );

    // Data Center / Server, users by key, name and e-mail: HD-2 is closed without a resolution.
    const server = await run('jira-changelog-server.json');
    expect(server.summary.decisions).toMatchObject({ send: 3, cancel: 1 });
    expect(pick(server.decisions, 'jira:HD-2')).toEqual(['schedule', 'send']);
    expect(new Set(server.decisions.map((d) => d.requester))).toEqual(
      new Set(['jira:key:JIRAUSER10100', 'jira:name:ben']),
    );

    // Mixed: Anna is one requester on MX-2 and MX-3 though MX-3 hides her e-mail, so fatigue holds her second survey.
    const mixed = await run('jira-changelog-mixed.jsonl');
    expect(pick(mixed.decisions, 'jira:MX-3')).toEqual(['suppress']);
    expect(mixed.decisions.find((d) => d.ticketId === 'jira:MX-3')).toMatchObject({
      requester: 'jira:key:JIRAUSER10100',
      codes: ['fatigue-min-days'],
    });
  });

  it('refuses a Jira export with a user it cannot identify, naming the issue and the field', async () => {
    const lines = readFileSync(fixture('jira-changelog-mixed.jsonl'), 'utf8').trim().split('\n');
    const issue = JSON.parse(lines[1] ?? '{}');
    issue.fields.reporter = { displayName: 'Anna Requester', active: true };
    const file = join(scratch, 'nameless.jsonl');
    writeFileSync(file, [lines[0], JSON.stringify(issue)].join('\n'));
    const refused = await xloop('simulate', '--events', file, '--format', 'jira-changelog');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'issue 2: MX-2: fields.reporter has no accountId, key, name or emailAddress',
    );
  });

  it('refuses bad files and bad policies with a clear message and exit code 2', async () => {
    const broken = join(scratch, 'broken.jsonl');
    writeFileSync(broken, '{"type":"resolved"}\nnot json\n');
    const events = await xloop('simulate', '--events', broken, '--format', 'jsonl');
    expect(events.code).toBe(2);
    expect(events.stderr).toContain('has 2 bad record(s)');
    expect(events.stderr).toContain('line 2: not valid JSON');
    const badPolicy = join(scratch, 'bad-policy.json');
    writeFileSync(
      badPolicy,
      JSON.stringify({ samplingRate: 3, businessHours: { start: '18:00', end: '09:00' } }),
    );
    const policyRun = await xloop(
      'simulate',
      '--events',
      fixture('events.jsonl'),
      '--format',
      'jsonl',
      '--policy',
      badPolicy,
    );
    expect(policyRun.code).toBe(2);
    expect(policyRun.stderr).toContain('policy.samplingRate: samplingRate must be between 0 and 1, not 3.');
    const missing = await xloop('simulate', '--events', join(scratch, 'nope.jsonl'), '--format', 'jsonl');
    expect(missing.code).toBe(2);
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
  it('gives overall scores, segments and ranked opportunities as JSON', async () => {
    const { stdout, code } = await xloop(
      'analyze',
      '--responses',
      fixture('responses.csv'),
      '--by',
      'service,channel',
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.overall).toMatchObject({ n: 360 });
    expect(result.overall.happinessCi95).toHaveLength(2);
    expect(result.overall.happinessCi95[0]).toBeLessThan(result.overall.happiness);
    expect(Object.keys(result.overall).sort()).toEqual(
      ['happiness', 'happinessCi95', 'lostTimeMinutesMean', 'lostTimeMinutesTotal', 'meanScore', 'n'].sort(),
    );
    const vpn = result.segments.find(
      (s: { dimension: string; value: string }) => s.dimension === 'service' && s.value === 'VPN',
    );
    expect(vpn).toMatchObject({ n: 123 });
    expect(vpn.happiness).toBeLessThan(0);
    expect(result.opportunities[0]).toMatchObject({ rank: 1, segment: { service: 'VPN' } });
  });

  it('shows "not enough answers" below the minimum sample, filters by days, and rejects bad input', async () => {
    const narrow = await xloop(
      'analyze',
      '--responses',
      fixture('responses.csv'),
      '--from',
      '2026-08-03',
      '--to',
      '2026-08-05',
      '--json',
    );
    const result = JSON.parse(narrow.stdout);
    expect(result.overall.n).toBeLessThan(10);
    expect(result.overall.happiness).toBeNull();
    expect(result.segments.every((s: { happiness: number | null }) => s.happiness === null)).toBe(true);
    const text = await xloop('analyze', '--responses', fixture('responses.csv'), '--by', 'service');
    expect(text.stdout).toContain('Opportunities:');
    expect((await xloop('analyze', '--responses', fixture('responses.csv'), '--by', 'mood')).code).toBe(2);
    expect((await xloop('analyze', '--responses', fixture('responses.csv'), '--from', 'May')).code).toBe(2);
    const bad = join(scratch, 'bad.csv');
    writeFileSync(bad, 'ticket_id,score\nSD-1,eleven\n');
    const refused = await xloop('analyze', '--responses', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('line 2');
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
