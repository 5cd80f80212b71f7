import type { GlideRecord } from '@servicenow/glide';
import {
  serviceNowInstant,
  serviceNowRecordTicket,
  type TicketEventType,
  type TicketStatus,
  ticketChange,
} from '../core/xloop-core.js';
import { insert } from '../glide-rows';
import { instantColumn } from '../instant-column';
import { TABLE } from '../tables';
import { ticketSnapshot, withState } from './ticket-snapshot';

/**
 * The event a state change is, by the mapped statuses before and after (the core's `ticketChange`), when the inbox
 * keeps it: a resolution, a closure or a reopening. `undefined` when the status did not move (two states that map
 * alike) or the change is only a creation or an update, which no survey acts on.
 */
export function eventType(
  before: TicketStatus | undefined,
  after: TicketStatus | undefined,
): TicketEventType | undefined {
  if (before === after || after === undefined) return undefined;
  const type = ticketChange(before, after);
  return type === 'created' || type === 'updated' ? undefined : type;
}

/**
 * The after business rules on `incident` and `sc_req_item`: on update when the state moved to or from resolved or
 * closed, on insert when the record was created resolved or closed (walk-up, chat, integrations; `previous` is then
 * null). It only records the event in `x_xloop_ticket_event` — one insert, and no other read or write — and returns;
 * the scheduled job decides with the core. The inbox row keeps the record as the record in hand has it: references
 * as sys_ids, which the job names (`withReferenceNames`, `withRequesterDetails`) before it decides.
 * @example recordTicketEvent(current, previous) // after update, state 2 → 6: one `resolved` row in the inbox
 */
export function recordTicketEvent(current: GlideRecord, previous: GlideRecord | null): void {
  // The record in hand only: no reference is looked up here. The job adds the names and the requester's details.
  const snapshot = ticketSnapshot(current, { lookUpReferences: false });
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
