import { describe, expect, it } from 'vitest';
import type { TicketEvent } from '../model/ticket';
import { random } from '../random';
import { JSM_FIELD_IDS, jiraCustomer, jiraIssue, jiraServerUser, jiraStatus } from '../testing/jira';
import { type JiraIssueWithChangelog, jiraIssueEvents, jiraTicketBase } from './jira-changelog';
import { readJiraIssue } from './jira-issue';
import {
  type JiraChangeItem,
  type JiraStatus,
  jiraResolutionChange,
  jiraResolutionState,
  jiraStatusCategories,
} from './jira-resolution';

const issue: JiraIssueWithChangelog = jiraIssue({
  key: 'SD-7',
  fields: {
    created: '2026-11-02T09:00:00.000+0200',
    issuetype: { name: 'Incident' },
    reporter: jiraCustomer({ accountId: 'acc-1' }),
    resolutiondate: '2026-11-03T10:00:00.000+0200',
  },
  changelog: {
    histories: [
      // Out of order on purpose: the mapping sorts by time.
      {
        created: '2026-11-03T10:00:00.000+0200',
        items: [{ fieldId: 'resolution', to: '10000', toString: 'Done' }],
      },
      {
        created: '2026-11-02T11:30:00.000+0200',
        items: [{ field: 'resolution', to: '10001', toString: 'Fixed' }],
      },
      {
        created: '2026-11-02T12:00:00.000+0200',
        items: [
          { field: 'status', to: '3', toString: 'In Progress' },
          { fieldId: 'resolution', to: null, toString: null },
        ],
      },
      { created: 'not a time', items: [{ fieldId: 'resolution', to: '1', toString: 'Done' }] },
    ],
  },
});

describe('jiraIssueEvents', () => {
  it('dates creation, each resolution and each reopening from the changelog', () => {
    const result = jiraIssueEvents(issue, { requestType: JSM_FIELD_IDS.requestType }, 'acme');
    expect(result.ok).toBe(true);
    const events = result.ok ? result.value : [];
    expect(events.map((e) => [e.type, new Date(e.at).toISOString(), e.ticket.resolutionCode])).toEqual([
      ['created', '2026-11-02T07:00:00.000Z', undefined],
      ['resolved', '2026-11-02T09:30:00.000Z', 'Fixed'],
      ['reopened', '2026-11-02T10:00:00.000Z', undefined],
      ['resolved', '2026-11-03T08:00:00.000Z', 'Done'],
    ]);
    expect(events[1]?.ticket).toMatchObject({
      id: 'acme:SD-7',
      kind: 'incident',
      status: 'resolved',
      resolvedAt: Date.UTC(2026, 10, 2, 9, 30),
      requestType: 'Get IT help',
      requester: { id: 'acc-1' },
      agentId: 'agent-1',
    });
    expect(events[2]?.ticket).toMatchObject({ status: 'open' });
    expect(events[2]?.ticket.resolvedAt).toBeUndefined();
  });

  it('falls back on the resolution date when the changelog never set one, and reads a resolution id alone', () => {
    const { changelog: _none, ...plain } = issue;
    const result = jiraIssueEvents(plain);
    expect(result.ok && result.value.map((e) => [e.type, e.ticket.resolutionCode])).toEqual([
      ['created', undefined],
      ['resolved', 'Done'],
    ]);
    // Parsed from JSON, as Jira sends it: an item without `toString` still inherits a function by that name.
    const idOnly = JSON.parse('{ "fieldId": "resolution", "to": "10001" }');
    const byId = jiraIssueEvents({
      ...plain,
      changelog: { histories: [{ created: '2026-11-02T11:30:00Z', items: [idOnly] }] },
    });
    expect(byId.ok && byId.value[1]?.ticket.resolutionCode).toBe('10001');
  });

  it('says why an issue cannot be read', () => {
    expect(jiraIssueEvents(null)).toEqual({ ok: false, error: 'key and fields are required' });
    expect(jiraIssueEvents({ key: 'SD-1', fields: {} })).toEqual({
      ok: false,
      error: 'fields.created is missing or not a time',
    });
    expect(jiraIssueEvents({ key: 'SD-1', fields: { created: issue.fields.created } })).toEqual({
      ok: false,
      error: 'fields.reporter is missing',
    });
    expect(
      jiraIssueEvents({
        key: 'SD-1',
        fields: { created: issue.fields.created, reporter: { displayName: 'Anna' } },
      }),
    ).toEqual({ ok: false, error: 'fields.reporter has no accountId, key, name or emailAddress' });
    expect(jiraTicketBase({ key: 'SD-1', fields: {} })).toBeUndefined();
  });
});

