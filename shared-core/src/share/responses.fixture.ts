import fc from 'fast-check';
import type { Score } from '../model/response';
import type { Rollup } from '../model/rollup';
import { type CountedResponse, RollupAccumulator } from './rollup';

/** Arbitrary counted responses with a small factor vocabulary, so factors collide as in real data. */
export const countedResponse: fc.Arbitrary<CountedResponse> = fc.record(
  {
    score: fc.integer({ min: 0, max: 10 }).map((n) => n as Score),
    factors: fc.uniqueArray(fc.constantFrom('quick', 'skilled', 'informed', 'slow', 'repeat', 'unsolved'), {
      maxLength: 3,
    }),
    lostTimeMinutes: fc.option(fc.constantFrom(0, 15, 30, 60, 120, 240, 480), { nil: undefined }),
  },
  { requiredKeys: ['score', 'factors'] },
);

/** A rollup with `counts` scores of each band: promoters 10, passives 8, detractors 3. */
export function histogramRollup(promoters: number, passives: number, detractors: number): Rollup {
  const histogram = [0, 0, 0, detractors, 0, 0, 0, 0, passives, 0, promoters];
  return {
    histogram,
    lostTimeAnswers: 0,
    lostTimeMinutes: 0,
    lostTimeMinutesSquared: 0,
    factors: {},
    resolved: 0,
    sent: 0,
    answered: 0,
    expired: 0,
  };
}

/** The rollup of a list of responses. */
export function rollupOf(
  responses: ReadonlyArray<{ score: number; factors: string[]; lostTimeMinutes?: number }>,
): Rollup {
  const accumulator = new RollupAccumulator();
  for (const response of responses) accumulator.addResponse(response as CountedResponse);
  return accumulator.toRollup();
}
