import { describe, expect, it } from 'vitest';
import { jiraIssueEvents } from '../mapping/jira-changelog';
import { readJiraIssue } from '../mapping/jira-issue';
import { jiraIssueChange } from '../mapping/jira-issue-event';
import { serviceNowRecordTicket } from '../mapping/servicenow-record';
import {
  JSM_FIELD_IDS,
  jiraChangelog,
  jiraHistory,
  jiraIssue,
  jiraIssueEvent,
  jiraResolutionItem,
  jiraServerUser,
  jiraStatus,
} from './jira';
import { serviceNowIncidentRow, serviceNowRequestItemRow, serviceNowTableRecord } from './servicenow';

// The builders' defaults are tickets the core reads; their conformance to Jira's OpenAPI document is checked in
// forge-app/test/builders-openapi.test.ts, where the schema validator is.
describe('the Jira builders', () => {
  it('build a resolved JSM request the core reads as a resolved ticket', () => {
    const read = readJiraIssue(jiraIssue(), { requestType: JSM_FIELD_IDS.requestType });
    expect(read).toMatchObject({
      ok: true,
      value: {
        id: 'jira:HELP-1',
        status: 'resolved',
        resolvedAt: Date.UTC(2026, 10, 2, 7),
        requester: { id: 'customer-1', timeZone: 'Europe/Helsinki' },
        requestType: 'Get IT help',
        segment: { service: 'VPN', priority: 'Medium', category: 'IT Help', project: 'HELP' },
      },
    });
  });

  it('lay overrides over the defaults, leave out what is overridden with undefined, and number ids by key', () => {
    const open = jiraIssue({
      key: 'SD-7',
      fields: {
        resolution: null,
        resolutiondate: null,
        status: jiraStatus('indeterminate'),
        reporter: jiraServerUser(),
        components: undefined,
      },
    });
    expect(open.id).toBe('10007');
    expect(open.fields).not.toHaveProperty('components');
    expect(readJiraIssue(open)).toMatchObject({
      ok: true,
      value: { id: 'jira:SD-7', status: 'open', requester: { id: 'jira:key:JIRAUSER10100' } },
    });
  });

  it('build a changelog the core reads, and an issue event it classifies', () => {
    const issue = jiraIssue({
      changelog: jiraChangelog(jiraHistory('2026-11-02T09:00:00.000+0200', jiraResolutionItem('Done'))),
    });
    const events = jiraIssueEvents(issue);
    expect(events.ok && events.value.map((e) => [e.type, e.at])).toEqual([
      ['created', Date.UTC(2026, 10, 2, 5, 30)],
      ['resolved', Date.UTC(2026, 10, 2, 7)],
    ]);
    const event = jiraIssueEvent({ timestamp: 1 });
    expect(event).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      issue: { key: 'HELP-1' },
      timestamp: 1,
    });
    expect(jiraIssueChange(issue, { changelog: event.changelog })?.type).toBe('resolved');
  });
});

describe('the ServiceNow builders', () => {
  it('build incident and requested item rows, and their Table API records the core reads', () => {
    const incident = serviceNowIncidentRow({
      state: '6',
      resolved_at: '2026-11-02 09:30:00',
      priority: '3',
      priority$display: '3 - Moderate',
    });
    expect(serviceNowTableRecord(incident).priority).toEqual({ value: '3', display_value: '3 - Moderate' });
    expect(serviceNowRecordTicket(serviceNowTableRecord(incident))).toMatchObject({
      id: 'servicenow:INC0010001',
      kind: 'incident',
      status: 'resolved',
      requester: { id: 'u-anna' },
      segment: { priority: '3 - Moderate' },
      createdAt: Date.UTC(2026, 10, 2, 7),
      resolvedAt: Date.UTC(2026, 10, 2, 9, 30),
    });
    const item = serviceNowRequestItemRow({ state: undefined });
    expect(item).not.toHaveProperty('state');
    expect(serviceNowRecordTicket(serviceNowRequestItemRow())).toMatchObject({
      kind: 'request',
      status: 'open',
    });
  });
});
