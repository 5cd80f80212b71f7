import type { TicketKind } from './ticket';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** When invitations and reminders may go out, in the requester's own time zone. */
export interface BusinessHours {
  /** ISO weekdays on which mail may go out; default Monday to Friday. */
  readonly days: readonly Weekday[];
  /** Local opening time `HH:MM`, inclusive; default `09:00`. */
  readonly start: string;
  /** Local closing time `HH:MM`, exclusive; default `17:00`. Must be after `start`. */
  readonly end: string;
}

/** The timing rules of Measure. Every key is optional in the admin's JSON; missing keys take the defaults. */
export interface Policy {
  /** Minutes to wait after resolution before inviting, so a quick reopen cancels the survey. Default 60. */
  readonly graceMinutes: number;
  /** Sending window in the requester's time zone. */
  readonly businessHours: BusinessHours;
  /** IANA time zone for requesters whose zone is unknown. Default `UTC`. */
  readonly timeZone: string;
  /** Days (`YYYY-MM-DD`, in the requester's zone) when nothing is sent. Default none. */
  readonly holidays: readonly string[];
  /** Hours after sending to send the single reminder; `null` sends none. Default 48. */
  readonly reminderAfterHours: number | null;
  /** Days after sending when an unanswered survey expires. Default 14. */
  readonly expireAfterDays: number;
  /** Fewest days between two invitations to the same requester. Default 7. */
  readonly minDaysBetweenSurveys: number;
  /** Most invitations to the same requester in any 30 days. Default 3. */
  readonly maxSurveysPer30Days: number;
  /** Share of eligible resolutions surveyed, 0–1, decided by a hash of the ticket id. Default 1. */
  readonly samplingRate: number;
  /** Resolution codes never surveyed (compared without case). Default duplicate, cancelled, spam, … */
  readonly excludedResolutionCodes: readonly string[];
  /** Request types never surveyed (compared without case). Default none. */
  readonly excludedRequestTypes: readonly string[];
  /** Requester ids or e-mail addresses never surveyed (integrations, monitoring). Default none. */
  readonly serviceAccounts: readonly string[];
  /** Which kinds of ticket are surveyed. Default both. */
  readonly surveyKinds: readonly TicketKind[];
}
