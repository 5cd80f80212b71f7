import type { Settings } from '../measure/settings';
import { DEFAULT_SETTINGS } from '../measure/settings';
import type { Ticket, TicketEvent } from '../model/ticket';
import { HOUR, type Instant } from '../model/time';
import { dateFnsZonedTime } from '../platform/date-fns-zoned-time';
import { nodeCrypto } from '../platform/node-crypto';
import type { OutgoingSurvey } from '../ports';
import { settled } from '../step';
import { type MemoryPorts, memoryPorts } from '../testing/memory-stores';
import { dispatchDue } from './dispatch-due';
import { onTicketEvent } from './on-ticket-event';

/** Monday 2026-11-02 08:00 UTC = 10:00 in Helsinki. */
export const MONDAY = Date.UTC(2026, 10, 2, 8);

export const HELSINKI: Settings = {
  ...DEFAULT_SETTINGS,
  policy: { ...DEFAULT_SETTINGS.policy, timeZone: 'Europe/Helsinki' },
};

/** Fresh in-memory ports on the Helsinki policy, at `now`. */
export function freshPorts(now: Instant = MONDAY, settings: Settings = HELSINKI): MemoryPorts {
  return memoryPorts({ now, zoned: dateFnsZonedTime, crypto: nodeCrypto, settings });
}

/** A ticket of requester `requester`, for tests. */
export function ticket(id: string, overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: `jira:${id}`,
    kind: 'incident',
    requester: { id: 'alice', email: 'alice@example.com', locale: 'fi-FI' },
    agentId: 'bob',
    status: 'open',
    segment: { service: 'VPN', channel: 'portal', team: 'Network' },
    createdAt: MONDAY - 86_400_000,
    ...overrides,
  };
}

export const resolved = (t: Ticket, at: Instant): TicketEvent => ({
  type: 'resolved',
  at,
  ticket: { ...t, status: 'resolved', resolvedAt: at, resolutionCode: 'fixed' },
});

export const reopened = (t: Ticket, at: Instant): TicketEvent => ({
  type: 'reopened',
  at,
  ticket: { ...t, status: 'open' },
});

/** A survey of alice's ticket SD-1, resolved on MONDAY and sent an hour later, and the message that carried it. */
export function invited(): { ports: MemoryPorts; message: OutgoingSurvey } {
  const ports = freshPorts();
  settled(onTicketEvent(ports, resolved(ticket('SD-1'), MONDAY)));
  ports.clock.advance(HOUR);
  settled(dispatchDue(ports));
  const message = ports.delivery.sent[0];
  if (!message) throw new Error('expected an invitation');
  return { ports, message };
}
