import { openSandbox } from '@xloop/sandbox';
import {
  DAY,
  dispatchDue,
  onTicketEvent,
  type Ports,
  random,
  resolutionKey,
  rollupFor,
  settled,
  submitResponse,
  type TicketEvent,
} from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { memoryPorts } from '@xloop/shared-core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from './support/canonical';
import { portalAnswer } from './support/loop-platform';
import { sandboxTicket } from './support/loop-sandbox';
import {
  answerFor,
  QUARTER_DAYS,
  QUARTER_START,
  type Quarter,
  quarter,
  SETTINGS,
  TICK,
} from './support/quarter';

const TICKETS = 10_000;
const q = quarter(31, TICKETS, 2_500);

/** The quarter's changes as the events a platform delivers for them. */
const eventsOf = (quarter: Quarter): TicketEvent[] =>
  quarter.changes.map((change) => ({
    type: change.to === 'resolved' ? 'resolved' : 'reopened',
    at: change.at,
    ticket: sandboxTicket(quarter.tickets.get(change.n) as never, change),
  }));

/**
 * At least once and out of order: 30 % of the events arrive twice, the copy up to a day late, and the events of
 * each tick arrive shuffled. With `slip`, that share of first copies also arrives a tick late, behind later events:
 * a reopening can then come after its survey went out. Each event is handed over at the tick it arrives, with
 * that tick as the time.
 */
function delivered(events: readonly TicketEvent[], seed: number, slip = 0) {
  const next = random(seed);
  const arrivals = events.flatMap((event) => {
    const first = { event, at: event.at + (next() < slip ? TICK : 0), order: next() };
    return next() < 0.3
      ? [first, { event, at: event.at + Math.floor(next() * 48) * TICK, order: next() }]
      : [first];
  });
  return arrivals.sort((a, b) => a.at - b.at || a.order - b.order);
}

/**
 * Runs the quarter on `ports`: events as they arrive, dispatch every tick, and each invitation answered as the
 * requester would, three in ten of the answers sent twice (a double click, a resubmitted form).
 */
function run(
  ports: Ports,
  setNow: (now: number) => void,
  arrivals: readonly { event: TicketEvent; at: number }[],
) {
  const next = random(99);
  const waiting: {
    at: number;
    surveyId: string;
    requesterId: string;
    answer: ReturnType<typeof answerFor>;
  }[] = [];
  const seen = new Set<string>();
  let submissions = 0;
  let planned = 0;
  let index = 0;
  const end = QUARTER_START + (QUARTER_DAYS + 16) * DAY;
  for (let now = QUARTER_START; now <= end; now += TICK) {
    setNow(now);
    for (; index < arrivals.length && (arrivals[index]?.at ?? 0) <= now; index++)
      settled(onTicketEvent(ports, (arrivals[index] as { event: TicketEvent }).event));
    for (let more = true; more; ) {
      const result = settled(dispatchDue(ports, { limit: 200 }));
      more = result.more;
      for (const decision of result.decisions) {
        if (decision.kind !== 'send' || seen.has(decision.surveyId)) continue;
        seen.add(decision.surveyId);
        const survey = settled(ports.surveys.get(decision.surveyId));
        const ticket = q.tickets.get(Number(survey?.ticketId.replace('sandbox:T', '')));
        const answer = survey && ticket ? answerFor(ticket, survey.resolvedAt) : undefined;
        if (survey && answer) planned++;
        if (survey && answer)
          waiting.push({
            at: now + answer.after,
            surveyId: survey.id,
            requesterId: survey.requester.id,
            answer,
          });
      }
    }
    for (const due of waiting.filter((w) => w.at <= now)) {
      waiting.splice(waiting.indexOf(due), 1);
      const times = next() < 0.3 ? 2 : 1;
      for (let i = 0; i < times; i++) {
        submissions++;
        const result = settled(
          submitResponse(ports, {
            by: 'requester',
            requesterId: due.requesterId,
            surveyId: due.surveyId,
            answer: portalAnswer(due.answer as never),
          }),
        );
        if (!result.ok) throw new Error(`${due.surveyId}: ${result.error.code}`);
      }
    }
  }
  return { submissions, answersExpected: planned - waiting.length };
}

/** Every ticket's surveys, suppressed resolutions and responses. */
function stateOf(ports: Ports) {
  const tickets: Record<string, unknown> = {};
  for (const n of q.tickets.keys()) {
    const id = `sandbox:T${n}`;
    tickets[id] = {
      surveys: [...settled(ports.surveys.forTicket(id))].sort((a, b) => a.id.localeCompare(b.id)),
      suppressed: settled(ports.surveys.suppressedFor(id)),
      responses: [...settled(ports.responses.forTicket(id))].sort((a, b) =>
        a.surveyId.localeCompare(b.surveyId),
      ),
    };
  }
  return tickets;
}

