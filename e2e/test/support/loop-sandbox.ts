import { createApp, openSandbox } from '@xloop/sandbox';
import { dispatchDue, onTicketEvent, settled, type Ticket, type TicketEvent } from '@xloop/shared-core';
import { followUpForm, type LoopPlatform } from './loop-platform';
import { type QuarterChange, type QuarterTicket, SETTINGS } from './quarter';

/** The quarter's ticket as the sandbox's own neutral events carry it. */
export function sandboxTicket(ticket: QuarterTicket, change: QuarterChange): Ticket {
  const resolved = change.to === 'resolved';
  return {
    id: `sandbox:T${ticket.n}`,
    kind: 'incident',
    title: `T${ticket.n}`,
    requester: {
      id: ticket.requester.id,
      email: ticket.requester.email,
      displayName: ticket.requester.name,
      timeZone: ticket.requester.timeZone,
      locale: ticket.requester.language,
    },
    agentId: ticket.agentId,
    status: resolved ? 'resolved' : 'open',
    ...(resolved && change.resolution ? { resolutionCode: change.resolution } : {}),
    segment: { service: ticket.service, priority: ticket.priority, category: ticket.category },
    createdAt: ticket.createdAt,
    ...(resolved ? { resolvedAt: change.at } : {}),
  };
}

/**
 * The sandbox: every store on SQLite, events fed to the core as its simulated desk feeds them, the outbox as the
 * mail, and the one-click pages and resolvers through its HTTP API (answered in process, as a browser would get
 * them).
 */
export function sandboxPlatform(): LoopPlatform {
  const ports = openSandbox(':memory:', SETTINGS);
  const app = createApp(ports, { followUpScript: null });
  let cursor = 0;
  return {
    name: 'sandbox',
    ports,
    ticketId: (n) => `sandbox:T${n}`,
    canonicalIds: (json) => json.replace(/sandbox:T(\d+)/g, 'T$1'),
    async change(ticket, change) {
      ports.clock.set(change.at);
      const event: TicketEvent = {
        type: change.to === 'resolved' ? 'resolved' : 'reopened',
        at: change.at,
        ticket: sandboxTicket(ticket, change),
      };
      ports.history.record(event);
      settled(onTicketEvent(ports, event));
    },
    async tick(now) {
      ports.clock.set(now);
      for (let more = true; more; ) more = settled(dispatchDue(ports, { limit: 50 })).more;
      const read = ports.delivery.after(cursor);
      cursor = read.cursor;
      return read.messages
        .filter((m) => m.kind === 'invitation')
        .map((m) => ({ surveyId: m.surveyId, scoreTokens: m.message.tokens.scores }));
    },
    async click(token) {
      return (await app.request(`/respond?token=${encodeURIComponent(token)}`)).status;
    },
    async followUp(token, answer) {
      const response = await app.request('/respond', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: followUpForm(token, answer).toString(),
      });
      return response.status;
    },
    async call(person, name, payload) {
      const response = await app.request(`/api/resolvers/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-xloop-account': person.accountId,
          'x-xloop-roles': person.role,
        },
        body: JSON.stringify({ payload }),
      });
      const body = (await response.json()) as { value?: unknown };
      return response.status === 200 ? { status: 200, value: body.value } : { status: response.status };
    },
    async close() {
      ports.close();
    },
  };
}
