import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../model/time';
import { settled } from '../step';
import { asynchronous } from '../testing/memory-stores';
import { onTicketEvent } from './on-ticket-event';
import { freshPorts, MONDAY, reopened, resolved, ticket } from './ports.fixture';

const org = (ports: ReturnType<typeof freshPorts>) =>
  ports.rollups.read({ from: '2026-11-01', to: '2026-11-30' }, [''])[0]?.rollup;

describe('onTicketEvent', () => {
  it('schedules a survey, counts the resolution, and does nothing more when the event comes again', () => {
    const ports = freshPorts();
    const event = resolved(ticket('SD-1'), MONDAY);
    const decisions = settled(onTicketEvent(ports, event));
    expect(decisions).toMatchObject([{ kind: 'schedule', survey: { sendAt: MONDAY + HOUR } }]);
    const [survey] = ports.surveys.all();
    expect(survey).toMatchObject({
      state: 'scheduled',
      segment: { service: 'VPN', kind: 'incident', agent: 'bob' },
    });
    expect(ports.surveys.dueAt(survey?.id ?? '')).toBe(MONDAY + HOUR);
    expect(org(ports)?.resolved).toBe(1);
    // Agent and kind are dimensions too.
    expect(ports.rollups.read({ from: '2026-11-02', to: '2026-11-02' }, ['agent=bob'])).toHaveLength(1);

    expect(settled(onTicketEvent(ports, event))).toEqual([]);
    expect(ports.surveys.all()).toHaveLength(1);
    expect(org(ports)?.resolved).toBe(1);
  });

  it('cancels the waiting survey on a reopen, and surveys the next resolution instead', () => {
    const ports = freshPorts();
    const t = ticket('SD-2');
    settled(onTicketEvent(ports, resolved(t, MONDAY)));
    expect(settled(onTicketEvent(ports, reopened(t, MONDAY + 20 * MINUTE)))).toMatchObject([
      { kind: 'cancel' },
    ]);
    expect(ports.surveys.all().map((s) => s.state)).toEqual(['cancelled']);
    settled(onTicketEvent(ports, resolved(t, MONDAY + 2 * HOUR)));
    expect(
      ports.surveys
        .all()
        .map((s) => s.state)
        .sort(),
    ).toEqual(['cancelled', 'scheduled']);
    // Both resolutions count in the ticket volume.
    expect(org(ports)?.resolved).toBe(2);
  });

  it('records a suppression with its reasons once, and counts the resolution once', () => {
    const ports = freshPorts();
    const event = resolved(ticket('SD-3', { agentId: 'alice' }), MONDAY);
    expect(settled(onTicketEvent(ports, event))).toMatchObject([
      { kind: 'suppress', reasons: [{ code: 'requester-is-agent' }] },
    ]);
    expect(settled(onTicketEvent(ports, event))).toEqual([]);
    expect(ports.surveys.allSuppressions()).toMatchObject([
      { ticketId: 'jira:SD-3', requesterId: 'alice', segment: { service: 'VPN' } },
    ]);
    expect(org(ports)?.resolved).toBe(1);
    expect(org(ports)?.sent).toBe(0);
  });

  it('decides the same through promises as through plain values', async () => {
    const sync = freshPorts();
    const async = freshPorts();
    const events = [
      resolved(ticket('SD-4'), MONDAY),
      reopened(ticket('SD-4'), MONDAY + HOUR / 2),
      resolved(ticket('SD-4'), MONDAY + HOUR),
    ];
    for (const event of events) {
      const plain = onTicketEvent(sync, event);
      const promised = await onTicketEvent(asynchronous(async), event);
      expect(promised).toEqual(plain);
    }
    expect(async.surveys.all()).toEqual(sync.surveys.all());
  });
});
