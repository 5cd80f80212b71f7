import { describe, expect, it } from 'vitest';
import { isWithinBusinessHours } from '../measure/business-hours';
import { sendingWindowFor } from '../measure/decide-on-event';
import type { TicketEvent } from '../model/ticket';
import { DAY, HOUR, MINUTE } from '../model/time';
import type { Ports } from '../ports';
import { random } from '../random';
import { responseCount } from '../share/rollup';
import { rollupFor } from '../share/rollup-query';
import { asynchronous, type MemoryPorts } from '../testing/memory-stores';
import { recordDeliveryOutcome } from './delivery-outcome';
import { dispatchDue } from './dispatch-due';
import { eraseRequester } from './erase-requester';
import { onTicketEvent } from './on-ticket-event';
import { freshPorts, HELSINKI, MONDAY, reopened, resolved, ticket } from './ports.fixture';
import { breakdown, dashboard, ticketExperience } from './queries';
import { submitResponse } from './submit-response';

const SERVICES = ['VPN', 'Email', 'Laptop'];
const REQUESTERS = 12;
const month = { from: '2026-10-25', to: '2026-12-31' };

/** A month of a small desk: resolutions, quick reopens and re-resolutions, with events repeated and shuffled. */
function month0fEvents(seed: number): TicketEvent[] {
  const next = random(seed);
  const events: TicketEvent[] = [];
  for (let i = 0; i < 80; i++) {
    const requester = `user-${Math.floor(next() * REQUESTERS)}`;
    const t = ticket(`SD-${i}`, {
      requester: { id: requester, email: `${requester}@example.com`, locale: next() < 0.5 ? 'fi' : 'en-GB' },
      agentId: `agent-${i % 4}`,
      segment: {
        service: SERVICES[i % 3] ?? 'VPN',
        channel: next() < 0.5 ? 'portal' : 'phone',
        team: i % 2 ? 'Desk' : 'Network',
      },
    });
    const at = MONDAY + Math.floor(next() * 26 * 24) * HOUR + Math.floor(next() * 60) * MINUTE;
    events.push(resolved(t, at));
    if (next() < 0.2) {
      events.push(reopened(t, at + 20 * MINUTE));
      events.push(resolved(t, at + 3 * HOUR));
    }
  }
  // At least once, out of order: some events twice, each delivered up to an hour late.
  const delivered = events
    .flatMap((e) => (next() < 0.3 ? [e, e] : [e]))
    .map((e) => ({ e, arrives: e.at + next() * HOUR }));
  return delivered.sort((a, b) => a.arrives - b.arrives).map(({ e }) => e);
}

async function run(ports: MemoryPorts, api: Ports, seed: number) {
  const next = random(seed + 1);
  const events = month0fEvents(seed);
  const arrival = new Map(events.map((e, i) => [i, e.at]));
  let index = 0;
  for (let now = MONDAY; now < MONDAY + 45 * DAY; now += 15 * MINUTE) {
    ports.clock.current = now;
    while (index < events.length && (arrival.get(index) ?? 0) <= now) {
      const event = events[index++];
      if (event) await onTicketEvent(api, event);
    }
    let more = true;
    while (more) more = (await dispatchDue(api, { limit: 5 })).more;
    // Requesters answer some invitations soon after they arrive, by the link or in the portal, and edit a few.
    for (const message of ports.delivery.sent.splice(0)) {
      const roll = next();
      if (message.kind === 'reminder' && roll < 0.5) continue;
      if (roll < 0.55) {
        const service = message.survey.segment.service;
        const score = service === 'VPN' ? Math.floor(next() * 7) : 7 + Math.floor(next() * 4);
        const answer = {
          score,
          lostTime: service === 'VPN' ? '1-4-hours' : 'none',
          comment: `about ${service}`,
        };
        if (roll < 0.35) await submitResponse(api, { by: 'token', token: message.tokens.open, answer });
        else
          await submitResponse(api, {
            by: 'requester',
            requesterId: message.survey.requester.id,
            surveyId: message.survey.id,
            answer,
          });
        if (roll < 0.1)
          await submitResponse(api, {
            by: 'token',
            token: message.tokens.open,
            answer: { ...answer, score: 10 - score },
          });
      } else if (roll > 0.97) {
        await recordDeliveryOutcome(api, message.survey.id, 'bounced');
      }
    }
  }
  return index;
}

