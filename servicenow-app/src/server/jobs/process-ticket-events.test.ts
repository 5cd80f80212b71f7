import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { glidePorts } from '../glide-ports';
import { insert } from '../glide-rows';
import { instantColumn } from '../instant-column';
import { TABLE } from '../tables';
import {
  MAX_EVENT_ATTEMPTS,
  processTicketEvents,
  pruneTicketEvents,
  retryDelayMs,
} from './process-ticket-events';

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
    let now = Date.UTC(2026, 10, 2, 9);
    expect(processTicketEvents(ports, 1, now)).toBe(1);
    expect(instance.rows(TABLE.ticketEvent).map((r) => r.state)).toEqual(['skipped', 'new']);
    // A failure waits: the same run, or the next minute's, does not try it again at once.
    expect(processTicketEvents(ports, 10, now)).toBe(1);
    expect(processTicketEvents(ports, 10, now)).toBe(0);
    expect(processTicketEvents(ports, 10, now + 60_000)).toBe(0);
    const waits: number[] = [];
    for (let attempts = 1; attempts < MAX_EVENT_ATTEMPTS; attempts++) {
      const next = Number(instance.rows(TABLE.ticketEvent)[1]?.next_attempt_at);
      expect(next - now).toBe(retryDelayMs(attempts));
      waits.push(next - now);
      now = next;
      expect(processTicketEvents(ports, 10, now)).toBe(1);
    }
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(30 * 60_000);
    expect(processTicketEvents(ports, 10, now + 86_400_000)).toBe(0);
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
