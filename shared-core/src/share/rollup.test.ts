import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rollup } from '../model/rollup';
import { countedResponse } from './responses.fixture';
import {
  addInvitationOutcome,
  addResponse,
  emptyRollup,
  isEmptyRollup,
  mergeAll,
  mergeRollups,
  RollupAccumulator,
  responseCount,
  responseDelta,
} from './rollup';

const outcome = fc.constantFrom(
  'resolved' as const,
  'sent' as const,
  'answered' as const,
  'expired' as const,
);
const rollup: fc.Arbitrary<Rollup> = fc
  .tuple(fc.array(countedResponse, { maxLength: 20 }), fc.array(outcome, { maxLength: 20 }))
  .map(([responses, outcomes]) => {
    const accumulator = new RollupAccumulator();
    for (const response of responses) accumulator.addResponse(response);
    for (const o of outcomes) accumulator.addInvitationOutcome(o);
    return accumulator.toRollup();
  });

/** Rollups compare equal whatever order their factor keys were inserted in. */
const normal = (r: Rollup) => ({
  ...r,
  factors: Object.fromEntries(Object.entries(r.factors).sort(([a], [b]) => (a < b ? -1 : 1))),
});

describe('rollup monoid', () => {
  it('counts a response into every field', () => {
    const r = addResponse(emptyRollup(), { score: 9, factors: ['quick', 'skilled'], lostTimeMinutes: 30 });
    expect(r.histogram).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    expect(r).toMatchObject({ lostTimeAnswers: 1, lostTimeMinutes: 30, lostTimeMinutesSquared: 900 });
    expect(r.factors).toEqual({ quick: 1, skilled: 1 });
  });

  it('does not count an unanswered lost-time question as zero minutes', () => {
    const r = addResponse(emptyRollup(), { score: 4, factors: [] });
    expect(r).toMatchObject({ lostTimeAnswers: 0, lostTimeMinutes: 0 });
    expect(responseCount(r)).toBe(1);
  });

  it('counts a factor listed twice once', () => {
    expect(addResponse(emptyRollup(), { score: 2, factors: ['slow', 'slow'] }).factors).toEqual({ slow: 1 });
  });

  it('counts invitation outcomes', () => {
    const r = ['sent', 'sent', 'answered', 'expired'].reduce(
      (acc, o) => addInvitationOutcome(acc, o as 'sent'),
      emptyRollup(),
    );
    expect(r).toMatchObject({ sent: 2, answered: 1, expired: 1 });
  });

  it('never mutates its inputs', () => {
    const a = addResponse(emptyRollup(), { score: 9, factors: ['quick'], lostTimeMinutes: 5 });
    const copy = JSON.parse(JSON.stringify(a));
    mergeRollups(a, a);
    addResponse(a, { score: 1, factors: ['quick'] });
    addInvitationOutcome(a, 'sent');
    expect(a).toEqual(copy);
  });

  it('is associative', () => {
    fc.assert(
      fc.property(rollup, rollup, rollup, (a, b, c) => {
        expect(normal(mergeRollups(mergeRollups(a, b), c))).toEqual(
          normal(mergeRollups(a, mergeRollups(b, c))),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('is commutative', () => {
    fc.assert(
      fc.property(rollup, rollup, (a, b) => {
        expect(normal(mergeRollups(a, b))).toEqual(normal(mergeRollups(b, a)));
      }),
      { numRuns: 200 },
    );
  });

  it('has the empty rollup as identity', () => {
    fc.assert(
      fc.property(rollup, (a) => {
        expect(normal(mergeRollups(a, emptyRollup()))).toEqual(normal(a));
        expect(normal(mergeRollups(emptyRollup(), a))).toEqual(normal(a));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same counts however responses are split and merged', () => {
    fc.assert(
      fc.property(
        fc.array(countedResponse, { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (responses, cuts) => {
          const whole = responses.reduce(addResponse, emptyRollup());
          const points = [...new Set(cuts.map((c) => c % (responses.length + 1)))].sort((x, y) => x - y);
          const parts: Rollup[] = [];
          let start = 0;
          for (const point of [...points, responses.length]) {
            parts.push(responses.slice(start, point).reduce(addResponse, emptyRollup()));
            start = point;
          }
          expect(normal(mergeAll(parts.reverse()))).toEqual(normal(whole));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('equals the direct computation over raw responses', () => {
    fc.assert(
      fc.property(fc.array(countedResponse, { maxLength: 80 }), (responses) => {
        const r = mergeAll(responses.map((x) => addResponse(emptyRollup(), x)));
        const answered = responses.filter((x) => x.lostTimeMinutes !== undefined);
        expect(responseCount(r)).toBe(responses.length);
        for (let score = 0; score <= 10; score++) {
          expect(r.histogram[score]).toBe(responses.filter((x) => x.score === score).length);
        }
        expect(r.lostTimeAnswers).toBe(answered.length);
        expect(r.lostTimeMinutes).toBe(answered.reduce((s, x) => s + (x.lostTimeMinutes ?? 0), 0));
        expect(r.lostTimeMinutesSquared).toBe(
          answered.reduce((s, x) => s + (x.lostTimeMinutes ?? 0) ** 2, 0),
        );
        for (const factor of ['quick', 'slow', 'unsolved']) {
          expect(r.factors[factor] ?? 0).toBe(responses.filter((x) => x.factors.includes(factor)).length);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('responseDelta', () => {
  it('replaces one answer by another when merged, and undoes it when merged back', () => {
    fc.assert(
      fc.property(rollup, countedResponse, countedResponse, (base, before, after) => {
        const withBefore = addResponse(base, before);
        const edited = mergeRollups(withBefore, responseDelta(before, after));
        expect(normal(edited)).toEqual(normal(addResponse(base, after)));
        const erased = mergeRollups(withBefore, responseDelta(before, undefined));
        expect(normal(erased)).toEqual(normal(base));
      }),
    );
  });

  it('is empty when nothing changed, and says which counts moved otherwise', () => {
    const answer = { score: 9 as const, factors: ['quick'], lostTimeMinutes: 0 };
    expect(isEmptyRollup(responseDelta(answer, answer))).toBe(true);
    expect(isEmptyRollup(emptyRollup())).toBe(true);
    const delta = responseDelta(
      { score: 3, factors: ['slow'] },
      { score: 9, factors: ['quick'], lostTimeMinutes: 30 },
    );
    expect(delta.histogram).toEqual([0, 0, 0, -1, 0, 0, 0, 0, 0, 1, 0]);
    expect(delta.factors).toEqual({ quick: 1, slow: -1 });
    expect(delta).toMatchObject({ lostTimeAnswers: 1, lostTimeMinutes: 30, lostTimeMinutesSquared: 900 });
    expect(isEmptyRollup(delta)).toBe(false);
    expect(isEmptyRollup(addInvitationOutcome(emptyRollup(), 'resolved'))).toBe(false);
  });
});
