import type { GlideRecord } from '@servicenow/glide';
import { serviceNowInstant, serviceNowRecordTicket, type TicketEventType } from '../core/xloop-core.js';
import { insert } from '../glide-rows';
import { instantColumn } from '../instant-column';
import { TABLE } from '../tables';
import { ticketSnapshot, withState } from './ticket-snapshot';

/** The event a state change is, by the mapped statuses before and after; `undefined` when it is none of ours. */
export function eventType(
  before: string | undefined,
  after: string | undefined,
): TicketEventType | undefined {
  if (before === after || after === undefined) return undefined;
  if (after === 'resolved') return 'resolved';
  if (after === 'closed') return 'closed';
  return before === 'resolved' || before === 'closed' ? 'reopened' : undefined;
}

/**
 * The after business rules on `incident` and `sc_req_item`: on update when the state moved to or from resolved or
 * closed, on insert when the record was created resolved or closed (walk-up, chat, integrations; `previous` is then
 * null). It only records the event in `x_xloop_ticket_event` — one insert — and returns; the scheduled job decides
 * with the core. The inbox row keeps the record as the mapping reads it.
 */
export function recordTicketEvent(current: GlideRecord, previous: GlideRecord | null): void {
  const snapshot = ticketSnapshot(current);
  const after = serviceNowRecordTicket(snapshot);
  const before = previous
    ? serviceNowRecordTicket(withState(snapshot, previous.getValue('state')))
    : undefined;
  const type = eventType(before?.status, after?.status);
  if (!type || !after) return;
  const updated = current.getValue('sys_updated_on');
  const at = (updated ? serviceNowInstant(updated) : undefined) ?? Date.now();
  insert(TABLE.ticketEvent, {
    ticket_id: after.id,
    event_type: type,
    at: instantColumn(at),
    record: JSON.stringify(snapshot),
    state: 'new',
    attempts: 0,
  });
}