type Stored = Record<
  string,
  {
    surveys: { id: string; state: string; sentAt?: number; reasons: { code: string }[] }[];
    suppressed: string[];
    responses: { version: number }[];
  }
>;

const count = (n: number) => n.toLocaleString('en');
const cancelledFor = (surveys: Stored[string]['surveys'], code: string) =>
  surveys.filter((s) => s.state === 'cancelled' && s.reasons.at(-1)?.code === code).length;

/** The quarter run on the sandbox's SQLite stores as `arrivals` deliver it, and what it stored. */
function onSandbox(arrivals: ReturnType<typeof delivered>) {
  const ports = openSandbox(':memory:', SETTINGS);
  const result = run(ports, (now) => ports.clock.set(now), arrivals);
  const state = stateOf(ports) as Stored;
  const range = { from: '2026-01-01', to: '2026-12-31' };
  const organisation = rollupFor(settled(ports.rollups.read(range, [''])), range);
  ports.close();
  const surveys = Object.values(state).flatMap((t) => t.surveys);
  return {
    ...result,
    state,
    organisation,
    surveys,
    responses: Object.values(state).flatMap((t) => t.responses),
    suppressed: Object.values(state).flatMap((t) => t.suppressed),
  };
}

describe(`replay: ${count(TICKETS)} tickets, 30 % of events twice and out of order, reopen flaps`, () => {
  const events = eventsOf(q);
  const resolutions = new Set(
    events.filter((e) => e.type === 'resolved').map((e) => resolutionKey(e.ticket.id, e.at)),
  );
  let reference: Stored;
  let shuffled: ReturnType<typeof onSandbox>;
  let late: ReturnType<typeof onSandbox>;

  beforeAll(() => {
    const started = Date.now();
    // Once each, in order, on the in-memory stores: what the policy decides for these tickets.
    const memory = memoryPorts({
      now: QUARTER_START,
      zoned: dateFnsZonedTime,
      crypto: nodeCrypto,
      settings: SETTINGS,
    });
    const setNow = (now: number) => {
      memory.clock.current = now;
    };
    run(
      memory,
      setNow,
      events.map((event) => ({ event, at: event.at })),
    );
    reference = stateOf(memory) as Stored;
    shuffled = onSandbox(delivered(events, 7));
    late = onSandbox(delivered(events, 8, 0.1));
    for (const [name, r] of [
      ['repeated and shuffled', shuffled],
      ['and one in ten a tick late', late],
    ] as const) {
      console.log(
        `replay, ${name}: ${count(TICKETS)} tickets, ${count(events.length)} events, ${count(resolutions.size)} resolutions → ${count(r.surveys.length)} surveys (${count(r.surveys.filter((s) => s.sentAt !== undefined).length)} sent, ${count(cancelledFor(r.surveys, 'reopened'))} cancelled by a reopening, ${count(r.surveys.filter((s) => s.state === 'cancelled').length - cancelledFor(r.surveys, 'reopened'))} at their turn for fatigue), ${count(r.suppressed.length)} suppressed; ${count(r.submissions)} submissions → ${count(r.responses.length)} responses`,
      );
    }
    console.log(`replay: three runs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 300_000);

  it('decides every resolution exactly once however the events arrive: one survey or one suppression', () => {
    for (const run of [shuffled, late]) {
      const surveyed = run.surveys.map((s) => s.id);
      expect(new Set(surveyed).size).toBe(surveyed.length);
      expect(surveyed.filter((id) => run.suppressed.includes(id))).toEqual([]);
      expect(new Set([...surveyed, ...run.suppressed])).toEqual(resolutions);
      expect(cancelledFor(run.surveys, 'reopened')).toBeGreaterThan(500);
    }
  });

  it('ends, with repeats and shuffling within the hour, in the state of the events delivered once and in order', () => {
    const differing = Object.keys(reference).filter(
      (id) => canonicalJson(reference[id]) !== canonicalJson(shuffled.state[id]),
    );
    expect(differing).toEqual([]);
  });

  it('loses no answer and doubles none: one response per answered survey, each counted once', () => {
    for (const run of [shuffled, late]) {
      expect(run.responses.length).toBe(run.answersExpected);
      expect(run.submissions).toBeGreaterThan(run.responses.length);
      expect(run.responses.every((r) => r.version === 1)).toBe(true);
      expect(run.organisation.answered).toBe(run.responses.length);
      expect(run.organisation.histogram.reduce((a, b) => a + b, 0)).toBe(run.responses.length);
      expect(run.organisation.sent).toBe(run.surveys.filter((s) => s.sentAt !== undefined).length);
    }
  });
});