const OPEN = jiraStatus('new', { name: 'Open' });
const IN_PROGRESS = jiraStatus('indeterminate');
const WAITING = jiraStatus('indeterminate', { id: '4', name: 'Waiting for customer' });
const RESOLVED = jiraStatus('done', { id: '5', name: 'Resolved' });
const CLOSED = jiraStatus('done', { id: '6', name: 'Closed' });
const DONE = jiraStatus('done');
const STATUSES = [OPEN, IN_PROGRESS, WAITING, RESOLVED, CLOSED, DONE];
const CATEGORIES = jiraStatusCategories(STATUSES);
const isDone = (status: JiraStatus) => status.statusCategory?.key === 'done';
const move = (from: JiraStatus, to: JiraStatus): JiraChangeItem => ({
  field: 'status',
  fieldId: 'status',
  from: from.id ?? null,
  fromString: from.name ?? null,
  to: to.id ?? null,
  toString: to.name ?? null,
});
const summary = (events: readonly TicketEvent[]) =>
  events.map((e) => [e.type, new Date(e.at).toISOString(), e.ticket.resolutionCode]);

describe('jiraIssueEvents on Data Center and Server exports, and on workflows without a resolution', () => {
  // A Data Center issue: users by key and name, the changelog's author and assignee items by user key.
  const server: JiraIssueWithChangelog = jiraIssue({
    key: 'HD-12',
    fields: {
      created: '2026-11-02T09:00:00.000+0200',
      issuetype: { name: 'Service Request' },
      reporter: jiraServerUser({ timeZone: 'Europe/Helsinki' }),
      assignee: { key: 'olli', name: 'olli.agent', emailAddress: 'olli@example.com' },
      resolution: null,
      resolutiondate: null,
      status: DONE,
    },
    changelog: {
      histories: [
        {
          created: '2026-11-02T09:30:00.000+0200',
          author: { key: 'olli', name: 'olli.agent' },
          items: [
            {
              field: 'assignee',
              fieldtype: 'jira',
              from: null,
              fromString: null,
              to: 'olli',
              toString: 'Olli Agent',
            },
            move(OPEN, IN_PROGRESS),
          ],
        },
        {
          created: '2026-11-02T11:00:00.000+0200',
          author: { key: 'olli' },
          items: [move(IN_PROGRESS, DONE)],
        },
        {
          created: '2026-11-02T15:00:00.000+0200',
          author: { name: 'anna' },
          items: [move(DONE, IN_PROGRESS)],
        },
        {
          created: '2026-11-03T10:00:00.000+0200',
          author: { key: 'olli' },
          items: [move(IN_PROGRESS, DONE)],
        },
      ],
    },
  });

  it('reads users by key and name, and a move into Done without a resolution as one, out of it as a reopening', () => {
    const result = jiraIssueEvents(server, {}, 'jira', CATEGORIES);
    expect(result.ok).toBe(true);
    const events = result.ok ? result.value : [];
    expect(summary(events)).toEqual([
      ['created', '2026-11-02T07:00:00.000Z', undefined],
      ['resolved', '2026-11-02T09:00:00.000Z', undefined],
      ['reopened', '2026-11-02T13:00:00.000Z', undefined],
      ['resolved', '2026-11-03T08:00:00.000Z', undefined],
    ]);
    expect(events[1]?.ticket).toMatchObject({
      requester: { id: 'jira:key:JIRAUSER10100', email: 'anna@example.com' },
      agentId: 'jira:key:olli',
      status: 'resolved',
    });
  });

  it('knows the issue’s own status without the rest of the export, and counts statuses it never saw as not Done', () => {
    // Alone, only Done (the issue's own status) is known; Open and In Progress count as not Done, as they are.
    const alone = jiraIssueEvents(server);
    expect(alone).toEqual(jiraIssueEvents(server, {}, 'jira', CATEGORIES));
  });

  it('counts one change that moves into Done and sets the resolution once, and a later resolution set as none', () => {
    const both = jiraIssueEvents(
      {
        ...server,
        changelog: {
          histories: [
            {
              created: '2026-11-02T11:00:00.000+0200',
              items: [
                move(OPEN, RESOLVED),
                { field: 'resolution', from: null, to: '10000', toString: 'Fixed' },
              ],
            },
            // Closed later, with a resolution screen this time: still the same resolution.
            {
              created: '2026-11-04T11:00:00.000+0200',
              items: [
                move(RESOLVED, CLOSED),
                { field: 'resolution', from: '10000', to: '10002', toString: 'Done' },
              ],
            },
          ],
        },
      },
      {},
      'jira',
      CATEGORIES,
    );
    expect(both.ok && summary(both.value)).toEqual([
      ['created', '2026-11-02T07:00:00.000Z', undefined],
      ['resolved', '2026-11-02T09:00:00.000Z', 'Fixed'],
    ]);
  });

  it('dates an issue in Done without history by the move into Done, and one created in Done at creation', () => {
    const { changelog: _none, ...plain } = server;
    const moved = jiraIssueEvents({
      ...plain,
      fields: { ...plain.fields, statuscategorychangedate: '2026-11-02T11:00:00.000+0200' },
    });
    expect(moved.ok && summary(moved.value)).toEqual([
      ['created', '2026-11-02T07:00:00.000Z', undefined],
      ['resolved', '2026-11-02T09:00:00.000Z', undefined],
    ]);
    const bornDone = jiraIssueEvents(
      {
        ...plain,
        changelog: { histories: [{ created: '2026-11-02T12:00:00.000+0200', items: [move(DONE, CLOSED)] }] },
      },
      {},
      'jira',
      CATEGORIES,
    );
    expect(bornDone.ok && summary(bornDone.value)).toEqual([
      ['created', '2026-11-02T07:00:00.000Z', undefined],
      ['resolved', '2026-11-02T07:00:00.000Z', undefined],
    ]);
  });

  it('reads histories recorded at one instant as one change, keeping the resolution a post function set', () => {
    const at = '2026-11-02T11:00:00.000+0200';
    const split = jiraIssueEvents(
      {
        ...server,
        changelog: {
          histories: [
            { created: at, items: [move(IN_PROGRESS, DONE)] },
            { created: at, items: [{ field: 'resolution', to: '1', toString: 'Fixed' }] },
            { created: at, items: [move(DONE, CLOSED)] },
          ],
        },
      },
      {},
      'jira',
      CATEGORIES,
    );
    expect(split.ok && summary(split.value)).toEqual([
      ['created', '2026-11-02T07:00:00.000Z', undefined],
      ['resolved', '2026-11-02T09:00:00.000Z', 'Fixed'],
    ]);
  });

  it('decides the same for a changelog delivered with histories repeated and out of order', () => {
    const histories = server.changelog?.histories ?? [];
    const messy = jiraIssueEvents(
      { ...server, changelog: { histories: [...histories, ...histories].reverse() } },
      {},
      'jira',
      CATEGORIES,
    );
    const clean = jiraIssueEvents(server, {}, 'jira', CATEGORIES);
    expect(messy).toEqual(clean);
  });

  it('agrees with the issue read as it is after every change: the changelog (simulate) and a live event or an import name the same resolutions', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const next = random(seed);
      // Some workflows set a resolution on the way into Done, some never do; some clear it on the way out.
      const screen = next() < 0.5;
      const clears = next() < 0.8;
      let at = Date.UTC(2026, 10, 2, 8);
      const created = new Date(at).toISOString();
      let status = OPEN;
      let resolution: { name: string } | null = null;
      let resolutiondate: string | null = null;
      let categoryChanged = created;
      const histories: { created: string; items: JiraChangeItem[] }[] = [];
      const snapshots: { at: number; issue: JiraIssueWithChangelog }[] = [];
      const snapshot = (): JiraIssueWithChangelog => ({
        key: 'SD-9',
        fields: {
          created,
          reporter: { accountId: 'acc-1' },
          status,
          resolution,
          resolutiondate,
          statuscategorychangedate: categoryChanged,
        },
      });
      for (let step = 0; step < 12; step++) {
        at += Math.floor(1 + next() * 600) * 60_000;
        const time = new Date(at).toISOString();
        const others = STATUSES.filter((s) => s !== status);
        const target = others[Math.floor(next() * others.length)] as JiraStatus;
        const items: JiraChangeItem[] = [move(status, target)];
        if (isDone(target) && screen && resolution === null && (!isDone(status) || next() < 0.3)) {
          items.push({ field: 'resolution', from: null, fromString: null, to: '10000', toString: 'Fixed' });
          resolution = { name: 'Fixed' };
          resolutiondate = time;
        } else if (!isDone(target) && isDone(status) && resolution !== null && clears) {
          items.push({ field: 'resolution', from: '10000', fromString: 'Fixed', to: null, toString: null });
          resolution = null;
          resolutiondate = null;
        }
        if (target.statusCategory?.key !== status.statusCategory?.key) categoryChanged = time;
        status = target;
        histories.push({ created: time, items });
        snapshots.push({ at, issue: snapshot() });
      }
      const whole = { ...snapshot(), changelog: { histories } };
      const fromChangelog = jiraIssueEvents(whole, {}, 'jira', CATEGORIES);
      expect(fromChangelog.ok).toBe(true);
      const events = (fromChangelog.ok ? fromChangelog.value : []).filter((e) => e.type !== 'created');

      // Each change classified from the issue before and after it, as the Forge trigger sees it.
      let before = jiraResolutionState({ status: OPEN, resolution: null });
      const expected: [string, number][] = [];
      let since: number | undefined;
      for (const { at: when, issue: now } of snapshots) {
        const after = jiraResolutionState(now.fields);
        const change = jiraResolutionChange(before, after);
        if (change !== 'unchanged') expected.push([change, when]);
        if (change === 'resolved') since = when;
        // An import or a live event reading the issue now names the same resolution the changelog dated.
        const read = readJiraIssue(now);
        expect(read.ok).toBe(true);
        if (read.ok && read.value.status === 'resolved') expect(read.value.resolvedAt).toBe(since);
        if (read.ok) expect(read.value.status === 'resolved').toBe(after.resolution || after.done);
        before = after;
      }
      expect(events.map((e) => [e.type, e.at])).toEqual(expected);
    }
  });
});
