import type { Ticket, TicketEvent } from '@xloop/shared-core';

/** The ticket event an issue event becomes, at the time Jira says it happened. */
export function issueEvent(ticket: Ticket, at: number, created: boolean): TicketEvent {
  return { type: created ? 'created' : ticket.status === 'open' ? 'updated' : 'resolved', at, ticket };
}
