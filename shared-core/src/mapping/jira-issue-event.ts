import { ticketChange } from '../measure/ticket-change';
import type { Ticket, TicketEventType } from '../model/ticket';
import { type JiraIssue, jiraIssueTicket, type ServiceDeskFields } from './jira-issue';
import {
  type JiraChangeItem,
  type JiraStatus,
  jiraChangeStates,
  jiraResolutionState,
  jiraResolved,
  jiraStatusCategories,
} from './jira-resolution';

/**
 * What a Jira issue event tells besides the issue: whether it created the issue and, from Forge's
 * `avi:jira:updated:issue` event, its changelog items and, when the status changed, the statuses it moved between.
 */
export interface JiraIssueUpdate {
  readonly created?: boolean;
  readonly changelog?: { readonly items?: readonly JiraChangeItem[] } | null;
  readonly associatedStatuses?: readonly JiraStatus[] | null;
}

/**
 * The ticket a Jira issue event is about and what happened to it, in one call: the ticket is the issue as Jira has
 * it now (`readJiraIssue`), and the change is `ticketChange` between the issue before the update and now. The issue
 * before is the issue now with what the changelog says was different (a resolution item; a status item, its
 * statuses' categories from the event or the issue), so an update whose changelog says nothing of either is
 * classified by the issue now alone. Undefined for an issue that is no ticket. Delivered twice, an event maps alike.
 * @example jiraIssueChange(issue, { changelog: { items: [{ field: 'status', from: '10002', to: '3' }] }, associatedStatuses }, jsm)
 * // { type: 'reopened', ticket: { id: 'jira:SD-1', status: 'open', … } }
 */
export function jiraIssueChange(
  issue: JiraIssue,
  update: JiraIssueUpdate = {},
  jsm: ServiceDeskFields = {},
  site = 'jira',
): { readonly type: TicketEventType; readonly ticket: Ticket } | undefined {
  const ticket = jiraIssueTicket(issue, jsm, site);
  if (!ticket) return undefined;
  if (update.created) return { type: ticketChange(undefined, ticket.status), ticket };
  const now = jiraResolutionState(issue.fields);
  const categories = jiraStatusCategories([
    ...(Array.isArray(update.associatedStatuses) ? update.associatedStatuses : []),
    issue.fields.status,
  ]);
  const before = { ...now, ...jiraChangeStates(update.changelog?.items, categories).before };
  return { type: ticketChange(jiraResolved(before) ? 'resolved' : 'open', ticket.status), ticket };
}
