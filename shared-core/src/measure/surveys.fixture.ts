import type { Survey } from '../model/survey';
import type { Ticket, TicketEvent, TicketEventType } from '../model/ticket';
import { DAY, HOUR, type Instant } from '../model/time';
import { resolutionKey } from './resolution';

/** A survey with sensible defaults, for tests. */
export function surveyOf(overrides: Partial<Survey> & { readonly resolvedAt: Instant }): Survey {
  const ticketId = overrides.ticketId ?? 'jira:SD-1';
  const key = resolutionKey(ticketId, overrides.resolvedAt);
  return {
    id: key,
    ticketId,
    resolutionKey: key,
    kind: 'incident',
    requester: { id: 'alice' },
    segment: {},
    state: 'scheduled',
    sendAt: overrides.resolvedAt + HOUR,
    reasons: [],
    ...overrides,
  };
}

/** A sent survey, for fatigue tests. */
export const sentAt = (sent: Instant, ticketId = `jira:SD-${sent}`): Survey =>
  surveyOf({
    ticketId,
    resolvedAt: sent - HOUR,
    sendAt: sent,
    sentAt: sent,
    state: 'sent',
    expiresAt: sent + 14 * DAY,
  });

/** A ticket with sensible defaults, for tests. */
export function ticketOf(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 'jira:SD-1',
    kind: 'incident',
    requester: { id: 'alice', email: 'alice@example.com' },
    agentId: 'bob',
    status: 'open',
    segment: { service: 'Email', channel: 'portal', team: 'Service Desk' },
    createdAt: Date.UTC(2026, 10, 23, 8),
    ...overrides,
  };
}

/** An event whose snapshot matches its type: resolved/closed carry `resolvedAt`, the others an open ticket. */
export function eventOf(type: TicketEventType, at: Instant, ticket: Partial<Ticket> = {}): TicketEvent {
  const resolved = type === 'resolved' || type === 'closed';
  return {
    type,
    at,
    ticket: ticketOf({
      status: resolved ? (type === 'closed' ? 'closed' : 'resolved') : 'open',
      ...(resolved ? { resolvedAt: at, resolutionCode: 'fixed' } : {}),
      ...ticket,
    }),
  };
}
