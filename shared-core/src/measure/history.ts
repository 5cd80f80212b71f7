import type { Survey } from '../model/survey';
import type { Instant } from '../model/time';
import type { ZonedTime } from '../ports';
import type { Policy } from './policy';

/**
 * What the stores know when an event or a due survey is decided. The timing policy is a pure function of this,
 * the event and the clock, so a replay with the same history decides the same.
 */
export interface SurveyHistory {
  /** The requester's surveys on any ticket, for the fatigue caps. */
  readonly requesterSurveys: readonly Survey[];
  /** This ticket's surveys, one per surveyed resolution. */
  readonly ticketSurveys: readonly Survey[];
  /** Resolution keys of this ticket already decided against. */
  readonly suppressedResolutions: readonly string[];
  /** When this ticket was seen open again after a resolution. */
  readonly reopenedAt: readonly Instant[];
  /** The requester asked not to be surveyed. */
  readonly optedOut: boolean;
}

/** What a decision is taken with: the policy, the time zones and the present. */
export interface PolicyContext {
  readonly policy: Policy;
  readonly zoned: ZonedTime;
  readonly now: Instant;
}

/** A history with nothing in it: a first resolution of a first ticket. */
export const EMPTY_HISTORY: SurveyHistory = {
  requesterSurveys: [],
  ticketSurveys: [],
  suppressedResolutions: [],
  reopenedAt: [],
  optedOut: false,
};
