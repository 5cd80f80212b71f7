import type { TicketEvent } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './sqlite-stores';
import { SqliteTicketHistory } from './ticket-history';

const MONDAY = Date.UTC(2026, 10, 2, 8);
const event = (id: string, at: number, type: TicketEvent['type'] = 'updated', title = id): TicketEvent => ({
  type,
  at,
  ticket: {
    id: `sandbox:${id}`,
    kind: 'incident',
    title,
    requester: { id: 'anna' },
    status: 'open',
    segment: {},
    createdAt: MONDAY - 1000,
  },
});

describe('SqliteTicketHistory', () => {
  it('keeps each event once however often it arrives, and tells them again oldest first', () => {
    const history = new SqliteTicketHistory(openDatabase(':memory:'));
    const late = event('SD-2', MONDAY + 2);
    const early = event('SD-1', MONDAY, 'created');
    expect(history.record(late)).toBe(true);
    expect(history.record(early)).toBe(true);
    expect(history.record(late)).toBe(false);
    expect(history.record({ ...early })).toBe(false);
    // Two different updates of the same instant are two events.
    expect(history.record(event('SD-2', MONDAY + 2, 'updated', 'renamed'))).toBe(true);
    const { events: told, complete } = history.ticketEvents(MONDAY, MONDAY + 3, 10);
    expect(complete).toBe(true);
    expect(told[0]).toEqual(early);
    expect(
      told
        .slice(1)
        .map((e) => e.ticket.title)
        .sort(),
    ).toEqual(['SD-2', 'renamed']);
  });

  it('answers the period asked, `until` excluded, at most `limit`', () => {
    const history = new SqliteTicketHistory(openDatabase(':memory:'));
    for (let i = 0; i < 5; i++) history.record(event(`SD-${i}`, MONDAY + i));
    expect(history.ticketEvents(MONDAY + 1, MONDAY + 4, 10).events.map((e) => e.at)).toEqual([
      MONDAY + 1,
      MONDAY + 2,
      MONDAY + 3,
    ]);
    expect(history.ticketEvents(MONDAY, MONDAY + 5, 2)).toMatchObject({
      events: { length: 2 },
      complete: false,
    });
    expect(history.ticketEvents(MONDAY, MONDAY + 5, 5)).toMatchObject({
      events: { length: 5 },
      complete: true,
    });
  });
});
