import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { glidePorts } from '../glide-ports';
import { insert } from '../glide-rows';
import { TABLE } from '../tables';
import { MAX_EVENT_ATTEMPTS, processTicketEvents } from './process-ticket-events';

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
