import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../model/time';
import { dateFnsZonedTime as zoned } from '../platform/date-fns-zoned-time';
import { isWithinBusinessHours } from './business-hours';
import { decideDue, nextDueAt } from './decide-due';
import { sendingWindowFor } from './decide-on-event';
import { describeDecision } from './decision';
import { EMPTY_HISTORY, type PolicyContext } from './history';
import { Ledger } from './ledger.fixture';
import { DEFAULT_POLICY, type Policy } from './policy';
import { eventOf, sentAt, surveyOf } from './surveys.fixture';

const policy: Policy = { ...DEFAULT_POLICY, timeZone: 'Europe/Helsinki' };
const tuesday11 = Date.UTC(2026, 10, 24, 9); // 11:00 in Helsinki
const context = (now: number, p: Policy = policy): PolicyContext => ({ policy: p, zoned, now });
const scheduled = surveyOf({ resolvedAt: tuesday11 - HOUR, sendAt: tuesday11 });

describe('nextDueAt', () => {
  it('is the send time, then the reminder or expiry, then nothing', () => {
    expect(nextDueAt(scheduled, policy)).toBe(tuesday11);
    const sent = { ...scheduled, state: 'sent' as const, sentAt: tuesday11, expiresAt: tuesday11 + 14 * DAY };
    expect(nextDueAt(sent, policy)).toBe(tuesday11 + 48 * HOUR);
    expect(nextDueAt(sent, { reminderAfterHours: null })).toBe(tuesday11 + 14 * DAY);
    expect(nextDueAt({ ...sent, state: 'reminded' }, policy)).toBe(tuesday11 + 14 * DAY);
    expect(nextDueAt({ ...sent, state: 'answered' }, policy)).toBeUndefined();
  });
});

describe('decideDue', () => {
  it('waits until the send time, then sends with an expiry', () => {
    expect(decideDue(scheduled, EMPTY_HISTORY, context(tuesday11 - MINUTE))).toBeNull();
    const decision = decideDue(scheduled, EMPTY_HISTORY, context(tuesday11 + MINUTE));
    expect(decision).toMatchObject({
      kind: 'send',
      at: tuesday11 + MINUTE,
      expiresAt: tuesday11 + MINUTE + 14 * DAY,
    });
    expect(decision && describeDecision(decision)).toBe(
      'sent: due since Tue 2026-11-24 11:00 (Europe/Helsinki); expires after 14 days',
    );
  });

  it('moves a survey found due after hours into the next business hours', () => {
    const evening = Date.UTC(2026, 10, 24, 16); // 18:00 Helsinki
    const decision = decideDue(scheduled, EMPTY_HISTORY, context(evening));
    expect(decision).toMatchObject({
      kind: 'schedule',
      survey: { sendAt: Date.UTC(2026, 10, 25, 7), state: 'scheduled' },
    });
    expect(decision && describeDecision(decision)).toBe(
      'scheduled: moved to Wed 2026-11-25 09:00 (Europe/Helsinki), outside business hours',
    );
  });

  it('cancels when the ticket was reopened, the requester opted out, or another survey went out meanwhile', () => {
    const now = tuesday11 + MINUTE;
    expect(
      decideDue(scheduled, { ...EMPTY_HISTORY, reopenedAt: [tuesday11 - 10 * MINUTE] }, context(now)),
    ).toMatchObject({
      kind: 'cancel',
      reasons: [{ code: 'reopened' }],
    });
    expect(decideDue(scheduled, { ...EMPTY_HISTORY, optedOut: true }, context(now))).toMatchObject({
      kind: 'cancel',
      reasons: [{ code: 'opted-out' }],
    });
    const other = sentAt(tuesday11 - 2 * DAY);
    expect(
      decideDue(scheduled, { ...EMPTY_HISTORY, requesterSurveys: [scheduled, other] }, context(now)),
    ).toMatchObject({
      kind: 'cancel',
      reasons: [{ code: 'fatigue-min-days', message: 'requester surveyed 2 days ago, minimum is 7' }],
    });
  });

  it('reminds once, in business hours, then expires', () => {
    const sent = { ...scheduled, state: 'sent' as const, sentAt: tuesday11, expiresAt: tuesday11 + 14 * DAY };
    expect(decideDue(sent, EMPTY_HISTORY, context(tuesday11 + 47 * HOUR))).toBeNull();
    expect(decideDue(sent, EMPTY_HISTORY, context(tuesday11 + 48 * HOUR))).toMatchObject({ kind: 'remind' });
    // 48 h + 8 h is 19:00 in Helsinki: the reminder waits for the morning.
    expect(decideDue(sent, EMPTY_HISTORY, context(tuesday11 + 56 * HOUR))).toBeNull();
    const reminded = { ...sent, state: 'reminded' as const };
    expect(decideDue(reminded, EMPTY_HISTORY, context(tuesday11 + 5 * DAY))).toBeNull();
    expect(decideDue(reminded, EMPTY_HISTORY, context(tuesday11 + 14 * DAY))).toMatchObject({
      kind: 'expire',
    });
    expect(
      decideDue(sent, EMPTY_HISTORY, context(tuesday11 + 3 * DAY, { ...policy, reminderAfterHours: null })),
    ).toBeNull();
  });

  it('has nothing to do for closed surveys', () => {
    for (const state of ['answered', 'expired', 'cancelled'] as const) {
      expect(decideDue({ ...scheduled, state }, EMPTY_HISTORY, context(tuesday11 + 30 * DAY))).toBeNull();
    }
  });
});

