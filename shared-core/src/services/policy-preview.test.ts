import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TicketEvent } from '../model/ticket';
import { DAY, HOUR } from '../model/time';
import { dateFnsZonedTime as zoned } from '../platform/date-fns-zoned-time';
import { nodeCrypto as crypto } from '../platform/node-crypto';
import { canonicalOrder, replayPolicy } from './policy-preview';
import { HELSINKI, MONDAY, reopened, resolved, ticket } from './ports.fixture';

const platform = { zoned, crypto };

/** A fortnight of a small desk: resolutions, a reopening, a duplicate, a service account and fatigue. */
function fortnight(): TicketEvent[] {
  const events: TicketEvent[] = [];
  for (let d = 0; d < 14; d++) {
    const t = ticket(`SD-${d}`, { requester: { id: `user-${d % 3}`, email: `u${d % 3}@example.com` } });
    events.push({ type: 'created', at: MONDAY + d * DAY - HOUR, ticket: t });
    events.push(resolved(t, MONDAY + d * DAY));
  }
  const reopen = ticket('SD-R', { requester: { id: 'rita' } });
  events.push(resolved(reopen, MONDAY + 2 * HOUR), reopened(reopen, MONDAY + 2 * HOUR + 20 * 60_000));
  const duplicate = resolved(ticket('SD-D', { requester: { id: 'dora' } }), MONDAY + 3 * HOUR);
  events.push({ ...duplicate, ticket: { ...duplicate.ticket, resolutionCode: 'Duplicate' } });
  events.push(
    resolved(ticket('SD-S', { requester: { id: 'monitor', isServiceAccount: true } }), MONDAY + 4 * HOUR),
  );
  return events;
}

describe('canonicalOrder', () => {
  it('orders by time, then ticket, then the life of a ticket', () => {
    const t = ticket('SD-1');
    const created = { type: 'created' as const, at: MONDAY, ticket: t };
    const resolvedNow = resolved(t, MONDAY);
    const other = { ...created, ticket: ticket('SD-0') };
    expect(canonicalOrder([resolvedNow, created, other, resolved(t, MONDAY - 1)])).toEqual([
      resolved(t, MONDAY - 1),
      other,
      created,
      resolvedNow,
    ]);
  });
});

describe('replayPolicy', () => {
  const events = fortnight();
  const replay = replayPolicy(events, HELSINKI, platform);

  it('decides every survey of the period, explained, and counts the decisions', () => {
    const { summary, lines } = replay;
    expect(summary).toMatchObject({
      events: events.length,
      tickets: 17,
      decisions: { schedule: 7, cancel: 1 },
    });
    expect(summary.decisions.send).toBe(summary.decisions.expire);
    expect(lines[0]).toMatchObject({
      ticketId: 'jira:SD-0',
      decision: 'schedule',
      at: MONDAY,
      sendAt: MONDAY + HOUR,
      requester: 'user-0',
      surveyId: 'jira:SD-0@2026-11-02T08:00:00.000Z',
      reasons: [{ code: 'scheduled' }],
    });
    const cancel = lines.find((l) => l.decision === 'cancel');
    expect(cancel).toMatchObject({ ticketId: 'jira:SD-R', requester: 'rita' });
    const send = lines.find((l) => l.decision === 'send');
    expect(send?.expiresAt).toBe((send?.sendAt ?? 0) + 14 * DAY);
  });

  it('counts invitations per ISO week and suppressions by reason, most frequent first, with an example', () => {
    const { summary } = replay;
    expect(summary.surveysPerWeek.map((w) => w.week)).toEqual(['2026-W45', '2026-W46']);
    expect(summary.surveysPerWeek.reduce((n, w) => n + w.count, 0)).toBe(summary.decisions.send);
    expect(summary.suppressionsByReason).toEqual([
      { code: 'fatigue-min-days', message: expect.stringMatching(/minimum is 7/), count: 8 },
      { code: 'excluded-resolution', message: 'resolution "Duplicate" is not surveyed', count: 1 },
      { code: 'service-account', message: 'requester monitor is a service account', count: 1 },
    ]);
    expect(summary.decisions.suppress).toBe(10);
  });

  it('decides alike however the events arrive: shuffled, repeated', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
        fc.array(fc.nat(events.length - 1), { maxLength: 10 }),
        (shuffled, repeats) => {
          const delivered = [...shuffled, ...repeats.map((i) => events[i] as TicketEvent)];
          const again = replayPolicy(delivered, HELSINKI, platform);
          expect(again.lines).toEqual(replay.lines);
          expect({ ...again.summary, events: events.length }).toEqual(replay.summary);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('counts a survey withheld for fatigue when it fell due among the suppressions, not the reopenings', () => {
    // Friday evening: two of ulla's resolutions wait for Monday morning; the later one is withheld then.
    const friday = MONDAY - 3 * DAY + 9 * HOUR;
    const ulla = { requester: { id: 'ulla' } };
    const both = [resolved(ticket('SD-8', ulla), friday), resolved(ticket('SD-9', ulla), friday + HOUR)];
    const { summary } = replayPolicy(both, HELSINKI, platform);
    expect(summary.decisions).toMatchObject({ schedule: 2, send: 1, cancel: 1 });
    expect(summary.withheld).toBe(1);
    expect(summary.suppressionsByReason.map((r) => [r.code, r.count])).toEqual([['fatigue-min-days', 1]]);
    expect(replay.summary.withheld).toBe(0);
  });

  it('stops dispatch at `until`, leaving later sends undecided', () => {
    const until = MONDAY + 3 * DAY;
    const partial = replayPolicy(events, HELSINKI, platform, { until });
    expect(partial.lines.every((l) => l.decision !== 'send' || l.at <= until)).toBe(true);
    expect(partial.summary.decisions.send).toBeLessThan(replay.summary.decisions.send ?? 0);
    expect(partial.summary.decisions.expire).toBeUndefined();
  });

  it('reports progress, and replays nothing to nothing', () => {
    const seen: number[] = [];
    replayPolicy(events, HELSINKI, platform, { onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([0, events.length]);
    expect(replayPolicy([], HELSINKI, platform)).toEqual({
      lines: [],
      summary: {
        events: 0,
        tickets: 0,
        decisions: {},
        withheld: 0,
        surveysPerWeek: [],
        suppressionsByReason: [],
      },
    });
  });
});
