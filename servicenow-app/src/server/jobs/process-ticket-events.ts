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
import { type ReferenceNames, withReferenceNames } from '../ticket-events/reference-names';
import { withRequesterDetails } from '../ticket-events/requester-details';

/** Attempts before an event that keeps failing is parked as `failed` for an admin to look at. */
export const MAX_EVENT_ATTEMPTS = 5;

/**
 * How long a failed event waits before its next attempt: 2, 4, 8, 16 minutes, so its five attempts span half an
 * hour of job runs (a requester record being fixed, an instance under load) rather than a few seconds of one run.
 */
export const retryDelayMs = (attempts: number) => 2 ** attempts * 60_000;

/**
 * Decides on up to `limit` recorded ticket events that are due, oldest first, with the core's `onTicketEvent`.
 * Events arrive at least once and out of order; the core's decisions are idempotent, so a repeat changes nothing.
 * An event that fails waits `retryDelayMs` before it is tried again, across runs. The business rule recorded the
 * record's references as sys_ids; the requester's details and the segment's names are read here, each group,
 * service and location once a batch. Returns how many it took.
 */
export function processTicketEvents(ports: Ports, limit: number, now: number = Date.now()): number {
  let processed = 0;
  const names: ReferenceNames = new Map();
  const due = `state=new^next_attempt_atISEMPTY^ORnext_attempt_at<=${instantColumn(now)}^ORDERBYat^ORDERBYsys_id`;
  eachRow(TABLE.ticketEvent, { encoded: due, limit }, (row) => {
    processed++;
    try {
      const recorded = JSON.parse(row.getValue('record') ?? '{}') as ServiceNowRecord;
      const record = withReferenceNames(withRequesterDetails(recorded), names);
      // The named record is kept, so what replays the inbox (the policy preview) reads names, not sys_ids.
      if (record !== recorded) write(row, { record: JSON.stringify(record) });
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
        next_attempt_at: instantColumn(now + retryDelayMs(attempts)),
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
