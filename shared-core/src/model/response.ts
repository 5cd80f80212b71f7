import type { Instant } from './time';

/** Where the answer came from: the e-mail link, the portal, or the platform's own survey before XLoop (imported). */
export type ResponseChannel = 'email' | 'portal' | 'imported';

/** An integer from 0 to 10. */
export type Score = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** The score band decides which factor list is offered: 9–10, 7–8, 0–6. */
export type ScoreBand = 'positive' | 'neutral' | 'negative';

/** One requester's answer to one survey. */
export interface Response {
  readonly surveyId: string;
  readonly ticketId: string;
  readonly score: Score;
  /** Factor ids from the instrument, all from the band of `score`. */
  readonly factors: readonly string[];
  /** The lost-time option chosen, if the question was answered. */
  readonly lostTimeOption?: string;
  /** Minutes of work the requester lost, from the lost-time option; absent when not answered. */
  readonly lostTimeMinutes?: number;
  readonly comment?: string;
  /** An instrument locale, e.g. `de`. */
  readonly locale: string;
  readonly channel: ResponseChannel;
  readonly answeredAt: Instant;
}
