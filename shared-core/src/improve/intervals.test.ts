import { describe, expect, it } from 'vitest';
import { happiness } from '../share/happiness';
import { histogramRollup } from '../share/responses.fixture';
import { happinessDifference, meanCi95, welchDifference } from './intervals';

describe('meanCi95', () => {
  it('matches the hand-computed t interval', () => {
    // n = 25, mean 40, s² = 100: t(0.975, 24) = 2.0639, se = √(100/25) = 2, half-width 4.1278.
    const [low, high] = meanCi95({ n: 25, mean: 40, variance: 100 });
    expect(low).toBeCloseTo(35.8722, 3);
    expect(high).toBeCloseTo(44.1278, 3);
    expect(meanCi95({ n: 1, mean: 5, variance: 0 })).toEqual([
      Number.NEGATIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
  });
});

describe('welchDifference', () => {
  it('matches the hand-computed Welch interval', () => {
    // before n 40, mean 60, s² 900; after n 50, mean 45, s² 400.
    // a = 900/40 = 22.5, b = 400/50 = 8, se = √30.5 = 5.5227
    // df = 30.5² / (22.5²/39 + 8²/49) = 930.25 / (12.9808 + 1.3061) = 65.11; t(0.975, 65.11) ≈ 1.9970
    // interval = −15 ± 1.9970 × 5.5227 = −15 ± 11.029
    const d = welchDifference({ n: 40, mean: 60, variance: 900 }, { n: 50, mean: 45, variance: 400 });
    expect(d.value).toBe(-15);
    expect(d.standardError).toBeCloseTo(5.5227, 4);
    expect(d.ci95[0]).toBeCloseTo(-26.029, 2);
    expect(d.ci95[1]).toBeCloseTo(-3.971, 2);
  });

  it('is a point when neither side varies', () => {
    expect(welchDifference({ n: 5, mean: 2, variance: 0 }, { n: 5, mean: 3, variance: 0 }).ci95).toEqual([
      1, 1,
    ]);
  });
});

describe('happinessDifference', () => {
  it('adds the two NPS variances', () => {
    // before: 12/5/3 → 45, variance 0.027375; after: 3/4/3 → 0, variance 0.06.
    // se = 100 × √0.087375 = 29.559; interval −45 ± 1.95996 × 29.559 = −45 ± 57.935
    const before = happiness(histogramRollup(12, 5, 3));
    const after = happiness(histogramRollup(3, 4, 3));
    if (before.kind !== 'scored' || after.kind !== 'scored') throw new Error('expected scores');
    const d = happinessDifference(before, after);
    expect(d.value).toBeCloseTo(-45, 10);
    expect(d.standardError).toBeCloseTo(29.559, 3);
    expect(d.ci95[0]).toBeCloseTo(-102.935, 2);
    expect(d.ci95[1]).toBeCloseTo(12.935, 2);
  });
});
