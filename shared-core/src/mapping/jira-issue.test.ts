import { describe, expect, it } from 'vitest';
import { type JiraIssue, jiraIssueTicket, serviceDeskFields } from './jira-issue';

describe('jiraIssueTicket', () => {
  const issue: JiraIssue = {
    id: '10001',
    key: 'SD-7',
    fields: {
      created: '2026-11-02T09:00:00.000+0200',
      issuetype: { name: 'Incident' },
      reporter: {
        accountId: 'acc-1',
        accountType: 'customer',
        displayName: 'Anna',
        timeZone: 'Europe/Helsinki',
        locale: 'fi_FI',
      },
      assignee: { accountId: 'agent-1' },
      priority: { name: 'High' },
      components: [{ name: 'VPN' }],
      resolution: { name: 'Done' },
      resolutiondate: '2026-11-02T11:30:00.000+0200',
      status: { statusCategory: { key: 'done' } },
      customfield_10010: { requestType: { name: 'Get IT help' } },
      customfield_10002: [{ name: 'Acme Oy' }],
    },
  };

  it('finds JSM fields by their type, whatever their ids on the site', () => {
    expect(
      serviceDeskFields([
        { id: 'summary' },
        { id: 'customfield_10010', schema: { custom: 'com.atlassian.servicedesk:vp-origin' } },
        {
          id: 'customfield_10002',
          schema: { custom: 'com.atlassian.servicedesk:sd-customer-organizations' },
        },
      ]),
    ).toEqual({ requestType: 'customfield_10010', organizations: 'customfield_10002' });
    expect(serviceDeskFields([])).toEqual({});
  });

  it('maps a resolved issue onto a resolved ticket, its organisation as the MSP customer', () => {
    expect(
      jiraIssueTicket(issue, { requestType: 'customfield_10010', organizations: 'customfield_10002' }),
    ).toMatchObject({
      id: 'jira:SD-7',
      kind: 'incident',
      status: 'resolved',
      resolvedAt: Date.UTC(2026, 10, 2, 9, 30),
      resolutionCode: 'Done',
      requestType: 'Get IT help',
      agentId: 'agent-1',
      requester: { id: 'acc-1', timeZone: 'Europe/Helsinki', locale: 'fi_FI' },
      segment: { service: 'VPN', priority: 'High', category: 'Incident', customer: 'Acme Oy' },
    });
  });

  it('reads a reopened issue as open, and refuses one without a reporter', () => {
    expect(
      jiraIssueTicket({
        ...issue,
        fields: { ...issue.fields, status: { statusCategory: { key: 'indeterminate' } } },
      })?.status,
    ).toBe('open');
    expect(jiraIssueTicket({ ...issue, fields: { ...issue.fields, reporter: null } })).toBeUndefined();
    expect(jiraIssueTicket({ ...issue, fields: { ...issue.fields, created: 'yesterday' } })).toBeUndefined();
  });

  it('keeps a resolution date on an issue not yet done out of the ticket, and names the site', () => {
    const ticket = jiraIssueTicket(
      { ...issue, fields: { ...issue.fields, status: null, issuetype: { name: 'Get help' } } },
      {},
      'acme.atlassian.net',
    );
    expect(ticket).toMatchObject({ id: 'acme.atlassian.net:SD-7', kind: 'request', status: 'open' });
    expect(ticket).not.toHaveProperty('resolvedAt');
    expect(ticket?.segment).not.toHaveProperty('customer');
  });
});
