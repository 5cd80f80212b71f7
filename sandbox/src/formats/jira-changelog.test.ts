import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conformance, issueConformance } from '../../test/jira-openapi';
import { parseJiraChangelog } from './jira-changelog';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

describe('parseJiraChangelog', () => {
  it('finds resolutions and reopenings in the changelog of a search response', () => {
    const { records, problems } = parseJiraChangelog(fixture('jira-search-changelog.json'));
    expect(problems).toEqual([]);
    const sd202 = records.filter((e) => e.ticket.id === 'jira:SD-202').map((e) => e.type);
    expect(sd202).toEqual(['created', 'resolved', 'reopened', 'resolved']);
    const first = records.find((e) => e.ticket.id === 'jira:SD-201' && e.type === 'resolved');
    expect(first).toMatchObject({
      at: Date.UTC(2026, 10, 2, 9, 30),
      ticket: {
        kind: 'request',
        resolutionCode: 'Done',
        requester: { id: '5b10ac8d82e05b22cc7d4ef5', email: 'anna@example.com', timeZone: 'Europe/Helsinki' },
        agentId: '5b10a2844c20165700ede21g',
        segment: { service: 'VPN', priority: 'High', category: 'IT Help' },
      },
    });
    expect(records.find((e) => e.ticket.id === 'jira:SD-203')?.ticket.requester.isServiceAccount).toBe(true);
  });

  it('reads a plain array and one issue per line, and reports unusable issues', () => {
    const issue = {
      key: 'SD-9',
      fields: {
        created: '2026-11-02T09:00:00.000+0200',
        reporter: { accountId: 'a' },
        resolutiondate: '2026-11-02T10:00:00.000+0200',
      },
    };
    expect(parseJiraChangelog(JSON.stringify([issue])).records.map((e) => e.type)).toEqual([
      'created',
      'resolved',
    ]);
    expect(parseJiraChangelog(`${JSON.stringify(issue)}\n${JSON.stringify(issue)}`).records).toHaveLength(4);
    expect(
      parseJiraChangelog(JSON.stringify([{ key: 'SD-1', fields: {} }, { fields: {} }])).problems,
    ).toEqual([
      { at: 1, message: 'SD-1: fields.created is missing or not a time' },
      { at: 2, message: 'issue: key and fields are required' },
    ]);
    expect(parseJiraChangelog('{"key":\n nonsense').problems.length).toBeGreaterThan(0);
  });
});

