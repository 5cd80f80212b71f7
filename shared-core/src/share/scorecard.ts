import type { Rollup } from '../model/rollup';
import { DEFAULT_MINIMUM_SAMPLE, type Happiness, happiness, type Insufficient } from './happiness';
import { responseCount } from './rollup';

export interface MeanScore {
  readonly kind: 'scored';
  readonly n: number;
  /** 0–10 */
  readonly value: number;
}

export interface LostTime {
  readonly kind: 'scored';
  /** Responses that answered the lost-time question. */
  readonly n: number;
  readonly meanMinutes: number;
  readonly totalMinutes: number;
  /** Sample variance of lost minutes per response (n − 1 denominator); 0 for a single answer. */
  readonly varianceMinutes: number;
}

export interface ResponseRate {
  readonly sent: number;
  readonly answered: number;
  /** answered / sent, 0–1; null when nothing was sent. */
  readonly rate: number | null;
}

export interface FactorShare {
  readonly factor: string;
  readonly count: number;
  /** Responses citing the factor / responses, 0–1. */
  readonly share: number;
}

export interface FactorLift extends FactorShare {
  /** The factor's share overall (the reference). */
  readonly overallShare: number;
  /** share / overallShare; null when the factor never appears in the reference. */
  readonly lift: number | null;
}

export interface MetricOptions {
  /** Below this many answers a metric is insufficient (default 10). */
  readonly minimumSample?: number;
}

/**
 * Mean of the 0–10 scores.
 * @example meanScore(rollup) // { kind: 'scored', n: 20, value: 7.4 }
 */
export function meanScore(
  rollup: Pick<Rollup, 'histogram'>,
  options: MetricOptions = {},
): MeanScore | Insufficient {
  const minimum = options.minimumSample ?? DEFAULT_MINIMUM_SAMPLE;
  const n = responseCount(rollup);
  if (n === 0 || n < minimum) return { kind: 'insufficient', n, minimum };
  let sum = 0;
  rollup.histogram.forEach((count, score) => {
    sum += count * score;
  });
  return { kind: 'scored', n, value: sum / n };
}

/**
 * Mean and total minutes of lost work over the responses that answered the question.
 * @example lostTime(rollup) // { kind: 'scored', n: 18, meanMinutes: 42.5, totalMinutes: 765, … }
 */
export function lostTime(
  rollup: Pick<Rollup, 'lostTimeAnswers' | 'lostTimeMinutes' | 'lostTimeMinutesSquared'>,
  options: MetricOptions = {},
): LostTime | Insufficient {
  const minimum = options.minimumSample ?? DEFAULT_MINIMUM_SAMPLE;
  const n = rollup.lostTimeAnswers;
  if (n === 0 || n < minimum) return { kind: 'insufficient', n, minimum };
  const mean = rollup.lostTimeMinutes / n;
  const variance = n > 1 ? Math.max(0, (rollup.lostTimeMinutesSquared - n * mean * mean) / (n - 1)) : 0;
  return {
    kind: 'scored',
    n,
    meanMinutes: mean,
    totalMinutes: rollup.lostTimeMinutes,
    varianceMinutes: variance,
  };
}

/**
 * Answered / sent invitations.
 * @example responseRate({ sent: 40, answered: 10 }) // { sent: 40, answered: 10, rate: 0.25 }
 */
export function responseRate(rollup: Pick<Rollup, 'sent' | 'answered'>): ResponseRate {
  return {
    sent: rollup.sent,
    answered: rollup.answered,
    rate: rollup.sent > 0 ? rollup.answered / rollup.sent : null,
  };
}

/**
 * Each cited factor's share of responses, most cited first (ties by id, so output is stable).
 * @example factorShares(rollup) // [{ factor: 'slow-service', count: 6, share: 0.3 }, …]
 */
export function factorShares(rollup: Pick<Rollup, 'histogram' | 'factors'>): readonly FactorShare[] {
  const n = responseCount(rollup);
  return Object.keys(rollup.factors)
    .map((factor) => {
      const count = rollup.factors[factor] as number;
      return { factor, count, share: n > 0 ? count / n : 0 };
    })
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || (a.factor < b.factor ? -1 : a.factor > b.factor ? 1 : 0));
}

/**
 * Factor shares in a segment against a reference (usually the whole organisation): lift = share / overall share.
 * @example factorLifts(segmentRollup, organisationRollup)[0] // { factor: 'slow-service', share: 0.5, overallShare: 0.2, lift: 2.5, … }
 */
export function factorLifts(
  segment: Pick<Rollup, 'histogram' | 'factors'>,
  reference: Pick<Rollup, 'histogram' | 'factors'>,
): readonly FactorLift[] {
  const referenceN = responseCount(reference);
  return factorShares(segment).map((entry) => {
    const overallShare = referenceN > 0 ? (reference.factors[entry.factor] ?? 0) / referenceN : 0;
    return { ...entry, overallShare, lift: overallShare > 0 ? entry.share / overallShare : null };
  });
}

/** Every score of one rollup: what a dashboard tile or report row shows. */
export interface Scorecard {
  readonly responses: number;
  readonly happiness: Happiness;
  readonly meanScore: MeanScore | Insufficient;
  readonly lostTime: LostTime | Insufficient;
  readonly responseRate: ResponseRate;
  readonly factors: readonly FactorShare[];
}

/**
 * The whole scorecard of a rollup.
 * @example summarize(rollup, { minimumSample: 10 }).happiness.kind // 'scored' or 'insufficient'
 */
export function summarize(rollup: Rollup, options: MetricOptions = {}): Scorecard {
  return {
    responses: responseCount(rollup),
    happiness: happiness(rollup, options),
    meanScore: meanScore(rollup, options),
    lostTime: lostTime(rollup, options),
    responseRate: responseRate(rollup),
    factors: factorShares(rollup),
  };
}
