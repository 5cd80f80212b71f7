import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedResponse, histogramRollup, rollupOf } from './responses.fixture';
import { addInvitationOutcome, addResponse, emptyRollup } from './rollup';
import { factorLifts, factorShares, lostTime, meanScore, responseRate, summarize } from './scorecard';

describe('scorecard metrics', () => {
  it('computes the mean score from the histogram', () => {
    // (12 × 10 + 5 × 8 + 3 × 3) / 20 = (120 + 40 + 9) / 20 = 8.45
    expect(meanScore(histogramRollup(12, 5, 3))).toEqual({ kind: 'scored', n: 20, value: 8.45 });
    expect(meanScore(histogramRollup(1, 1, 1)).kind).toBe('insufficient');
  });

  it('computes lost time mean, total and variance over answers only', () => {
    const minutes = [0, 15, 30, 60, 120];
    const rollup = minutes.reduce(
      (r, m) => addResponse(r, { score: 5, factors: [], lostTimeMinutes: m }),
      addResponse(emptyRollup(), { score: 9, factors: [] }),
    );
    // mean = 225 / 5 = 45; variance = Σ(m − 45)² / 4 = (2025 + 900 + 225 + 225 + 5625) / 4 = 2250
    expect(lostTime(rollup, { minimumSample: 5 })).toEqual({
      kind: 'scored',
      n: 5,
      meanMinutes: 45,
      totalMinutes: 225,
      varianceMinutes: 2250,
    });
    expect(lostTime(rollup)).toEqual({ kind: 'insufficient', n: 5, minimum: 10 });
    expect(
      lostTime(addResponse(emptyRollup(), { score: 1, factors: [], lostTimeMinutes: 30 }), {
        minimumSample: 1,
      }),
    ).toMatchObject({ varianceMinutes: 0 });
  });

  it('computes the response rate, and none when nothing was sent', () => {
    expect(responseRate({ sent: 40, answered: 10 })).toEqual({ sent: 40, answered: 10, rate: 0.25 });
    expect(responseRate({ sent: 0, answered: 0 }).rate).toBeNull();
  });

  it('ranks factor shares by count then id', () => {
    const rollup = rollupOf([
      { score: 2, factors: ['slow', 'repeat'] },
      { score: 3, factors: ['slow'] },
      { score: 9, factors: ['quick'] },
      { score: 9, factors: [] },
    ]);
    expect(factorShares(rollup)).toEqual([
      { factor: 'slow', count: 2, share: 0.5 },
      { factor: 'quick', count: 1, share: 0.25 },
      { factor: 'repeat', count: 1, share: 0.25 },
    ]);
  });

  it('computes lift against a reference, and none for a factor the reference never cites', () => {
    const segment = rollupOf([
      { score: 2, factors: ['slow'] },
      { score: 3, factors: ['slow', 'new'] },
    ]);
    const overall = rollupOf([
      { score: 2, factors: ['slow'] },
      { score: 9, factors: [] },
      { score: 9, factors: [] },
      { score: 9, factors: [] },
    ]);
    // slow: share 2/2 = 1 in the segment, 1/4 overall → lift 4
    expect(factorLifts(segment, overall)).toEqual([
      { factor: 'slow', count: 2, share: 1, overallShare: 0.25, lift: 4 },
      { factor: 'new', count: 1, share: 0.5, overallShare: 0, lift: null },
    ]);
  });

  it('summarises a rollup into the same figures the raw responses give', () => {
    fc.assert(
      fc.property(
        fc.array(countedResponse, { maxLength: 60 }),
        fc.nat({ max: 80 }),
        (responses, extraSent) => {
          let rollup = responses.reduce(addResponse, emptyRollup());
          for (let i = 0; i < responses.length + extraSent; i++)
            rollup = addInvitationOutcome(rollup, 'sent');
          for (let i = 0; i < responses.length; i++) rollup = addInvitationOutcome(rollup, 'answered');
          const card = summarize(rollup, { minimumSample: 1 });
          expect(card.responses).toBe(responses.length);
          if (responses.length === 0) {
            expect(card.happiness.kind).toBe('insufficient');
            return;
          }
          const mean = responses.reduce((s, r) => s + r.score, 0) / responses.length;
          expect(card.meanScore).toMatchObject({ kind: 'scored', value: expect.closeTo(mean, 9) });
          const answered = responses.filter((r) => r.lostTimeMinutes !== undefined);
          if (answered.length > 0) {
            const total = answered.reduce((s, r) => s + (r.lostTimeMinutes ?? 0), 0);
            expect(card.lostTime).toMatchObject({
              totalMinutes: total,
              meanMinutes: expect.closeTo(total / answered.length, 9),
            });
          }
          expect(card.responseRate.rate).toBeCloseTo(responses.length / (responses.length + extraSent), 12);
          for (const { factor, share } of card.factors) {
            expect(share).toBeCloseTo(
              responses.filter((r) => r.factors.includes(factor)).length / responses.length,
              12,
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
