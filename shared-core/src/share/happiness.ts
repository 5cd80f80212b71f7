import type { Rollup } from '../model/rollup';
import { responseCount } from './rollup';

/** Below this many answers a score is "not enough answers", never a number. */
export const DEFAULT_MINIMUM_SAMPLE = 10;

/** A metric that cannot be shown yet, so a UI can never render it as a number by mistake. */
export interface Insufficient {
  readonly kind: 'insufficient';
  readonly n: number;
  readonly minimum: number;
}

/** Happiness with its 95 % interval. */
export interface ScoredHappiness {
  readonly kind: 'scored';
  readonly n: number;
  /** −100 … +100 */
  readonly value: number;
  readonly ci95: readonly [number, number];
  /** Share of 9–10 and of 0–6 answers, 0–1, kept for differences between periods. */
  readonly promoterShare: number;
  readonly detractorShare: number;
  /** Variance of the happiness estimate on the −1…1 scale: `(p9 + p0 − (p9 − p0)²) / n`. */
  readonly variance: number;
}

export type Happiness = Insufficient | ScoredHappiness;

const Z95 = 1.959963984540054;

/**
 * Happiness = % of scores 9–10 minus % of scores 0–6, with a 95 % normal interval from the NPS variance
 * `(p9 + p0 − (p9 − p0)²) / n`, clamped to [−100, 100].
 * @example
 * happiness(rollup) // { kind: 'scored', n: 20, value: 45, ci95: [17.1, 72.9], … }
 * happiness(tinyRollup) // { kind: 'insufficient', n: 4, minimum: 10 }
 */
export function happiness(
  rollup: Pick<Rollup, 'histogram'>,
  options: { readonly minimumSample?: number } = {},
): Happiness {
  const minimum = options.minimumSample ?? DEFAULT_MINIMUM_SAMPLE;
  const n = responseCount(rollup);
  if (n === 0 || n < minimum) return { kind: 'insufficient', n, minimum };
  let promoters = 0;
  let detractors = 0;
  rollup.histogram.forEach((count, score) => {
    if (score >= 9) promoters += count;
    else if (score <= 6) detractors += count;
  });
  const p9 = promoters / n;
  const p0 = detractors / n;
  const variance = (p9 + p0 - (p9 - p0) ** 2) / n;
  const value = 100 * (p9 - p0);
  const half = 100 * Z95 * Math.sqrt(variance);
  return {
    kind: 'scored',
    n,
    value,
    ci95: [Math.max(-100, value - half), Math.min(100, value + half)],
    promoterShare: p9,
    detractorShare: p0,
    variance,
  };
}
