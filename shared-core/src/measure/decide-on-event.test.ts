import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../model/time';
import { dateFnsZonedTime as zoned } from '../platform/date-fns-zoned-time';
import { decideOnEvent, resolutionOf } from './decide-on-event';
import { describeDecision } from './decision';
import { EMPTY_HISTORY, type PolicyContext } from './history';
import { Ledger } from './ledger.fixture';
import { DEFAULT_POLICY } from './policy';
import { eventOf, sentAt, surveyOf } from './surveys.fixture';

const policy = { ...DEFAULT_POLICY, timeZone: 'Europe/Helsinki' };
// Tuesday 2026-11-24 10:00 in Helsinki (+02:00).
const tuesday10 = Date.UTC(2026, 10, 24, 8);
const context = (now: number): PolicyContext => ({ policy, zoned, now });

describe('resolutionOf', () => {
  it('reads the resolution from resolved and closed snapshots, never from closure alone', () => {
    expect(resolutionOf(eventOf('resolved', tuesday10))).toBe(tuesday10);
    expect(
      resolutionOf(eventOf('updated', tuesday10 + HOUR, { status: 'resolved', resolvedAt: tuesday10 })),
    ).toBe(tuesday10);
    expect(resolutionOf(eventOf('resolved', tuesday10, { resolvedAt: undefined }))).toBe(tuesday10);
    expect(resolutionOf(eventOf('closed', tuesday10, { resolvedAt: undefined }))).toBeUndefined();
    expect(resolutionOf(eventOf('updated', tuesday10))).toBeUndefined();
  });
});

describe('decideOnEvent', () => {
  it('schedules one survey after the grace period, inside business hours', () => {
    const [decision, ...rest] = decideOnEvent(
      eventOf('resolved', tuesday10),
      EMPTY_HISTORY,
      context(tuesday10),
    );
    expect(rest).toEqual([]);
    expect(decision).toMatchObject({
      kind: 'schedule',
      survey: { id: 'jira:SD-1@2026-11-24T08:00:00.000Z', state: 'scheduled', sendAt: tuesday10 + HOUR },
    });
    expect(decision && describeDecision(decision)).toBe(
      'scheduled: for Tue 2026-11-24 11:00 (Europe/Helsinki), 60 min after resolution',
    );
  });

  it("moves the invitation to the requester's next business hours, in their own zone", () => {
    // Friday 2026-11-27 16:30 Helsinki + 60 min is after hours → Monday 09:00 Helsinki (07:00Z).
    const friday = Date.UTC(2026, 10, 27, 14, 30);
    const [decision] = decideOnEvent(eventOf('resolved', friday), EMPTY_HISTORY, context(friday));
    expect(decision).toMatchObject({ kind: 'schedule', survey: { sendAt: Date.UTC(2026, 10, 30, 7) } });
    expect(decision && describeDecision(decision)).toBe(
      "scheduled: for Mon 2026-11-30 09:00 (Europe/Helsinki), the requester's next business hours after the 60-min grace period",
    );
    // The same resolution for a requester in New York goes out at 11:30 there (16:30Z), still on Friday.
    const newYork = eventOf('resolved', friday, { requester: { id: 'carol', timeZone: 'America/New_York' } });
    expect(decideOnEvent(newYork, EMPTY_HISTORY, context(friday))[0]).toMatchObject({
      survey: { sendAt: Date.UTC(2026, 10, 27, 15, 30) },
    });
    // An unknown zone falls back to the policy's.
    const unknown = eventOf('resolved', friday, { requester: { id: 'dan', timeZone: 'Mars/Base' } });
    expect(decideOnEvent(unknown, EMPTY_HISTORY, context(friday))[0]).toMatchObject({
      survey: { sendAt: Date.UTC(2026, 10, 30, 7) },
    });
  });

  it('suppresses with every reason an admin needs', () => {
    const history = { ...EMPTY_HISTORY, requesterSurveys: [sentAt(tuesday10 - 3 * DAY)] };
    const event = eventOf('resolved', tuesday10, { resolutionCode: 'Duplicate' });
    const [decision] = decideOnEvent(event, history, context(tuesday10));
    expect(decision).toMatchObject({
      kind: 'suppress',
      resolutionKey: 'jira:SD-1@2026-11-24T08:00:00.000Z',
      requesterId: 'alice',
    });
    expect(decision && describeDecision(decision)).toBe(
      'suppressed: resolution "Duplicate" is not surveyed; requester surveyed 3 days ago, minimum is 7',
    );
  });

  it('decides nothing new for a resolution already surveyed or suppressed', () => {
    const event = eventOf('resolved', tuesday10);
    const survey = surveyOf({ resolvedAt: tuesday10 });
    expect(decideOnEvent(event, { ...EMPTY_HISTORY, ticketSurveys: [survey] }, context(tuesday10))).toEqual(
      [],
    );
    const suppressed = { ...EMPTY_HISTORY, suppressedResolutions: [survey.resolutionKey] };
    expect(decideOnEvent(event, suppressed, context(tuesday10))).toEqual([]);
  });

  it('cancels a waiting survey when the ticket reopens during the grace period', () => {
    const waiting = surveyOf({ resolvedAt: tuesday10 });
    const decisions = decideOnEvent(
      eventOf('reopened', tuesday10 + 20 * 60_000),
      { ...EMPTY_HISTORY, ticketSurveys: [waiting] },
      context(tuesday10),
    );
    expect(decisions).toEqual([
      {
        kind: 'cancel',
        surveyId: waiting.id,
        at: tuesday10,
        reasons: [
          {
            code: 'reopened',
            message: 'ticket reopened at 2026-11-24T08:20:00.000Z, before the invitation went out',
          },
        ],
      },
    ]);
    // A sent survey stays: the requester may still answer it.
    const sent = { ...waiting, state: 'sent' as const };
    expect(
      decideOnEvent(
        eventOf('reopened', tuesday10 + DAY),
        { ...EMPTY_HISTORY, ticketSurveys: [sent] },
        context(tuesday10),
      ),
    ).toEqual([]);
  });

  it('suppresses a resolution that arrives after its reopening, and one superseded by a later resolution', () => {
    const reopenedLater = { ...EMPTY_HISTORY, reopenedAt: [tuesday10 + HOUR] };
    expect(decideOnEvent(eventOf('resolved', tuesday10), reopenedLater, context(tuesday10))[0]).toMatchObject(
      {
        kind: 'suppress',
        reasons: [{ code: 'reopened' }],
      },
    );
    const later = surveyOf({ resolvedAt: tuesday10 + 2 * HOUR });
    expect(
      decideOnEvent(
        eventOf('resolved', tuesday10),
        { ...EMPTY_HISTORY, ticketSurveys: [later] },
        context(tuesday10),
      )[0],
    ).toMatchObject({
      kind: 'suppress',
      reasons: [{ code: 'superseded' }],
    });
  });

  it('lets a new resolution supersede the older one still waiting', () => {
    const older = surveyOf({ resolvedAt: tuesday10 - 2 * HOUR });
    const history = { ...EMPTY_HISTORY, ticketSurveys: [older], requesterSurveys: [older] };
    const decisions = decideOnEvent(eventOf('resolved', tuesday10), history, context(tuesday10));
    expect(decisions.map((d) => d.kind)).toEqual(['cancel', 'schedule']);
    expect(decisions[0]).toMatchObject({ surveyId: older.id, reasons: [{ code: 'superseded' }] });
  });

  it('does not survey resolutions first seen long after they happened', () => {
    const [decision] = decideOnEvent(
      eventOf('resolved', tuesday10),
      EMPTY_HISTORY,
      context(tuesday10 + 20 * DAY),
    );
    expect(decision && describeDecision(decision)).toBe(
      'suppressed: resolved 20 days ago, surveys expire after 14',
    );
  });

  it('suppresses when business hours never open', () => {
    const closed = {
      ...policy,
      businessHours: { days: [6 as const], start: '09:00', end: '17:00' },
      holidays: saturdays(),
    };
    const [decision] = decideOnEvent(eventOf('resolved', tuesday10), EMPTY_HISTORY, {
      policy: closed,
      zoned,
      now: tuesday10,
    });
    expect(decision).toMatchObject({ kind: 'suppress', reasons: [{ code: 'no-business-hours' }] });
  });

  it('ignores events that neither resolve nor reopen', () => {
    expect(decideOnEvent(eventOf('created', tuesday10), EMPTY_HISTORY, context(tuesday10))).toEqual([]);
    expect(
      decideOnEvent(
        eventOf('closed', tuesday10, { resolvedAt: undefined }),
        EMPTY_HISTORY,
        context(tuesday10),
      ),
    ).toEqual([]);
  });
});

