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
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const fail = (message: string) => problems.push({ at: index + 1, message });
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      fail('not valid JSON');
      continue;
    }
    const event = raw as { type?: unknown; at?: unknown; ticket?: Record<string, unknown> };
    const at = time(event.at);
    const ticket = event.ticket;
    const requester = ticket?.requester as { id?: unknown } | undefined;
    const resolvedAt = ticket?.resolvedAt === undefined ? undefined : time(ticket.resolvedAt);
    // The first thing wrong with the line, if anything.
    const problem = !TYPES.includes(event.type as TicketEventType)
      ? `type must be one of ${TYPES.join(', ')}`
      : at === undefined
        ? 'at must be an ISO 8601 time'
        : typeof ticket !== 'object' || ticket === null
          ? 'ticket is missing'
          : typeof ticket.id !== 'string' || ticket.id === ''
            ? 'ticket.id is missing'
            : ticket.kind !== 'incident' && ticket.kind !== 'request'
              ? 'ticket.kind must be incident or request'
              : typeof requester?.id !== 'string'
                ? 'ticket.requester.id is missing'
                : !STATUSES.includes(ticket.status as string)
                  ? 'ticket.status must be open, resolved or closed'
                  : ticket.resolvedAt !== undefined && resolvedAt === undefined
                    ? 'ticket.resolvedAt must be an ISO 8601 time'
                    : undefined;
    if (problem !== undefined || at === undefined || !ticket) {
      fail(problem ?? 'unreadable event');
      continue;
    }
    const createdAt = time(ticket.createdAt) ?? at;
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
  }
  return { records, problems };
}
