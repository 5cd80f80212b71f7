import { describe, expect, it } from 'vitest';
import { verifyToken } from '../measure/token';
import { DAY, HOUR, MINUTE } from '../model/time';
import { nodeCrypto } from '../platform/node-crypto';
import { settled } from '../step';
import { dispatchDue, MAX_DELIVERY_ATTEMPTS } from './dispatch-due';
import { onTicketEvent } from './on-ticket-event';
import { freshPorts, MONDAY, resolved, ticket } from './ports.fixture';

const org = (ports: ReturnType<typeof freshPorts>) =>
  ports.rollups.read({ from: '2026-11-01', to: '2026-11-30' }, [''])[0]?.rollup;

function scheduled(count = 1) {
  const ports = freshPorts();
  for (let i = 0; i < count; i++) {
    onTicketEvent(
      ports,
      resolved(ticket(`SD-${i}`, { requester: { id: `user-${i}`, locale: 'de-AT' } }), MONDAY),
    );
  }
  return ports;
}

describe('dispatchDue', () => {
  it('sends due invitations with one-click tokens for every score, and counts them', () => {
    const ports = scheduled();
    expect(settled(dispatchDue(ports))).toMatchObject({ processed: 0, decisions: [] });
    ports.clock.advance(HOUR);
    const result = dispatchDue(ports);
    expect(result).toMatchObject({ processed: 1, more: false, decisions: [{ kind: 'send' }] });
    const [message] = ports.delivery.sent;
    expect(message).toMatchObject({
      kind: 'invitation',
      locale: 'de',
      idempotencyKey: `${message?.survey.id}/invitation`,
    });
    expect(message?.tokens.scores).toHaveLength(11);
    const keyring = ports.settings.keyring();
    const claims = verifyToken(message?.tokens.scores[7] ?? '', {
      crypto: nodeCrypto,
      keyring,
      now: ports.clock.now(),
    });
    expect(claims).toMatchObject({
      ok: true,
      value: { score: 7, recipient: 'user-0', expiresAt: MONDAY + HOUR + 14 * DAY },
    });
    expect(ports.surveys.all()[0]).toMatchObject({ state: 'sent', sentAt: MONDAY + HOUR });
    expect(org(ports)?.sent).toBe(1);
    // Run again at once: nothing more is due, nothing is sent twice.
    expect(settled(dispatchDue(ports)).processed).toBe(0);
    expect(ports.delivery.sent).toHaveLength(1);
  });

  it('works in bounded batches and says when more are waiting', () => {
    const ports = scheduled(5);
    ports.clock.advance(HOUR);
    expect(settled(dispatchDue(ports, { limit: 2 }))).toMatchObject({ processed: 2, more: true });
    expect(settled(dispatchDue(ports, { limit: 2 }))).toMatchObject({ processed: 2, more: true });
    expect(settled(dispatchDue(ports, { limit: 2 }))).toMatchObject({ processed: 1, more: false });
    expect(ports.delivery.sent).toHaveLength(5);
    expect(org(ports)?.sent).toBe(5);
  });

  it('retries a failing delivery with back-off, then delivers once', () => {
    const ports = scheduled();
    ports.clock.advance(HOUR);
    let calls = 0;
    ports.delivery.behaviour = () =>
      ++calls <= 2 ? { status: 'retry', reason: 'HTTP 503' } : { status: 'sent' };
    expect(settled(dispatchDue(ports))).toMatchObject({ retried: 1, decisions: [] });
    const id = ports.surveys.all()[0]?.id ?? '';
    expect(ports.surveys.dueAt(id)).toBe(ports.clock.now() + MINUTE);
    expect(settled(dispatchDue(ports)).processed).toBe(0);
    ports.clock.advance(MINUTE);
    expect(settled(dispatchDue(ports))).toMatchObject({ retried: 1 });
    expect(ports.surveys.dueAt(id)).toBe(ports.clock.now() + 2 * MINUTE);
    ports.clock.advance(2 * MINUTE);
    expect(settled(dispatchDue(ports))).toMatchObject({ decisions: [{ kind: 'send' }] });
    expect(ports.delivery.sent).toHaveLength(1);
    expect(ports.surveys.get(id)).toMatchObject({ state: 'sent', deliveryAttempts: 0 });
  });

  it('honours Retry-After, treats a throwing channel as retryable, and gives up after the last attempt', () => {
    const ports = scheduled();
    ports.clock.advance(HOUR);
    ports.delivery.behaviour = () => ({ status: 'retry', reason: 'HTTP 429', retryAfterMs: 30 * MINUTE });
    dispatchDue(ports);
    const id = ports.surveys.all()[0]?.id ?? '';
    expect(ports.surveys.dueAt(id)).toBe(ports.clock.now() + 30 * MINUTE);
    ports.delivery.behaviour = () => {
      throw new Error('socket hang up');
    };
    // Each attempt is made when the survey is next due (evenings move it to the next morning).
    for (let guard = 0; guard < 50 && ports.surveys.get(id)?.state === 'scheduled'; guard++) {
      ports.clock.current = ports.surveys.dueAt(id) ?? ports.clock.current;
      dispatchDue(ports);
    }
    expect(ports.surveys.get(id)?.deliveryAttempts).toBe(0);
    expect(ports.surveys.get(id)).toMatchObject({ state: 'cancelled' });
    expect(ports.surveys.get(id)?.reasons.slice(-1)[0]?.message).toBe(
      `could not be delivered after ${MAX_DELIVERY_ATTEMPTS} attempts: socket hang up`,
    );
    expect(org(ports)?.sent).toBe(0);
  });

  it('cancels at once when the channel says the message can never be delivered', () => {
    const ports = scheduled();
    ports.clock.advance(HOUR);
    ports.delivery.behaviour = () => ({ status: 'failed', reason: 'requester has no e-mail address' });
    expect(settled(dispatchDue(ports))).toMatchObject({ undeliverable: 1, decisions: [{ kind: 'cancel' }] });
  });

  it('reminds once in business hours after 48 hours, then expires after 14 days', () => {
    const ports = scheduled();
    ports.clock.advance(HOUR);
    dispatchDue(ports);
    const id = ports.surveys.all()[0]?.id ?? '';
    // Wednesday 11:00 Helsinki: exactly 48 h later.
    ports.clock.advance(48 * HOUR);
    expect(settled(dispatchDue(ports))).toMatchObject({ decisions: [{ kind: 'remind' }] });
    expect(ports.delivery.sent.map((m) => m.kind)).toEqual(['invitation', 'reminder']);
    ports.clock.advance(DAY);
    expect(settled(dispatchDue(ports)).processed).toBe(0);
    ports.clock.advance(12 * DAY);
    expect(settled(dispatchDue(ports))).toMatchObject({ decisions: [{ kind: 'expire' }] });
    expect(ports.surveys.get(id)).toMatchObject({ state: 'expired' });
    expect(org(ports)).toMatchObject({ sent: 1, expired: 1, answered: 0 });
  });

  it('holds a reminder that falls due at night until the requester’s morning', () => {
    const ports = freshPorts();
    // Resolved Monday 15:30 Helsinki: invitation 16:30, reminder due Wednesday 16:30 … found at 17:10.
    settled(onTicketEvent(ports, resolved(ticket('SD-9'), MONDAY + 5.5 * HOUR)));
    ports.clock.current = MONDAY + 6.5 * HOUR;
    dispatchDue(ports);
    const id = ports.surveys.all()[0]?.id ?? '';
    ports.clock.current = MONDAY + 6.5 * HOUR + 48 * HOUR + 40 * MINUTE;
    expect(settled(dispatchDue(ports))).toMatchObject({ processed: 1, decisions: [] });
    // Thursday 09:00 Helsinki = 07:00Z.
    expect(ports.surveys.dueAt(id)).toBe(Date.UTC(2026, 10, 5, 7));
    ports.clock.current = Date.UTC(2026, 10, 5, 7);
    expect(settled(dispatchDue(ports))).toMatchObject({ decisions: [{ kind: 'remind' }] });
  });
});

describe('two resolutions of one requester within the fatigue caps', () => {
  // Friday evening in Helsinki: both wait for Monday morning's business hours, and both are due together then.
  const friday = MONDAY - 3 * DAY + 9 * HOUR;
  const sentFor = (order: readonly string[]) => {
    const ports = freshPorts(friday);
    const at: Record<string, number> = { 'SD-999': friday, 'SD-1000': friday, 'SD-7': friday + 30 * MINUTE };
    for (const id of order) settled(onTicketEvent(ports, resolved(ticket(id), at[id] as number)));
    ports.clock.current = MONDAY + HOUR;
    settled(dispatchDue(ports));
    return ports.delivery.sent.map((m) => m.survey.ticketId);
  };

  it('survey the same one whatever order their events came in: the earlier resolution, then the lower ticket', () => {
    const orders = [
      ['SD-7', 'SD-1000', 'SD-999'],
      ['SD-999', 'SD-7', 'SD-1000'],
      ['SD-1000', 'SD-999', 'SD-7'],
    ];
    for (const order of orders) expect(sentFor(order)).toEqual(['jira:SD-999']);
  });
});
