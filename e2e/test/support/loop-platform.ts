import type { Ports, Role } from '@xloop/shared-core';
import type { QuarterAnswer, QuarterChange, QuarterTicket } from './quarter';

/** An invitation as the requester received it: its survey and the eleven score links' tokens, 0 to 10. */
export interface Delivered {
  readonly surveyId: string;
  readonly scoreTokens: readonly string[];
}

/** Someone using a platform's screens: who they are and what the platform knows them as. */
export interface Person {
  readonly accountId: string;
  readonly role: Role;
}

/** A resolver's answer as a screen gets it: the HTTP-like status, and the value when it is 200. */
export interface Called {
  readonly status: number;
  readonly value?: unknown;
}

/**
 * One platform of the whole loop, driven only through its adapter's own entry points: its ticket events, its
 * scheduled work, its one-click links and its resolvers. The ports are read at the end to compare the platforms.
 */
export interface LoopPlatform {
  readonly name: string;
  readonly ports: Ports;
  /** The platform's id of ticket `n`. */
  ticketId(n: number): string;
  /** Turns the platform's ticket ids (and keys) in a JSON text into the quarter's `T<n>`. */
  canonicalIds(json: string): string;
  /** A change on the ticket, made at `change.at`, and the platform's event for it handled as the platform does. */
  change(ticket: QuarterTicket, change: QuarterChange): Promise<void>;
  /** The scheduled work at `now`: decisions, sending, folding. The invitations that went out in it. */
  tick(now: number): Promise<readonly Delivered[]>;
  /** The requester clicks a score link in the e-mail: the page opens with that score chosen, nothing is recorded. */
  click(token: string): Promise<number>;
  /** The requester taps Send on the form the click opened, with the rest of the answer filled in: it is recorded. */
  followUp(token: string, answer: QuarterAnswer): Promise<number>;
  /** A screen calls a resolver as `person`. */
  call(person: Person, name: string, payload: unknown): Promise<Called>;
  close(): Promise<void>;
}

/** The follow-up form's fields, as a browser posts them. */
export function followUpForm(token: string, answer: QuarterAnswer): URLSearchParams {
  const form = new URLSearchParams({ token, score: String(answer.score) });
  for (const factor of answer.factors) form.append('factors', factor);
  if (answer.lostTime) form.set('lostTime', answer.lostTime);
  if (answer.comment) form.set('comment', answer.comment);
  return form;
}

/** The portal's answer, as the rating screen sends it. */
export const portalAnswer = (answer: QuarterAnswer) => ({
  score: answer.score,
  factors: answer.factors,
  ...(answer.lostTime ? { lostTime: answer.lostTime } : {}),
  ...(answer.comment ? { comment: answer.comment } : {}),
});