describe('parseJiraChangelog across Jira user shapes and workflows without a resolution', () => {
  const byTicket = (records: readonly { type: string; at: number; ticket: { id: string } }[], id: string) =>
    records.filter((e) => e.ticket.id === id).map((e) => [e.type, new Date(e.at).toISOString()]);

  it('reads a Cloud export whose users carry only account ids, and a move into Done without a resolution', () => {
    const { records, problems } = parseJiraChangelog(fixture('jira-changelog-cloud.json'));
    expect(problems).toEqual([]);
    expect(records.find((e) => e.ticket.id === 'jira:CL-1' && e.type === 'resolved')?.ticket).toMatchObject({
      requester: { id: 'qm:5b10ac8d-82e0-4b22-9c7d-4ef5a1b2c3d4', displayName: 'Anna Requester' },
      agentId: '5b10a2844c20165700ede21g',
      resolutionCode: 'Done',
    });
    // Done without a resolution is a resolution; back to In Progress is a reopening.
    expect(byTicket(records, 'jira:CL-2')).toEqual([
      ['created', '2026-11-03T13:00:00.000Z'],
      ['resolved', '2026-11-03T15:00:00.000Z'],
    ]);
    expect(
      records.find((e) => e.ticket.id === 'jira:CL-2' && e.type === 'resolved')?.ticket,
    ).not.toHaveProperty('resolutionCode');
    expect(byTicket(records, 'jira:CL-3')).toEqual([
      ['created', '2026-11-04T07:00:00.000Z'],
      ['resolved', '2026-11-04T08:00:00.000Z'],
      ['reopened', '2026-11-04T08:20:00.000Z'],
      ['resolved', '2026-11-05T08:00:00.000Z'],
    ]);
  });

  it('reads a Data Center or Server export by user key, else name, with authors and assignee items by key', () => {
    const { records, problems } = parseJiraChangelog(fixture('jira-changelog-server.json'));
    expect(problems).toEqual([]);
    expect(records.find((e) => e.ticket.id === 'jira:HD-1' && e.type === 'resolved')?.ticket).toMatchObject({
      requester: { id: 'jira:key:JIRAUSER10100', email: 'anna@example.com', timeZone: 'Europe/Helsinki' },
      agentId: 'jira:key:olli',
      resolutionCode: 'Fixed',
    });
    // Closed without a resolution, by a user known by name alone.
    expect(byTicket(records, 'jira:HD-2')).toEqual([
      ['created', '2026-11-03T13:00:00.000Z'],
      ['resolved', '2026-11-03T15:00:00.000Z'],
    ]);
    expect(records.find((e) => e.ticket.id === 'jira:HD-2')?.ticket.requester.id).toBe('jira:name:ben');
    // Reopened to a status no issue in the file is in now: it counts as not Done.
    expect(byTicket(records, 'jira:HD-3').map(([type]) => type)).toEqual([
      'created',
      'resolved',
      'reopened',
      'resolved',
    ]);
  });

  it('reads a mixed export, and one person as one requester with or without her e-mail', () => {
    const { records, problems } = parseJiraChangelog(fixture('jira-changelog-mixed.jsonl'));
    expect(problems).toEqual([]);
    const resolved = (id: string) => records.find((e) => e.ticket.id === id && e.type === 'resolved');
    expect(resolved('jira:MX-1')?.ticket).toMatchObject({
      requester: { id: '5b109f2e9729b51b54dc274d' },
      agentId: 'jira:key:olli',
    });
    expect(resolved('jira:MX-2')?.ticket.requester).toMatchObject({
      id: 'jira:key:JIRAUSER10100',
      email: 'anna@example.com',
    });
    expect(resolved('jira:MX-3')?.ticket.requester.id).toBe('jira:key:JIRAUSER10100');
    expect(resolved('jira:MX-3')?.ticket.requester).not.toHaveProperty('email');
    // Its changelog is cut before the move into Done: Jira's status category date says when.
    expect(resolved('jira:MX-3')?.at).toBe(Date.UTC(2026, 10, 4, 8));
  });

  it('names the issue and the field of a user it cannot identify', () => {
    const lines = fixture('jira-changelog-mixed.jsonl').trim().split('\n');
    const broken = JSON.parse(lines[1] ?? '{}');
    broken.fields.reporter = { displayName: 'Anna Requester', active: true };
    const assigneeless = JSON.parse(lines[2] ?? '{}');
    assigneeless.fields.assignee = { active: true };
    const { problems } = parseJiraChangelog(
      [lines[0], JSON.stringify(broken), JSON.stringify(assigneeless)].join('\n'),
    );
    expect(problems).toEqual([
      { at: 2, message: 'MX-2: fields.reporter has no accountId, key, name or emailAddress' },
      { at: 3, message: 'MX-3: fields.assignee has no accountId, key, name or emailAddress' },
    ]);
  });

  it('keeps its Jira fixtures as the Jira platform OpenAPI document describes a search answer and its issues', () => {
    for (const name of ['jira-search-changelog.json', 'jira-changelog-cloud.json'])
      expect(conformance('GET', '/rest/api/3/search/jql', JSON.parse(fixture(name)))).toEqual([]);
    expect(
      (JSON.parse(fixture('jira-changelog-server.json')) as unknown[]).flatMap(issueConformance),
    ).toEqual([]);
    const mixed = fixture('jira-changelog-mixed.jsonl').trim().split('\n');
    expect(mixed.flatMap((line) => issueConformance(JSON.parse(line)))).toEqual([]);
  });
});
