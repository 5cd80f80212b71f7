import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { type EventFormat, simulateCommand } from './simulate';

const fixture = (name: string) => new URL(`../../test/fixtures/${name}`, import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'xloop-simulate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const policy = join(scratch, 'policy.json');
writeFileSync(policy, JSON.stringify({ timeZone: 'Europe/Helsinki' }));

/**
 * `xloop simulate` with these flags, in process: what it prints, and the message and exit code of a refusal, as
 * the command line writes them.
 */
async function xloop(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  const flag = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at < 0 ? undefined : args[at + 1];
  };
  const printed: string[] = [];
  try {
    simulateCommand(
      {
        events: flag('events') ?? '',
        format: flag('format') as EventFormat,
        ...(flag('policy') ? { policy: flag('policy') } : {}),
        ...(flag('out') ? { out: flag('out') } : {}),
        ...(args.includes('--json') ? { json: true } : {}),
      },
      (text) => printed.push(`${text}\n`),
    );
    return { stdout: printed.join(''), stderr: '', code: 0 };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { stdout: printed.join(''), stderr: error.message, code: error.exitCode };
  }
}

describe('simulateCommand', () => {
  it('prints one JSON line per decision and a summary', async () => {
    const { stdout, code } = await xloop(
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
      '--events',
      fixture('events.jsonl'),
      '--format',
      'jsonl',
      '--policy',
      policy,
      '--json',
    );
    const b = await xloop('--events', file, '--format', 'jsonl', '--policy', policy, '--json');
    expect(JSON.parse(b.stdout).decisions).toEqual(JSON.parse(a.stdout).decisions);
  });

  it('reads Jira changelogs and ServiceNow audit exports, and writes decisions to a file', async () => {
    const out = join(scratch, 'decisions.jsonl');
    const jira = await xloop(
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
    const refused = await xloop('--events', file, '--format', 'jira-changelog');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'issue 2: MX-2: fields.reporter has no accountId, key, name or emailAddress',
    );
  });

  it('refuses bad files and bad policies with a clear message and exit code 2', async () => {
    const broken = join(scratch, 'broken.jsonl');
    writeFileSync(broken, '{"type":"resolved"}\nnot json\n');
    const events = await xloop('--events', broken, '--format', 'jsonl');
    expect(events.code).toBe(2);
    expect(events.stderr).toContain('has 2 bad record(s)');
    expect(events.stderr).toContain('line 2: not valid JSON');
    const badPolicy = join(scratch, 'bad-policy.json');
    writeFileSync(
      badPolicy,
      JSON.stringify({ samplingRate: 3, businessHours: { start: '18:00', end: '09:00' } }),
    );
    const policyRun = await xloop(
      '--events',
      fixture('events.jsonl'),
      '--format',
      'jsonl',
      '--policy',
      badPolicy,
    );
    expect(policyRun.code).toBe(2);
    expect(policyRun.stderr).toContain('policy.samplingRate: samplingRate must be between 0 and 1, not 3.');
    const missing = await xloop('--events', join(scratch, 'nope.jsonl'), '--format', 'jsonl');
    expect(missing.code).toBe(2);
  });

  it('prints a table of counts, "(none)" for an empty one, and no decision lines when they go to a file', async () => {
    const out = join(scratch, 'table.jsonl');
    const { stdout } = await xloop(
      '--events',
      fixture('events.jsonl'),
      '--format',
      'jsonl',
      '--policy',
      policy,
      '--out',
      out,
    );
    expect(stdout).not.toMatch(/^\{/m);
    expect(stdout).toMatch(/^\d+ events → \d+ decisions \(written to .*table\.jsonl\)$/m);
    expect(stdout).toMatch(/^Decisions:\n {2}cancel {23}\d+\n/m);
    const empty = join(scratch, 'empty.jsonl');
    writeFileSync(empty, '');
    const none = await xloop('--events', empty, '--format', 'jsonl');
    expect(none.stdout).toBe(
      '0 events → 0 decisions\nDecisions:\n  (none)\nSurveys sent per week:\n  (none)\nSuppressions by reason:\n  (none)\n',
    );
    expect(readFileSync(out, 'utf8').split('\n').at(-1)).toBe('');
  });
});
