import type { Score, ScoreBand } from '../model/response';

/**
 * The band a score falls in: 9–10 positive, 7–8 neutral, 0–6 negative. The band picks the factor list.
 * @example scoreBand(8) // 'neutral'
 */
export function scoreBand(score: Score): ScoreBand {
  if (score >= 9) return 'positive';
  return score >= 7 ? 'neutral' : 'negative';
}

/**
 * Whether a value is a whole score from 0 to 10.
 * @example isScore(7) // true; isScore(7.5) // false
 */
export function isScore(value: unknown): value is Score {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10;
}