describe('a month of tickets through the services', () => {
  it('keeps every rule and every count, the same on plain and on promised ports', async () => {
    const sync = freshPorts(MONDAY, HELSINKI);
    const async = freshPorts(MONDAY, HELSINKI);
    await run(sync, sync, 7);
    await run(async, asynchronous(async), 7);
    expect(async.surveys.all()).toEqual(sync.surveys.all());
    expect(async.responses.all()).toEqual(sync.responses.all());
    expect(async.rollups.read(month)).toEqual(sync.rollups.read(month));

    const surveys = sync.surveys.all();
    const responses = sync.responses.all();
    const suppressions = sync.surveys.allSuppressions();
    // One survey or suppression per resolution, never both.
    const keys = [...surveys.map((s) => s.resolutionKey), ...suppressions.map((s) => s.resolutionKey)];
    expect(new Set(keys).size).toBe(keys.length);
    expect(surveys.filter((s) => s.state === 'answered').length).toBe(responses.length);
    expect(responses.length).toBeGreaterThan(10);

    // Rollups agree with the raw records.
    const org = rollupFor(sync.rollups.read(month), month);
    expect(org.resolved).toBe(keys.length);
    expect(responseCount(org)).toBe(responses.length);
    expect(org.answered).toBe(responses.length);
    const bounced = surveys.filter((s) => s.reasons.some((r) => r.code === 'bounced')).length;
    expect(org.sent).toBe(surveys.filter((s) => s.sentAt !== undefined).length - bounced);
    expect(org.expired).toBe(surveys.filter((s) => s.state === 'expired').length - bounced);
    expect(org.histogram).toEqual(
      Array.from({ length: 11 }, (_, score) => responses.filter((r) => r.score === score).length),
    );

    // Sent only in business hours, and never closer than the fatigue rules allow.
    const sentTimes = new Map<string, number[]>();
    for (const survey of surveys) {
      if (survey.sentAt === undefined) continue;
      expect(
        isWithinBusinessHours(
          survey.sentAt,
          sendingWindowFor(survey.requester, HELSINKI.policy, sync.zoned),
          sync.zoned,
        ),
      ).toBe(true);
      sentTimes.set(survey.requester.id, [...(sentTimes.get(survey.requester.id) ?? []), survey.sentAt]);
    }
    for (const times of sentTimes.values()) {
      times.sort((a, b) => a - b);
      for (let i = 1; i < times.length; i++)
        expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(7 * DAY);
    }

    // The queries read the same numbers.
    const board = await dashboard(sync, { range: month, granularity: 'isoWeek' });
    expect(board.ok && board.value.scorecard.responses).toBe(responses.length);
    const teams = await breakdown(sync, { range: month, dimension: 'team' });
    expect(teams.ok && teams.value.reduce((n, row) => n + row.scorecard.responses, 0)).toBe(responses.length);
    expect(teams.ok && teams.value.map((row) => row.value).sort()).toEqual(['Desk', 'Network']);
    const answered = responses[0];
    const view = await ticketExperience(sync, answered?.ticketId ?? '');
    expect(view.responses).toHaveLength(1);
    expect(view.team?.name).toBe(answered?.segment.team);
    expect(view.agent?.name).toBe(answered?.segment.agent);

    // Erasing a requester removes who they are and what they wrote, and keeps the counts.
    const someone = answered?.requesterId ?? '';
    const erased = await eraseRequester(sync, someone);
    expect(erased.responses).toBeGreaterThan(0);
    expect(sync.responses.all().filter((r) => r.requesterId === someone)).toEqual([]);
    expect(
      sync.responses
        .all()
        .filter((r) => r.requesterId === 'erased')
        .every((r) => r.comment === undefined),
    ).toBe(true);
    expect(
      sync.surveys
        .all()
        .some((s) => s.requester.id === someone || s.requester.email === `${someone}@example.com`),
    ).toBe(false);
    expect(rollupFor(sync.rollups.read(month), month)).toEqual(org);
  });
});
