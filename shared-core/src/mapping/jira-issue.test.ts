import { describe, expect, it } from 'vitest';
import {
  JSM_FIELD_IDS,
  jiraCustomer,
  jiraIssue,
  jiraServerUser,
  jiraServiceDeskFieldDetails,
  jiraStatus,
} from '../testing/jira';
import { type JiraIssue, jiraIssueTicket, readJiraIssue, serviceDeskFields } from './jira-issue';

describe('jiraIssueTicket', () => {
  // A resolved JSM incident of project SD, its organisation filed in the builders' organisations field.
  const issue: JiraIssue = jiraIssue({
    key: 'SD-7',
    fields: {
      created: '2026-11-02T09:00:00.000+0200',
      issuetype: { name: 'Incident' },
      reporter: jiraCustomer({ accountId: 'acc-1', locale: 'fi_FI' }),
      priority: { name: 'High' },
      project: { key: 'SD' },
      resolutiondate: '2026-11-02T11:30:00.000+0200',
      [JSM_FIELD_IDS.organizations]: [{ name: 'Acme Oy' }],
    },
  });

  it('finds JSM fields by their type, whatever their ids on the site', () => {
    expect(serviceDeskFields([{ id: 'summary' }, ...jiraServiceDeskFieldDetails()])).toEqual({
      requestType: 'customfield_10010',
      organizations: 'customfield_10002',
    });
    expect(serviceDeskFields([])).toEqual({});
  });

  it('maps a resolved issue onto a resolved ticket, its organisation as the MSP customer', () => {
    expect(jiraIssueTicket(issue, JSM_FIELD_IDS)).toMatchObject({
      id: 'jira:SD-7',
      kind: 'incident',
      status: 'resolved',
      resolvedAt: Date.UTC(2026, 10, 2, 9, 30),
      resolutionCode: 'Done',
      requestType: 'Get IT help',
      agentId: 'agent-1',
      requester: { id: 'acc-1', timeZone: 'Europe/Helsinki', locale: 'fi_FI' },
      segment: { service: 'VPN', priority: 'High', category: 'Incident', customer: 'Acme Oy', project: 'SD' },
    });
  });

  it('reads a reopened issue as open, and refuses one without a reporter or a creation time, saying why', () => {
    expect(
      jiraIssueTicket({
        ...issue,
        fields: {
          ...issue.fields,
          resolution: null,
          resolutiondate: null,
          status: jiraStatus('indeterminate'),
        },
      })?.status,
    ).toBe('open');
    expect(jiraIssueTicket({ ...issue, fields: { ...issue.fields, reporter: null } })).toBeUndefined();
    expect(readJiraIssue({ ...issue, fields: { ...issue.fields, reporter: null } })).toEqual({
      ok: false,
      error: 'fields.reporter is missing',
    });
    expect(jiraIssueTicket({ ...issue, fields: { ...issue.fields, created: 'yesterday' } })).toBeUndefined();
  });

  it('reads Data Center and Server users by key, name or e-mail, and refuses a user it cannot name', () => {
    const server = readJiraIssue({
      ...issue,
      fields: {
        ...issue.fields,
        reporter: jiraServerUser(),
        assignee: { name: 'olli', emailAddress: 'olli@example.com' },
      },
    });
    expect(server.ok && server.value).toMatchObject({
      requester: { id: 'jira:key:JIRAUSER10100', email: 'anna@example.com', displayName: 'Anna' },
      agentId: 'jira:name:olli',
    });
    expect(
      readJiraIssue({ ...issue, fields: { ...issue.fields, reporter: { displayName: 'Anna' } } }),
    ).toEqual({ ok: false, error: 'fields.reporter has no accountId, key, name or emailAddress' });
    expect(
      readJiraIssue({ ...issue, fields: { ...issue.fields, assignee: { displayName: 'Olli' } } }),
    ).toEqual({ ok: false, error: 'fields.assignee has no accountId, key, name or emailAddress' });
    // No assignee is no problem.
    expect(jiraIssueTicket({ ...issue, fields: { ...issue.fields, assignee: null } })).not.toHaveProperty(
      'agentId',
    );
  });

  it('reads an issue in Done without a resolution as resolved since it moved there, and a resolution alone too', () => {
    const doneOnly = jiraIssueTicket({
      ...issue,
      fields: {
        ...issue.fields,
        resolution: null,
        resolutiondate: null,
        statuscategorychangedate: '2026-11-02T12:00:00.000+0200',
      },
    });
    expect(doneOnly).toMatchObject({ status: 'resolved', resolvedAt: Date.UTC(2026, 10, 2, 10) });
    expect(doneOnly).not.toHaveProperty('resolutionCode');
    // Jira says the resolution is what ends an issue's life, whatever its status.
    expect(
      jiraIssueTicket({
        ...issue,
        fields: { ...issue.fields, status: jiraStatus('indeterminate') },
      }),
    ).toMatchObject({ status: 'resolved', resolvedAt: Date.UTC(2026, 10, 2, 9, 30), resolutionCode: 'Done' });
    // In Done without a resolution, and Jira did not say since when: not a resolution anyone can date.
    expect(
      jiraIssueTicket({ ...issue, fields: { ...issue.fields, resolution: null, resolutiondate: null } })
        ?.status,
    ).toBe('open');
  });

  it('keeps a resolution date without a resolution out of the ticket, and names the site', () => {
    const ticket = jiraIssueTicket(
      {
        ...issue,
        fields: { ...issue.fields, status: null, resolution: null, issuetype: { name: 'Get help' } },
      },
      {},
      'acme.atlassian.net',
    );
    expect(ticket).toMatchObject({ id: 'acme.atlassian.net:SD-7', kind: 'request', status: 'open' });
    expect(ticket).not.toHaveProperty('resolvedAt');
    expect(ticket?.segment).not.toHaveProperty('customer');
  });
});
