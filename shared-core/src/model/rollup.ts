import type { Day } from './time';

/**
 * Additive counts for one (day, segment). Rollups form a monoid under merge, so any period or segment
 * is answered by merging rollups, never by rescanning raw responses.
 */
export interface Rollup {
  /** Count of responses per score, index 0 to 10. */
  readonly histogram: readonly number[];
  /** Responses that answered the lost-time question. */
  readonly lostTimeAnswers: number;
  /** Sum of lost minutes over those responses. */
  readonly lostTimeMinutes: number;
  /** Sum of squared lost minutes, for variances and intervals. */
  readonly lostTimeMinutesSquared: number;
  /** Responses citing each factor id. */
  readonly factors: Readonly<Record<string, number>>;
  /** Resolutions seen, surveyed or not: the ticket volume. */
  readonly resolved: number;
  /** Invitations sent, answered and expired. */
  readonly sent: number;
  readonly answered: number;
  readonly expired: number;
}

/** One stored rollup: the counts of one segment on one day. */
export interface RollupEntry {
  readonly day: Day;
  readonly segmentKey: string;
  readonly rollup: Rollup;
}

/** An inclusive range of days. */
export interface DayRange {
  readonly from: Day;
  readonly to: Day;
}
