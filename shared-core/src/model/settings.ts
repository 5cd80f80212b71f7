import type { Policy } from './policy';

/** What a segment is compared with: the organisation over the same window, or published benchmark values. */
export interface Reference {
  /** Mean lost minutes per ticket; the organisation's when absent. */
  readonly lostMinutes?: number;
  /** Happiness −100…100; the organisation's when absent. */
  readonly happiness?: number;
  /** Shown in explanations, e.g. "the HDI 2025 benchmark". Default "the organisation". */
  readonly name?: string;
}

/** An installation's configuration: the timing policy and how scores are shown and compared. */
export interface Settings {
  readonly policy: Policy;
  /** Below this many answers a score is "not enough answers". */
  readonly minimumSample: number;
  /** Benchmark values opportunities are compared with; the organisation's own when absent. */
  readonly reference?: Reference;
}