describe('the policy over simulated time', () => {
  const zones = ['Europe/Helsinki', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
  const policies = fc.record({
    zone: fc.constantFrom(...zones),
    days: fc.subarray([1, 2, 3, 4, 5, 6, 7] as const, { minLength: 1 }),
    start: fc.integer({ min: 0, max: 14 }),
    length: fc.integer({ min: 1, max: 10 }),
    minDays: fc.integer({ min: 0, max: 10 }),
    max: fc.integer({ min: 1, max: 5 }),
    grace: fc.integer({ min: 0, max: 240 }),
  });
  // One requester's tickets, resolved at random minutes over six weeks.
  const resolutions = fc.array(fc.integer({ min: 0, max: 42 * 24 * 60 }), { minLength: 1, maxLength: 25 });

  it('sends and reminds only in business hours, off holidays, and never past the fatigue caps', () => {
    let totalSends = 0;
    let totalReminders = 0;
    fc.assert(
      fc.property(policies, resolutions, fc.integer({ min: 5, max: 90 }), (p, minutes, tick) => {
        const start = Date.UTC(2026, 2, 2); // spans the March and April DST changes
        const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
        const simulated: Policy = {
          ...DEFAULT_POLICY,
          timeZone: p.zone,
          businessHours: { days: [...p.days], start: hh(p.start), end: hh(p.start + p.length) },
          holidays: ['2026-03-27', '2026-04-03', '2026-04-06'],
          minDaysBetweenSurveys: p.minDays,
          maxSurveysPer30Days: p.max,
          graceMinutes: p.grace,
        };
        const window = sendingWindowFor({ id: 'alice' }, simulated, zoned);
        const events = minutes
          .map((m, i) => eventOf('resolved', start + m * MINUTE, { id: `jira:SD-${i}` }))
          .sort((a, b) => a.at - b.at);
        const ledger = new Ledger();
        const sends: number[] = [];
        let next = 0;
        for (let now = start; now < start + 60 * DAY; now += tick * MINUTE) {
          while (next < events.length && (events[next]?.at ?? 0) <= now) {
            const event = events[next++];
            if (event) ledger.onEvent(event, context(now, simulated));
          }
          for (const decision of ledger.dispatch(context(now, simulated))) {
            if (decision.kind === 'send' || decision.kind === 'remind') {
              expect(isWithinBusinessHours(decision.at, window, zoned)).toBe(true);
            }
            if (decision.kind === 'send') sends.push(decision.at);
            if (decision.kind === 'remind') totalReminders++;
          }
        }
        totalSends += sends.length;
        sends.sort((a, b) => a - b);
        for (let i = 1; i < sends.length; i++) {
          expect((sends[i] ?? 0) - (sends[i - 1] ?? 0)).toBeGreaterThanOrEqual(p.minDays * DAY);
        }
        for (const first of sends) {
          expect(sends.filter((t) => t >= first && t < first + 30 * DAY).length).toBeLessThanOrEqual(p.max);
        }
      }),
      { numRuns: 60 },
    );
    // The runs must have exercised the rules, not passed vacuously.
    expect(totalSends).toBeGreaterThan(60);
    expect(totalReminders).toBeGreaterThan(0);
  });
});
