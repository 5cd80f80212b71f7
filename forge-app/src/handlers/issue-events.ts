import {
  JIRA_ISSUE_FIELDS,
  type JiraIssue,
  jiraIssueTicket,
  onTicketEvent,
  type Ports,
  serviceDeskFields,
} from '@xloop/shared-core';
import { issueEvent } from '../jira/issue-event';
import type { JiraClient } from '../jira/jira-client';

/** The parts of Forge's `avi:jira:created|updated:issue` event XLoop reads. */
export interface IssueEventPayload {
  readonly eventType?: string;
  readonly issue?: { readonly id?: string; readonly key?: string };
  readonly timestamp?: number;
}

/**
 * A Jira issue event: reads the issue as it is now (the event's own fields are partial) and lets the core decide.
 * Events arrive at least once and out of order; the core's decisions are idempotent, so a repeat changes nothing.
 */
export async function handleIssueEvent(ports: Ports, jira: JiraClient, event: IssueEventPayload) {
  const key = event.issue?.key ?? event.issue?.id;
  if (!key) return { ignored: 'no issue in the event' };
  const jsm = serviceDeskFields(
    await jira.get<{ id?: string; schema?: { custom?: string } }[]>('/rest/api/3/field'),
  );
  const fields = [
    ...JIRA_ISSUE_FIELDS,
    ...(jsm.requestType ? [jsm.requestType] : []),
    ...(jsm.organizations ? [jsm.organizations] : []),
  ];
  const issue = await jira.get<JiraIssue>(
    `/rest/api/3/issue/${encodeURIComponent(key)}?fields=${fields.join(',')}`,
  );
  const ticket = jiraIssueTicket(issue, jsm);
  if (!ticket) return { ignored: 'issue without a reporter or creation date' };
  const at = typeof event.timestamp === 'number' ? event.timestamp : Date.now();
  const decisions = await onTicketEvent(
    ports,
    issueEvent(ticket, at, event.eventType === 'avi:jira:created:issue'),
  );
  return { decisions: decisions.map((d) => d.kind) };
}
