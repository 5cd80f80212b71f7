import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, type Dimension, type Segment } from '../model/segment';
import { DailyRollups } from './daily-rollups';
import { countedResponse } from './responses.fixture';
import { type CountedResponse, type InvitationOutcome, RollupAccumulator } from './rollup';
import { type DayRange, type RollupEntry, rangeTotals } from './rollup-query';
import { type RollupShape, rollupKeysFor } from './segment-key';

// Few values, some needing escapes, so keys and (day, key) slots collide as in real data.
const value = fc.constantFrom('VPN', 'E-mail', 'a|b', 'x=y', '50%', '');
const segment: fc.Arbitrary<Segment> = fc.record(
  Object.fromEntries(DIMENSIONS.map((d) => [d, value])) as Record<Dimension, fc.Arbitrary<string>>,
  { requiredKeys: [] },
);
const dimensions = fc.subarray(DIMENSIONS.slice());
const shape: fc.Arbitrary<RollupShape> = fc.record(
  { dimensions, pairDimensions: dimensions },
  { requiredKeys: [] },
);
const day = fc.constantFrom('2026-01-30', '2026-01-31', '2026-02-01', '2026-03-15');
const outcome = fc.constantFrom<InvitationOutcome>('resolved', 'sent', 'answered', 'expired');
// Many factors, so records widen while counting.
const manyFactors: fc.Arbitrary<CountedResponse> = fc.record({
  score: fc.constantFrom(0, 5, 10) as fc.Arbitrary<CountedResponse['score']>,
  factors: fc.array(
    fc.integer({ min: 0, max: 40 }).map((n) => `factor-${n}`),
    { maxLength: 30 },
  ),
});
const counted = fc.record(
  {
    day,
    segment,
    response: fc.option(fc.oneof(countedResponse, manyFactors), { nil: undefined }),
    outcomes: fc.array(outcome, { maxLength: 2 }),
  },
  { requiredKeys: ['day', 'segment', 'outcomes'] },
);
type Counted = typeof counted extends fc.Arbitrary<infer T> ? T : never;

/** The straightforward way: the keys joined per response, one accumulator per (day, key). */
function reference(events: readonly Counted[], rollupShape: RollupShape): RollupEntry[] {
  const days = new Map<string, Map<string, RollupAccumulator>>();
  for (const event of events) {
    let slots = days.get(event.day);
    if (!slots) {
      slots = new Map();
      days.set(event.day, slots);
    }
    for (const key of rollupKeysFor(event.segment, rollupShape)) {
      let accumulator = slots.get(key);
      if (!accumulator) {
        accumulator = new RollupAccumulator();
        slots.set(key, accumulator);
      }
      if (event.response) accumulator.addResponse(event.response);
      for (const o of event.outcomes) accumulator.addInvitationOutcome(o);
    }
  }
  return [...days].flatMap(([d, slots]) =>
    [...slots].map(([segmentKey, accumulator]) => ({ day: d, segmentKey, rollup: accumulator.toRollup() })),
  );
}

function counting(events: readonly Counted[], rollupShape: RollupShape): DailyRollups {
  const rollups = new DailyRollups(rollupShape);
  for (const event of events) {
    rollups.at(event.day, event.segment);
    if (event.response) rollups.addResponse(event.response);
    for (const o of event.outcomes) rollups.addInvitationOutcome(o);
  }
  return rollups;
}

describe('daily rollups', () => {
  it('counts a response in the organisation, each dimension and each pair of its day', () => {
    const rollups = new DailyRollups();
    rollups
      .at('2026-11-24', { service: 'VPN', team: 'Desk' })
      .addResponse({ score: 3, factors: ['slow', 'slow'], lostTimeMinutes: 150 })
      .addInvitationOutcome('answered');
    const entries = [...rollups.entries()];
    expect(entries.map((e) => e.segmentKey)).toEqual([
      '',
      'service=VPN',
      'team=Desk',
      'service=VPN|team=Desk',
    ]);
    expect(entries[3]?.rollup).toEqual({
      histogram: [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0],
      lostTimeAnswers: 1,
      lostTimeMinutes: 150,
      lostTimeMinutesSquared: 22500,
      factors: { slow: 1 },
      resolved: 0,
      sent: 0,
      answered: 1,
      expired: 0,
    });
    expect(rollups.size).toBe(4);
  });

  it('gives the same entries, in the same order, as accumulators over rollupKeysFor', () => {
    fc.assert(
      fc.property(fc.array(counted, { maxLength: 40 }), shape, (events, rollupShape) => {
        expect([...counting(events, rollupShape).entries()]).toEqual(reference(events, rollupShape));
      }),
      { numRuns: 300 },
    );
  });

  it('sums each key over day ranges as merging its entries does', () => {
    const range = fc
      .tuple(day, day)
      .map(([a, b]): DayRange => (a <= b ? { from: a, to: b } : { from: b, to: a }));
    fc.assert(
      fc.property(
        fc.array(counted, { maxLength: 40 }),
        fc.array(range, { minLength: 1, maxLength: 3 }),
        (events, ranges) => {
          const rollups = counting(events, {});
          expect(rollups.rangeTotals(ranges)).toEqual(rangeTotals(rollups.entries(), ranges));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('adds stored rollups by key, as merging them does', () => {
    fc.assert(
      fc.property(fc.array(counted, { maxLength: 30 }), (events) => {
        const stored = reference(events, {});
        const reread = new DailyRollups();
        // Twice, so every rollup is doubled: a merge into a key already held.
        for (const entry of [...stored, ...stored])
          reread.atKey(entry.day, entry.segmentKey).add(entry.rollup);
        const doubled = stored.map((entry) => ({
          ...entry,
          rollup: new RollupAccumulator().merge(entry.rollup).merge(entry.rollup).toRollup(),
        }));
        expect([...reread.entries()]).toEqual(doubled);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a score outside 0–10 rather than count it in another column', () => {
    const rollups = new DailyRollups().at('2026-11-24', {});
    expect(() => rollups.addResponse({ score: 11 as never, factors: [] })).toThrow(RangeError);
  });
});
