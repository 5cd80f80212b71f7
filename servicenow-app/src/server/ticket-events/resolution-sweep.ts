import { GlideDateTime, GlideRecord } from '@servicenow/glide';
import { serviceNowRecordTicket } from '../core/xloop-core.js';
import { firstRow, insert } from '../glide-rows';
import { instantColumn } from '../instant-column';
import { TABLE } from '../tables';
import { ticketSnapshot } from './ticket-snapshot';

/** The states in which a ticket is resolved or closed, per table (as the business rules' filters have them). */
export const ENDED_STATES: Readonly<Record<string, string>> = {
  incident: '6,7',
  sc_req_item: '3,4,7',
};

/** How far back each run looks: a run every minute, so a resolution is looked at fifteen times. */
export const SWEEP_WINDOW_MS = 15 * 60_000;

/** Resolutions older than this are never recorded by the sweep. */
export const SWEEP_HORIZON_MS = 86_400_000;

/**
 * Resolutions no business rule saw. Rules do not run for writes made with `setWorkflow(false)` or outside
 * GlideRecord (imports without rules, mass updates, some integrations). Each job run looks at the tickets updated
 * in the last `SWEEP_WINDOW_MS` that are resolved or closed, and records the event for any whose resolution has none
 * in the inbox yet, as the rule would have. What the rules recorded is left alone, so nothing is recorded twice;
 * the core's decisions are keyed by resolution besides. Returns how many it recorded.
 */
export function sweepResolutions(now: number, limit: number): number {
  let recorded = 0;
  const since = new GlideDateTime();
  since.setNumericValue(now - SWEEP_WINDOW_MS);
  for (const [table, states] of Object.entries(ENDED_STATES)) {
    const ticket = new GlideRecord(table);
    ticket.addQuery('state', 'IN', states);
    ticket.addQuery('sys_updated_on', '>=', since);
    ticket.orderBy('sys_updated_on');
    ticket.setLimit(limit);
    ticket.query();
    while (ticket.next()) {
      // The record's own fields, as the business rule keeps them: the job names the references when it decides.
      const snapshot = ticketSnapshot(ticket, { lookUpReferences: false });
      const mapped = serviceNowRecordTicket(snapshot);
      if (!mapped || (mapped.status !== 'resolved' && mapped.status !== 'closed')) continue;
      const at = mapped.resolvedAt;
      // A resolution older than a day is history being edited, not news: the inbox may have let it go.
      if (at === undefined || at < now - SWEEP_HORIZON_MS) continue;
      const seen = firstRow(TABLE.ticketEvent, {
        where: [
          ['ticket_id', '=', mapped.id],
          ['event_type', 'IN', 'resolved,closed'],
          ['at', '>=', instantColumn(at)],
        ],
      });
      if (seen) continue;
      insert(TABLE.ticketEvent, {
        ticket_id: mapped.id,
        event_type: mapped.status,
        at: instantColumn(at),
        record: JSON.stringify(snapshot),
        state: 'new',
        attempts: 0,
      });
      recorded++;
    }
  }
  return recorded;
}
