import type { Ticket, TicketEvent, TicketEventType } from '@xloop/shared-core';
import type { Parsed, ParseProblem } from './parse-error';

const TYPES: readonly TicketEventType[] = ['created', 'updated', 'resolved', 'reopened', 'closed'];
const STATUSES = ['open', 'resolved', 'closed'];

const time = (value: unknown): number | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
};

/**
 * Ticket events as JSON lines, XLoop's own format: one `TicketEvent` per line, times as ISO 8601 strings or epoch
 * milliseconds. Blank lines are skipped; every bad line is reported with its number.
 * @example parseJsonlEvents('{"type":"resolved","at":"2026-11-02T08:00:00Z","ticket":{…}}')
 */
export function parseJsonlEvents(text: string): Parsed<TicketEvent> {
  const records: TicketEvent[] = [];
  const problems: ParseProblem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const fail = (message: string) => problems.push({ at: index + 1, message });
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      fail('not valid JSON');
      return;
    }
    const event = raw as { type?: unknown; at?: unknown; ticket?: Record<string, unknown> };
    const at = time(event.at);
    const ticket = event.ticket;
    if (!TYPES.includes(event.type as TicketEventType))
      return void fail(`type must be one of ${TYPES.join(', ')}`);
    if (at === undefined) return void fail('at must be an ISO 8601 time');
    if (typeof ticket !== 'object' || ticket === null) return void fail('ticket is missing');
    const requester = ticket.requester as { id?: unknown } | undefined;
    if (typeof ticket.id !== 'string' || ticket.id === '') return void fail('ticket.id is missing');
    if (ticket.kind !== 'incident' && ticket.kind !== 'request')
      return void fail('ticket.kind must be incident or request');
    if (typeof requester?.id !== 'string') return void fail('ticket.requester.id is missing');
    if (!STATUSES.includes(ticket.status as string))
      return void fail('ticket.status must be open, resolved or closed');
    const createdAt = time(ticket.createdAt) ?? at;
    const resolvedAt = ticket.resolvedAt === undefined ? undefined : time(ticket.resolvedAt);
    if (ticket.resolvedAt !== undefined && resolvedAt === undefined)
      return void fail('ticket.resolvedAt must be an ISO 8601 time');
    records.push({
      type: event.type as TicketEventType,
      at,
      ticket: {
        ...(ticket as unknown as Ticket),
        segment: (ticket.segment as Ticket['segment']) ?? {},
        createdAt,
        ...(resolvedAt !== undefined ? { resolvedAt } : {}),
      },
    });
  });
  return { records, problems };
}
