import type { Survey, SurveyState } from '../model/survey';
import type { Instant } from '../model/time';
import { err, ok, type Result } from '../result';
import type { Decision } from './decision';

/** What can happen to a survey. */
export type SurveyTransition =
  | { readonly kind: 'send'; readonly at: Instant; readonly expiresAt: Instant }
  | { readonly kind: 'remind'; readonly at: Instant }
  | { readonly kind: 'answer'; readonly at: Instant }
  | { readonly kind: 'expire'; readonly at: Instant }
  | { readonly kind: 'cancel'; readonly at: Instant };

export interface TransitionError {
  readonly code: 'invalid-transition';
  readonly message: string;
}

// `scheduled → sent → (reminded) → answered | expired | cancelled`; a requester may answer from the portal before
// the invitation goes out, and answering again edits the answer, so `answered → answered` is allowed.
const ALLOWED: Record<SurveyTransition['kind'], readonly SurveyState[]> = {
  send: ['scheduled'],
  remind: ['sent'],
  answer: ['scheduled', 'sent', 'reminded', 'answered'],
  expire: ['sent', 'reminded'],
  cancel: ['scheduled'],
};

const TARGET: Record<SurveyTransition['kind'], SurveyState> = {
  send: 'sent',
  remind: 'reminded',
  answer: 'answered',
  expire: 'expired',
  cancel: 'cancelled',
};

/**
 * The survey after a transition, or an error naming the states it is allowed from. Pure: the stores persist the
 * result.
 * @example transition(scheduled, { kind: 'send', at, expiresAt }) // { ok: true, value: { state: 'sent', sentAt: at, … } }
 * @example transition(expired, { kind: 'answer', at }) // { ok: false, error: { code: 'invalid-transition', … } }
 */
export function transition(survey: Survey, change: SurveyTransition): Result<Survey, TransitionError> {
  if (ALLOWED[change.kind].indexOf(survey.state) < 0) {
    return err({
      code: 'invalid-transition',
      message: `cannot ${change.kind} a survey that is ${survey.state} (allowed from ${ALLOWED[change.kind].join(', ')})`,
    });
  }
  const state = TARGET[change.kind];
  switch (change.kind) {
    case 'send':
      return ok({ ...survey, state, sentAt: change.at, expiresAt: change.expiresAt });
    case 'remind':
      return ok({ ...survey, state, remindedAt: change.at });
    case 'answer':
      return ok({ ...survey, state, answeredAt: survey.answeredAt ?? change.at });
    default:
      return ok({ ...survey, state, closedAt: change.at });
  }
}

/**
 * A decision's effect on the survey it names; `schedule` replaces the survey (a move keeps its id). `suppress`
 * creates no survey and is rejected here.
 * @example applyDecision(survey, { kind: 'cancel', surveyId: survey.id, at, reasons }) // { ok: true, value: { state: 'cancelled', … } }
 */
export function applyDecision(
  survey: Survey | undefined,
  decision: Decision,
): Result<Survey, TransitionError> {
  if (decision.kind === 'schedule') {
    if (survey !== undefined && survey.state !== 'scheduled') {
      return err({
        code: 'invalid-transition',
        message: `cannot reschedule a survey that is ${survey.state}`,
      });
    }
    return ok(decision.survey);
  }
  if (decision.kind === 'suppress' || survey === undefined || survey.id !== decision.surveyId) {
    return err({
      code: 'invalid-transition',
      message: `decision ${decision.kind} does not apply to this survey`,
    });
  }
  const next =
    decision.kind === 'send'
      ? transition(survey, { kind: 'send', at: decision.at, expiresAt: decision.expiresAt })
      : transition(survey, { kind: decision.kind, at: decision.at });
  if (!next.ok) return next;
  return ok({ ...next.value, reasons: [...survey.reasons, ...decision.reasons] });
}
