import { describe, expect, it } from 'vitest';
import { HOUR } from '../model/time';
import { ERASED_AGENT_PREFIX, isErasedAgent } from '../privacy/erasure';
import { settled } from '../step';
import { asynchronous } from '../testing/memory-stores';
import { dispatchDue } from './dispatch-due';
import { eraseAgent } from './erase-agent';
import { createInitiative } from './initiatives';
import { onTicketEvent } from './on-ticket-event';
import { freshPorts, MONDAY, resolved, ticket } from './ports.fixture';
import { breakdown } from './queries';
import { submitResponse } from './submit-response';

const month = { from: '2026-11-01', to: '2026-11-30' };

/** Two answered surveys of agent bob and one of bobby (whose id bob's is a prefix of), all on MONDAY. */
function answered() {
  const ports = freshPorts();
  settled(onTicketEvent(ports, resolved(ticket('SD-1', { agentId: 'bob' }), MONDAY)));
  settled(
    onTicketEvent(ports, resolved(ticket('SD-2', { agentId: 'bob', requester: { id: 'carol' } }), MONDAY)),
  );
  settled(
    onTicketEvent(ports, resolved(ticket('SD-3', { agentId: 'bobby', requester: { id: 'dave' } }), MONDAY)),
  );
  ports.clock.advance(HOUR);
  settled(dispatchDue(ports));
  for (const message of ports.delivery.sent)
    settled(submitResponse(ports, { by: 'token', token: message.tokens.scores[9] ?? '' }));
  return ports;
}

const mentions = (ports: ReturnType<typeof freshPorts>, agentId: string) =>
  JSON.stringify([ports.surveys.all(), ports.surveys.allSuppressions(), ports.responses.all()]).includes(
    `"${agentId}"`,
  ) || ports.rollups.read(month).some((e) => e.segmentKey.split('|').includes(`agent=${agentId}`));

const agents = (ports: ReturnType<typeof freshPorts>) => {
  const rows = settled(breakdown(ports, { range: month, dimension: 'agent' }));
  return rows.ok ? rows.value.map((row) => [row.value, row.scorecard.responses] as const) : [];
};

describe('eraseAgent', () => {
  it('replaces the agent everywhere by one fresh pseudonym, keeping the counts, and leaves other agents alone', () => {
    const ports = answered();
    expect(agents(ports)).toEqual([
      ['bob', 2],
      ['bobby', 1],
    ]);
    const erased = settled(eraseAgent(ports, 'bob'));
    expect(erased).toMatchObject({ ok: true, value: { surveys: 2, responses: 2 } });
    expect(erased.ok && erased.value.rollups).toBeGreaterThan(0);
    expect(mentions(ports, 'bob')).toBe(false);
    const [pseudonym, count] = agents(ports)[0] ?? [];
    expect(count).toBe(2);
    expect(pseudonym).toMatch(/^erased-agent-[0-9a-f]{12}$/);
    expect(isErasedAgent(pseudonym ?? '')).toBe(true);
    expect(
      ports.surveys.all().filter((s) => s.agentId === pseudonym && s.segment.agent === pseudonym),
    ).toHaveLength(2);
    expect(ports.responses.all().filter((r) => r.segment.agent === pseudonym)).toHaveLength(2);
    expect(agents(ports)[1]).toEqual(['bobby', 1]);
    expect(ports.surveys.all().find((s) => s.ticketId === 'jira:SD-3')?.agentId).toBe('bobby');
  });

  it('finds nothing to change the second time, through promises too', async () => {
    const ports = answered();
    await eraseAgent(asynchronous(ports), 'bob');
    expect(await eraseAgent(asynchronous(ports), 'bob')).toEqual({
      ok: true,
      value: { surveys: 0, responses: 0, rollups: 0, initiatives: 0 },
    });
  });

  it('gives every erased agent a pseudonym of their own', () => {
    const ports = answered();
    settled(eraseAgent(ports, 'bob'));
    settled(eraseAgent(ports, 'bobby'));
    const names = agents(ports).map(([name]) => name);
    expect(names).toHaveLength(2);
    expect(names.every((name) => name.startsWith(ERASED_AGENT_PREFIX))).toBe(true);
    expect(new Set(names).size).toBe(2);
  });

  it('answers an error and changes nothing on a platform without a secure random source', () => {
    const ports = answered();
    const withoutRandom = { ...ports, crypto: { hmacSha256: ports.crypto.hmacSha256 } };
    expect(settled(eraseAgent(withoutRandom, 'bob'))).toEqual({ ok: false, error: 'no-random-source' });
    expect(mentions(ports, 'bob')).toBe(true);
  });

  it('replaces the agent in the initiatives that target them, from their opportunity or a chosen segment', () => {
    const ports = answered();
    for (const [id, request] of [
      ['from-opportunity', { opportunityKey: 'team=Network|agent=bob' }],
      ['chosen', { segment: { agent: 'bob' } }],
      ['other', { segment: { agent: 'bobby' } }],
    ] as const)
      expect(settled(createInitiative(ports, { id, title: id, ...request })).ok).toBe(true);
    // A board move lands between the read and the write of one of them: it is read again.
    const save = ports.initiatives.save.bind(ports.initiatives);
    let moved = false;
    ports.initiatives.save = (initiative, expected) => {
      if (!moved && initiative.id === 'chosen') {
        moved = true;
        const current = ports.initiatives.get('chosen');
        if (current)
          save({ ...current, status: 'prioritised', version: current.version + 1 }, current.version);
      }
      return save(initiative, expected);
    };
    const erased = settled(eraseAgent(ports, 'bob'));
    expect(erased.ok && erased.value.initiatives).toBe(2);
    const [pseudonym] = agents(ports)[0] ?? [];
    expect(ports.initiatives.get('from-opportunity')).toMatchObject({
      segment: { team: 'Network', agent: pseudonym },
      opportunityKey: `team=Network|agent=${pseudonym}`,
      version: 2,
    });
    expect(ports.initiatives.get('chosen')).toMatchObject({
      segment: { agent: pseudonym },
      status: 'prioritised',
      version: 3,
    });
    expect(ports.initiatives.get('other')?.segment).toEqual({ agent: 'bobby' });
    expect(JSON.stringify(ports.initiatives.list())).not.toContain('"bob"');
  });
});
