import {
  onTicketEvent,
  type Ports,
  type ServiceNowRecord,
  serviceNowRecordTicket,
  settled,
  type TicketEventType,
} from '../core/xloop-core.js';
import { eachRow, write } from '../glide-rows';
import { columnInstant, instantColumn } from '../instant-column';
import { TABLE } from '../tables';
import { withRequesterDetails } from '../ticket-events/requester-details';

/** Attempts before an event that keeps failing is parked as `failed` for an admin to look at. */
export const MAX_EVENT_ATTEMPTS = 5;

/**
 * Decides on up to `limit` recorded ticket events, oldest first, with the core's `onTicketEvent`. Events arrive at
 * least once and out of order; the core's decisions are idempotent, so a repeat changes nothing. Returns how many.
 */
export function processTicketEvents(ports: Ports, limit: number): number {
  let processed = 0;
  eachRow(TABLE.ticketEvent, { encoded: 'state=new^ORDERBYat^ORDERBYsys_id', limit }, (row) => {
    processed++;
    try {
      const record = withRequesterDetails(JSON.parse(row.getValue('record') ?? '{}') as ServiceNowRecord);
      const ticket = serviceNowRecordTicket(record);
      const at = columnInstant(row.getValue('at'));
      if (!ticket || at === undefined) {
        write(row, { state: 'skipped', error: 'not a ticket: no number, requester or opening time' });
      } else {
        const type = row.getValue('event_type') as TicketEventType;
        const decisions = settled(onTicketEvent(ports, { type, ticket, at }));
        write(row, { state: 'done', decisions: decisions.map((d) => d.kind).join(',') });
      }
    } catch (error) {
      const attempts = Number(row.getValue('attempts') ?? 0) + 1;
      write(row, {
        attempts,
        state: attempts >= MAX_EVENT_ATTEMPTS ? 'failed' : 'new',
        error: String(error).slice(0, 1000),
      });
    }
    row.update();
  });
  return processed;
}

/**
 * Recorded events kept after they are handled: for support, and as the history the admin's policy preview replays
 * (up to 90 days back); the core keeps what decides.
 */
export const EVENT_RETENTION_DAYS = 90;

/** Deletes up to `limit` handled events recorded before `before`; returns how many. */
export function pruneTicketEvents(before: number, limit: number): number {
  let deleted = 0;
  eachRow(
    TABLE.ticketEvent,
    { encoded: `stateINdone,skipped^at<${instantColumn(before)}^ORDERBYat`, limit },
    (row) => {
      if (row.deleteRecord()) deleted++;
    },
  );
  return deleted;
}
