import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TicketStatus, ticketChange } from './ticket-change';

const STATUSES: readonly TicketStatus[] = ['open', 'resolved', 'closed'];
const status = fc.constantFrom(...STATUSES);
const before = fc.option(status, { nil: undefined });

describe('ticketChange', () => {
  it('names every change of status', () => {
    const table = [
      [undefined, 'open', 'created'],
      [undefined, 'resolved', 'resolved'],
      [undefined, 'closed', 'closed'],
      ['open', 'open', 'updated'],
      ['open', 'resolved', 'resolved'],
      ['open', 'closed', 'closed'],
      ['resolved', 'open', 'reopened'],
      ['resolved', 'resolved', 'resolved'],
      ['resolved', 'closed', 'closed'],
      ['closed', 'open', 'reopened'],
      ['closed', 'resolved', 'resolved'],
      ['closed', 'closed', 'closed'],
    ] as const;
    for (const [from, to, type] of table) expect(ticketChange(from, to), `${from} → ${to}`).toBe(type);
  });

  it('reports a resolved or closed ticket as that status, whatever came before', () => {
    fc.assert(
      fc.property(before, fc.constantFrom('resolved' as const, 'closed' as const), (from, to) => {
        expect(ticketChange(from, to)).toBe(to);
      }),
    );
  });

  it('reports an open ticket as reopened exactly when it was resolved or closed before', () => {
    fc.assert(
      fc.property(before, (from) => {
        const type = ticketChange(from, 'open');
        expect(type === 'reopened').toBe(from === 'resolved' || from === 'closed');
        expect(type === 'created').toBe(from === undefined);
      }),
    );
  });

  it('never names an event the status after contradicts', () => {
    fc.assert(
      fc.property(before, status, (from, to) => {
        const type = ticketChange(from, to);
        const opens = type === 'created' || type === 'updated' || type === 'reopened';
        expect(opens).toBe(to === 'open');
      }),
    );
  });
});
