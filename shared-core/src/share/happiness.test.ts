import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { happiness } from './happiness';
import { countedResponse, histogramRollup } from './responses.fixture';
import { addResponse, emptyRollup } from './rollup';

describe('happiness', () => {
  it('matches the hand-computed vector', () => {
    // 12 × 10, 5 × 8, 3 × 3: n = 20, p9 = 12/20 = 0.6, p0 = 3/20 = 0.15
    // happiness = 100 × (0.6 − 0.15) = 45
    // variance = (p9 + p0 − (p9 − p0)²) / n = (0.75 − 0.2025) / 20 = 0.5475 / 20 = 0.027375
    // half-width = 100 × 1.959964 × √0.027375 = 100 × 1.959964 × 0.165454 = 32.4284
    // interval = [45 − 32.4284, 45 + 32.4284] = [12.5716, 77.4284]
    const result = happiness(histogramRollup(12, 5, 3));
    expect(result.kind).toBe('scored');
    if (result.kind !== 'scored') return;
    expect(result.n).toBe(20);
    expect(result.value).toBeCloseTo(45, 10);
    expect(result.variance).toBeCloseTo(0.027375, 12);
    expect(result.ci95[0]).toBeCloseTo(12.5716, 4);
    expect(result.ci95[1]).toBeCloseTo(77.4284, 4);
  });

  it('matches a second vector with no passives', () => {
    // 3 × 10, 4 × 8, 3 × 3: n = 10, p9 = 0.3, p0 = 0.3 → happiness 0
    // variance = (0.3 + 0.3 − 0²) / 10 = 0.06; half-width = 100 × 1.959964 × √0.06 = 48.0091
    const result = happiness(histogramRollup(3, 4, 3));
    expect(result).toMatchObject({ kind: 'scored', value: 0 });
    if (result.kind === 'scored') expect(result.ci95[1]).toBeCloseTo(48.0091, 4);
  });

  it('is +100 with a zero-width interval when everyone is a promoter, −100 when everyone is a detractor', () => {
    // p9 = 1, p0 = 0: variance = (1 + 0 − 1²) / n = 0
    expect(happiness(histogramRollup(15, 0, 0))).toMatchObject({ value: 100, ci95: [100, 100], variance: 0 });
    expect(happiness(histogramRollup(0, 0, 15))).toMatchObject({
      value: -100,
      ci95: [-100, -100],
      variance: 0,
    });
  });

  it('is "not enough answers" below the minimum sample, and at zero answers whatever the minimum', () => {
    expect(happiness(histogramRollup(5, 2, 2))).toEqual({ kind: 'insufficient', n: 9, minimum: 10 });
    expect(happiness(histogramRollup(5, 2, 2), { minimumSample: 9 }).kind).toBe('scored');
    expect(happiness(emptyRollup(), { minimumSample: 0 })).toEqual({
      kind: 'insufficient',
      n: 0,
      minimum: 0,
    });
  });

  it('always lies in [−100, 100] with its value inside its interval', () => {
    fc.assert(
      fc.property(fc.array(countedResponse, { minLength: 1, maxLength: 60 }), (responses) => {
        const result = happiness(responses.reduce(addResponse, emptyRollup()), { minimumSample: 1 });
        if (result.kind !== 'scored') throw new Error('expected a score');
        const promoters = responses.filter((r) => r.score >= 9).length;
        const detractors = responses.filter((r) => r.score <= 6).length;
        expect(result.value).toBeCloseTo((100 * (promoters - detractors)) / responses.length, 9);
        expect(result.ci95[0]).toBeGreaterThanOrEqual(-100);
        expect(result.ci95[1]).toBeLessThanOrEqual(100);
        expect(result.ci95[0]).toBeLessThanOrEqual(result.value + 1e-9);
        expect(result.ci95[1]).toBeGreaterThanOrEqual(result.value - 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
