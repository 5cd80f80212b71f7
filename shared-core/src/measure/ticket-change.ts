import type { Ticket, TicketEventType } from '../model/ticket';

/** Where a ticket stands: open, resolved or closed. */
export type TicketStatus = Ticket['status'];

/**
 * What a change to a ticket is, from its status before (`undefined`: the change created it) and after, for every
 * platform alike. A snapshot that shows the ticket resolved or closed reports that resolution or closure, whatever
 * came before (the core's decisions are idempotent, so a repeat changes nothing); an open ticket is reopened when
 * it was resolved or closed before, created when it is new, and merely updated otherwise.
 * @example ticketChange('resolved', 'open') // 'reopened'
 * @example ticketChange(undefined, 'resolved') // 'resolved' (created already resolved: a walk-up)
 */
export function ticketChange(before: TicketStatus | undefined, after: TicketStatus): TicketEventType {
  if (after === 'resolved' || after === 'closed') return after;
  if (before === undefined) return 'created';
  return before === 'open' ? 'updated' : 'reopened';
}
