import type { ScoredHappiness } from '../share/happiness';
import { normalQuantile, studentTQuantile } from './student-t';

/** What an interval of a mean needs: the count, the mean and the sample variance. */
export interface Sample {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
}

/** A difference `after − before` with its 95 % interval. */
export interface Difference {
  readonly value: number;
  readonly ci95: readonly [number, number];
  readonly standardError: number;
}

const Z95 = normalQuantile(0.975);

/**
 * The 95 % interval of a mean from Student's t with n − 1 degrees of freedom (the normal one for large n).
 * @example meanCi95({ n: 25, mean: 40, variance: 100 }) // [35.872…, 44.127…]: 40 ± 2.0639 × √(100/25)
 */
export function meanCi95(sample: Sample): readonly [number, number] {
  if (sample.n < 2) return [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  const half = studentTQuantile(0.975, sample.n - 1) * Math.sqrt(sample.variance / sample.n);
  return [sample.mean - half, sample.mean + half];
}

/**
 * Welch's difference of two means, `after − before`, with the Welch–Satterthwaite degrees of freedom: it does not
 * assume the two periods have the same spread.
 * @example welchDifference({ n: 40, mean: 60, variance: 900 }, { n: 50, mean: 45, variance: 400 }).value // −15
 */
export function welchDifference(before: Sample, after: Sample): Difference {
  const a = before.variance / before.n;
  const b = after.variance / after.n;
  const standardError = Math.sqrt(a + b);
  const value = after.mean - before.mean;
  if (standardError === 0) return { value, ci95: [value, value], standardError };
  const df = (a + b) ** 2 / ((a * a) / (before.n - 1) + (b * b) / (after.n - 1));
  const half = studentTQuantile(0.975, Math.max(1, df)) * standardError;
  return { value, ci95: [value - half, value + half], standardError };
}

/**
 * The change in happiness, `after − before` in points, with a 95 % interval from the two NPS variances: the
 * periods are independent samples, so the variance of the difference is the sum of theirs.
 * @example happinessDifference(before, after) // { value: 12.5, ci95: [1.2, 23.8], … }
 */
export function happinessDifference(before: ScoredHappiness, after: ScoredHappiness): Difference {
  const standardError = 100 * Math.sqrt(before.variance + after.variance);
  const value = after.value - before.value;
  return { value, ci95: [value - Z95 * standardError, value + Z95 * standardError], standardError };
}
