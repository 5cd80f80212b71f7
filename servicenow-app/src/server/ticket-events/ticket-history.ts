import {
  type Instant,
  type ServiceNowRecord,
  serviceNowRecordTicket,
  type TicketEvent,
  type TicketEvents,
  type TicketEventType,
  type TicketHistory,
} from '../core/xloop-core.js';
import { eachRow } from '../glide-rows';
import { columnInstant, instantColumn } from '../instant-column';
import { TABLE } from '../tables';

/**
 * The ticket events the business rules recorded, for the policy preview: the inbox keeps each resolution, reopening
 * and closure with the record as it was (`EVENT_RETENTION_DAYS`), which is what the timing policy decides on.
 * Events the mapping cannot read (no number, requester or opening time) are left out, as the job skips them.
 */
export const glideTicketHistory = {
  ticketEvents(since: Instant, until: Instant, limit: number): TicketEvents {
    return readTicketEvents(since, until, limit);
  },
} satisfies TicketHistory;

/**
 * The recorded ticket events from `since` to `until`, oldest first, at most `limit`; `onRead` hears of each row read
 * with its instant, so a background preview can report how far it is.
 */
export function readTicketEvents(
  since: Instant,
  until: Instant,
  limit: number,
  onRead?: (read: number, at: Instant | undefined) => void,
): TicketEvents {
  const events: TicketEvent[] = [];
  let read = 0;
  eachRow(
    TABLE.ticketEvent,
    {
      encoded: `at>=${instantColumn(since)}^at<${instantColumn(until)}^ORDERBYat^ORDERBYsys_id`,
      limit: limit + 1,
    },
    (row) => {
      read++;
      if (read > limit) return;
      const at = columnInstant(row.getValue('at'));
      onRead?.(read, at);
      let record: ServiceNowRecord | undefined;
      try {
        record = JSON.parse(row.getValue('record') ?? '{}') as ServiceNowRecord;
      } catch {
        return;
      }
      const ticket = serviceNowRecordTicket(record);
      if (ticket && at !== undefined)
        events.push({ type: row.getValue('event_type') as TicketEventType, at, ticket });
    },
  );
  return { events, complete: read <= limit };
}