function saturdays(): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(2026, 10, 28); t < Date.UTC(2028, 0, 1); t += 7 * DAY)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

describe('decideOnEvent under at-least-once, out-of-order delivery', () => {
  // A ticket's life: resolved and reopened in turn, some minutes to days apart.
  const life = fc
    .array(fc.integer({ min: 5, max: 4 * 24 * 60 }), { minLength: 1, maxLength: 6 })
    .map((gaps) => {
      let at = tuesday10;
      return gaps.map((gap, i) => {
        at += gap * 60_000;
        return eventOf(i % 2 === 0 ? 'resolved' : 'reopened', at);
      });
    });
  // The same events, some repeated, in any order.
  const delivery = life.chain((events) =>
    fc
      .array(fc.nat({ max: events.length - 1 }), { maxLength: events.length * 2 })
      .chain((extra) =>
        fc.shuffledSubarray([...events, ...extra.map((i) => events[i] ?? events[0])], {
          minLength: events.length + extra.length,
        }),
      )
      .map((delivered) => ({ events, delivered })),
  );

  const live = (ledger: Ledger) =>
    [...ledger.surveys.values()]
      .filter((s) => s.state !== 'cancelled')
      .map((s) => s.resolutionKey)
      .sort();

  it('never makes more than one survey per resolution, and ends the same whatever the order', () => {
    fc.assert(
      fc.property(delivery, ({ events, delivered }) => {
        const now = (events[events.length - 1]?.at ?? tuesday10) + HOUR;
        const inOrder = new Ledger();
        for (const event of events) inOrder.onEvent(event, context(now));
        const shuffled = new Ledger();
        for (const event of delivered) if (event) shuffled.onEvent(event, context(now));

        const scheduled = shuffled.decisions
          .filter((d) => d.kind === 'schedule')
          .map((d) => d.kind === 'schedule' && d.survey.resolutionKey);
        expect(new Set(scheduled).size).toBe(scheduled.length);
        expect(live(shuffled)).toEqual(live(inOrder));
        // At most one survey of the ticket is ever live, and it is for the last resolution if that was not reopened.
        expect(live(shuffled).length).toBeLessThanOrEqual(1);
        const last = events[events.length - 1];
        if (last?.type === 'resolved')
          expect(live(shuffled)).toEqual([`jira:SD-1@${new Date(last.at).toISOString()}`]);
        else expect(live(shuffled)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
