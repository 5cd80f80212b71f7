import {
  type JiraChangeItem,
  type JiraIssue,
  type JiraStatus,
  jiraChangeStates,
  jiraResolutionChange,
  jiraResolutionState,
  jiraStatusCategories,
  type Ticket,
  type TicketEvent,
} from '@xloop/shared-core';

/**
 * What the trigger knows of an update besides the ticket: the issue as Jira has it now, and from Forge's
 * `avi:jira:updated:issue` event its changelog items and, when the status changed, the statuses it moved between.
 */
export interface IssueChange {
  readonly issue: JiraIssue;
  readonly changelog?: { readonly items?: readonly JiraChangeItem[] } | null;
  readonly associatedStatuses?: readonly JiraStatus[] | null;
}

/**
 * The ticket event an issue event becomes, at the time Jira says it happened. The ticket is the issue as it is now
 * (resolved while the core's `jiraResolved` says so: a resolution set or, without one, a Done-category status).
 * With the update's `change`, it is classified by the core's `jiraResolutionChange` between the issue before it, as
 * the changelog tells (a resolution item; a status item, its statuses' categories from the event or the issue), and
 * the issue now: a move back out of the Done category without a resolution, or a resolution cleared, is a reopening.
 * Delivered twice, an event maps to the same ticket event.
 * @example issueEvent(ticket, at, false, { issue, changelog: { items: [{ field: 'status', from: '10002', to: '3' }] } })
 * // { type: 'reopened', … }
 */
export function issueEvent(ticket: Ticket, at: number, created: boolean, change?: IssueChange): TicketEvent {
  if (created) return { type: 'created', at, ticket };
  if (ticket.status === 'open' && change !== undefined) {
    const after = jiraResolutionState(change.issue.fields);
    const categories = jiraStatusCategories([
      ...(Array.isArray(change.associatedStatuses) ? change.associatedStatuses : []),
      change.issue.fields.status,
    ]);
    const before = { ...after, ...jiraChangeStates(change.changelog?.items, categories).before };
    if (jiraResolutionChange(before, after) === 'reopened') return { type: 'reopened', at, ticket };
  }
  return { type: ticket.status === 'open' ? 'updated' : 'resolved', at, ticket };
}
