import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { glidePorts } from '../glide-ports';
import { insert } from '../glide-rows';
import { instantColumn } from '../instant-column';
import { TABLE } from '../tables';
import { MAX_EVENT_ATTEMPTS, processTicketEvents, pruneTicketEvents } from './process-ticket-events';

describe('processTicketEvents', () => {
  it('skips a record that is not a ticket and parks one that keeps failing, taking at most the batch', () => {
    const instance = freshInstance(() => Date.UTC(2026, 10, 2, 9));
    insert(TABLE.ticketEvent, {
      ticket_id: 'x',
      event_type: 'resolved',
      at: '001',
      record: '{}',
      state: 'new',
      attempts: 0,
    });
    insert(TABLE.ticketEvent, {
      ticket_id: 'y',
      event_type: 'resolved',
      at: '002',
      record: '{broken',
      state: 'new',
      attempts: 0,
    });
    const ports = glidePorts();
    expect(processTicketEvents(ports, 1)).toBe(1);
    expect(instance.rows(TABLE.ticketEvent).map((r) => r.state)).toEqual(['skipped', 'new']);
    for (let i = 0; i < MAX_EVENT_ATTEMPTS + 2; i++) processTicketEvents(ports, 10);
    expect(instance.rows(TABLE.ticketEvent)[1]).toMatchObject({
      state: 'failed',
      attempts: String(MAX_EVENT_ATTEMPTS),
    });
    expect(instance.rows(TABLE.ticketEvent)[1]?.error).toContain('JSON');
  });
});

describe('pruneTicketEvents', () => {
  it('deletes handled events older than the cut-off, never new or failed ones', () => {
    const instance = freshInstance();
    for (const [state, at] of [
      ['done', 1],
      ['skipped', 2],
      ['new', 3],
      ['failed', 4],
      ['done', 900],
    ] as const)
      insert(TABLE.ticketEvent, {
        ticket_id: 't',
        event_type: 'resolved',
        at: instantColumn(at),
        record: '{}',
        state,
        attempts: 0,
      });
    expect(pruneTicketEvents(500, 10)).toBe(2);
    expect(instance.rows(TABLE.ticketEvent).map((r) => r.state)).toEqual(['new', 'failed', 'done']);
  });
});
