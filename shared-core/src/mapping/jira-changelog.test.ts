import { describe, expect, it } from 'vitest';
import { type JiraIssueWithChangelog, jiraIssueEvents, jiraTicketBase } from './jira-changelog';

const issue: JiraIssueWithChangelog = {
  key: 'SD-7',
  fields: {
    created: '2026-11-02T09:00:00.000+0200',
    issuetype: { name: 'Incident' },
    reporter: { accountId: 'acc-1', timeZone: 'Europe/Helsinki' },
    assignee: { accountId: 'agent-1' },
    components: [{ name: 'VPN' }],
    resolution: { name: 'Done' },
    resolutiondate: '2026-11-03T10:00:00.000+0200',
    status: { statusCategory: { key: 'done' } },
    customfield_10010: { requestType: { name: 'Get IT help' } },
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
};

describe('jiraIssueEvents', () => {
  it('dates creation, each resolution and each reopening from the changelog', () => {
    const result = jiraIssueEvents(issue, { requestType: 'customfield_10010' }, 'acme');
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
      error: 'fields.reporter.accountId is missing',
    });
    expect(jiraTicketBase({ key: 'SD-1', fields: {} })).toBeUndefined();
  });
});
