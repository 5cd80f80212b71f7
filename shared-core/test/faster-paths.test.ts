import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRollups as buildRollupsBefore } from '../bench/baseline/build-rollups';
import { opportunities as opportunitiesBefore } from '../bench/baseline/opportunities';
import { dateFnsZonedTime as zonedBefore } from '../bench/baseline/policy/date-fns-zoned-time';
import { decideDue as decideDueBefore } from '../bench/baseline/policy/decide-due';
import { decideOnEvent as decideOnEventBefore } from '../bench/baseline/policy/decide-on-event';
import { syntheticResponses } from '../bench/synthetic';
import {
  DAY,
  DailyRollups,
  DEFAULT_POLICY,
  decideDue,
  decideOnEvent,
  HOUR,
  opportunities,
  type Policy,
  type Survey,
  type SurveyHistory,
  type TicketEvent,
} from '../src/index';
import { dateFnsZonedTime as zoned } from '../src/platform/index';

// The faster paths against the algorithms they replaced (kept in bench/baseline): same answers on random inputs.

const ZONES = [
  'Europe/Helsinki',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'UTC',
  'Nowhere/Else',
];
const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) });

const policy: fc.Arbitrary<Policy> = fc
  .record({
    days: fc.subarray([1, 2, 3, 4, 5, 6, 7] as const, { minLength: 1 }),
    start: fc.integer({ min: 0, max: 22 }),
    length: fc.integer({ min: 1, max: 10 }),
    timeZone: fc.constantFrom(...ZONES.slice(0, 5)),
    holidays: fc.array(
      fc.constantFrom('2026-03-29', '2026-03-30', '2026-12-24', '2026-12-25', '2026-02-30', 'not a day'),
      { maxLength: 3 },
    ),
    graceMinutes: fc.constantFrom(0, 60, 600),
    minDaysBetweenSurveys: fc.constantFrom(0, 7),
    maxSurveysPer30Days: fc.constantFrom(1, 3),
    samplingRate: fc.constantFrom(1, 0.5),
  })
  .map((p) => ({
    ...DEFAULT_POLICY,
    businessHours: {
      days: [...p.days],
      start: `${String(p.start).padStart(2, '0')}:30`,
      end: `${String(Math.min(24, p.start + p.length)).padStart(2, '0')}:00`,
    },
    timeZone: p.timeZone,
    holidays: p.holidays,
    graceMinutes: p.graceMinutes,
    minDaysBetweenSurveys: p.minDaysBetweenSurveys,
    maxSurveysPer30Days: p.maxSurveysPer30Days,
    samplingRate: p.samplingRate,
    excludedResolutionCodes: [' Duplicate ', 'SPAM'],
  }));

const event: fc.Arbitrary<TicketEvent> = fc
  .record({
    type: fc.constantFrom('resolved' as const, 'updated' as const, 'reopened' as const),
    at: instant,
    ticket: fc.integer({ min: 1, max: 3 }),
    requester: fc.constantFrom(...ZONES, undefined),
    code: fc.constantFrom('Done', 'duplicate', 'spam ', undefined),
    agent: fc.constantFrom('agent-1', 'user-1', undefined),
    open: fc.boolean(),
  })
  .map((e) => ({
    type: e.type,
    at: e.at,
    ticket: {
      id: `jira:SD-${e.ticket}`,
      kind: 'incident' as const,
      requester: { id: 'user-1', ...(e.requester ? { timeZone: e.requester } : {}) },
      ...(e.agent ? { agentId: e.agent } : {}),
      status: e.open ? ('open' as const) : ('resolved' as const),
      ...(e.code ? { resolutionCode: e.code } : {}),
      segment: { service: 'VPN' },
      createdAt: e.at - DAY,
      ...(e.open ? {} : { resolvedAt: e.at - HOUR }),
    },
  }));

/** Surveys as decided, some of them sent, some cancelled: the history later events are decided against. */
const history = (surveys: readonly Survey[], reopenedAt: readonly number[]): SurveyHistory => ({
  requesterSurveys: surveys,
  ticketSurveys: surveys.filter((s) => s.ticketId === 'jira:SD-1'),
  suppressedResolutions: [],
  reopenedAt,
  optedOut: false,
});

describe('the timing policy decides as before', () => {
  it('on random events, histories and policies, in IANA zones', () => {
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 12 }),
        policy,
        fc.array(instant, { maxLength: 2 }),
        (events, p, reopenedAt) => {
          const surveys: Survey[] = [];
          for (const e of events) {
            const now = e.at + HOUR;
            const seen = history(surveys, reopenedAt);
            const decided = decideOnEvent(e, seen, { policy: p, zoned, now });
            expect(decided).toEqual(decideOnEventBefore(e, seen, { policy: p, zoned: zonedBefore, now }));
            for (const d of decided) {
              if (d.kind !== 'schedule') continue;
              // Every other survey went out when it was due, so fatigue and reminders have something to count.
              surveys.push(
                surveys.length % 2 === 0 ? { ...d.survey, state: 'sent', sentAt: d.survey.sendAt } : d.survey,
              );
            }
          }
          for (const survey of surveys) {
            for (const now of [survey.sendAt, survey.sendAt + 49 * HOUR, survey.sendAt + 15 * DAY]) {
              const seen = history(surveys, reopenedAt);
              const expiring = survey.sentAt ? { ...survey, expiresAt: survey.sentAt + 14 * DAY } : survey;
              expect(decideDue(expiring, seen, { policy: p, zoned, now })).toEqual(
                decideDueBefore(expiring, seen, { policy: p, zoned: zonedBefore, now }),
              );
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads and writes wall clocks as before, in every zone, any minute', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1975, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...ZONES.slice(0, 5)),
        (at, zone) => {
          const local = zoned.toLocal(at, zone);
          expect(local).toEqual(zonedBefore.toLocal(at, zone));
          const { weekday: _weekday, ...reading } = local;
          expect(zoned.fromLocal(reading, zone)).toBe(zonedBefore.fromLocal(reading, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('rollups and opportunities answer as before', () => {
  const eight = {
    dimensions: [
      'service',
      'channel',
      'team',
      'category',
      'priority',
      'location',
      'customer',
      'kind',
    ] as const,
  };

  it('builds the same rollups and the same ranking from synthetic responses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 200, max: 1500 }), (seed, count) => {
        const responses = [...syntheticResponses(count, seed)];
        const before = buildRollupsBefore(responses, eight);
        const now = new DailyRollups(eight);
        for (const r of responses) now.at(r.day, r.segment).addResponse(r).addInvitationOutcome('resolved');
        expect([...now.entries()]).toEqual(before);
        const window = { from: '2026-03-01', to: '2026-08-31' };
        const options = { minimumSample: 5 };
        const ranked = opportunitiesBefore(before, window, options);
        expect(opportunities(now, window, options)).toEqual(ranked);
        expect(opportunities(before, window, options)).toEqual(ranked);
      }),
      { numRuns: 5 },
    );
  });
});
