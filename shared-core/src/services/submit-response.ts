import { TICKET_SURVEY } from '../measure/instrument';
import { resolveLocale } from '../measure/locale';
import { transition } from '../measure/survey-lifecycle';
import { EDIT_GRANT_MINUTES, signToken, type TokenErrorCode, verifyToken } from '../measure/token';
import { type AnswerError, validateAnswer } from '../measure/validate-answer';
import type { ResponseChannel } from '../model/response';
import type { Survey } from '../model/survey';
import { DAY, type Instant, MINUTE } from '../model/time';
import type { CountedAnswer, Ports, StoredResponse } from '../ports';
import { err, ok, type Result } from '../result';
import { mergeRollups, responseDelta } from '../share/rollup';
import { outcomeDelta, rollupDay } from '../share/rollup-day';
import { rollupKeysFor } from '../share/segment-key';
import { all, andThen, type Step } from '../step';

/** An answer, identified by the one-click token from the e-mail or by the signed-in requester in the portal. */
export type Submission =
  | { readonly by: 'token'; readonly token: string; readonly answer?: unknown }
  | {
      readonly by: 'requester';
      readonly requesterId: string;
      readonly surveyId: string;
      readonly answer: unknown;
    };

export type SubmitErrorCode =
  | TokenErrorCode
  | 'unknown-survey'
  | 'not-your-survey'
  | 'survey-closed'
  | 'invalid-answer';

export interface SubmitError {
  readonly code: SubmitErrorCode;
  readonly message: string;
  /** For `invalid-answer`: every problem with the answer. */
  readonly errors?: readonly AnswerError[];
}

export interface Submitted {
  readonly response: StoredResponse;
  readonly survey: Survey;
  /** False when the same answer was submitted again: nothing changed. */
  readonly changed: boolean;
  /**
   * For an answer given by token: an edit grant, a token that may change this answer for the next
   * `EDIT_GRANT_MINUTES` (and no longer than the survey takes answers). Only the page that recorded the answer gets it.
   */
  readonly grant?: string;
}

const fail = (code: SubmitErrorCode, message: string, extra: Partial<SubmitError> = {}) =>
  err<SubmitError>({ code, message, ...extra });

/**
 * The last moment a survey takes or changes an answer: its expiry once sent, else the policy's lifetime counted
 * from the resolution (a portal answer before the invitation went out).
 * @example answerDeadline(sentSurvey, 14) // sentSurvey.expiresAt
 */
export function answerDeadline(survey: Survey, expireAfterDays: number): Instant {
  return survey.expiresAt ?? survey.resolvedAt + expireAfterDays * DAY;
}

const counted = (response: StoredResponse): CountedAnswer => ({
  score: response.score,
  factors: response.factors,
  ...(response.lostTimeMinutes !== undefined ? { lostTimeMinutes: response.lostTimeMinutes } : {}),
});

const sameAnswer = (
  a: StoredResponse,
  b: Omit<StoredResponse, 'version' | 'requesterId' | 'segment' | 'day'>,
): boolean =>
  a.score === b.score &&
  a.factors.join('\n') === b.factors.join('\n') &&
  a.lostTimeOption === b.lostTimeOption &&
  a.comment === b.comment &&
  a.locale === b.locale;

/**
 * Records a requester's answer. A signed-in requester may re-submit within the survey's window: that edits the answer
 * (rollups move from the old answer to the new one), never adds a second one, and the same answer again changes
 * nothing. A link from the e-mail records one answer (its score unless the answer says another): once the survey is
 * answered it is refused as `already-used`, whoever holds it. The answer then changes only by the edit grant handed
 * back with it, or in the portal.
 * @example await submitResponse(ports, { by: 'token', token, answer: { factors: ['quick'] } }) // { ok: true, value: { changed: true, grant: 'x1…', … } }
 */
export function submitResponse(ports: Ports, submission: Submission): Step<Result<Submitted, SubmitError>> {
  const now = ports.clock.now();
  return andThen(
    all([() => ports.settings.settings(), () => ports.settings.keyring()] as const),
    ([settings, keyring]) => {
      let surveyId: string;
      let raw: unknown = submission.answer ?? {};
      let recipient: string;
      let oneAnswer = false;
      if (submission.by === 'token') {
        const verified = verifyToken(submission.token, { crypto: ports.crypto, keyring, now });
        if (!verified.ok) return fail(verified.error.code, verified.error.message);
        const claims = verified.value;
        surveyId = claims.surveyId;
        recipient = claims.recipient;
        oneAnswer = claims.purpose !== 'edit';
        const answer =
          typeof raw === 'object' && raw !== null && !Array.isArray(raw)
            ? (raw as Record<string, unknown>)
            : undefined;
        if (answer && claims.score !== undefined && answer.score === undefined)
          raw = { ...answer, score: claims.score };
      } else {
        surveyId = submission.surveyId;
        recipient = submission.requesterId;
      }
      return andThen(
        all([() => ports.surveys.get(surveyId), () => ports.responses.get(surveyId)] as const),
        ([survey, existing]) => {
          if (survey === undefined) return fail('unknown-survey', 'There is no such survey.');
          if (survey.requester.id !== recipient) {
            return submission.by === 'token'
              ? fail('wrong-recipient', 'This survey was sent to someone else.')
              : fail('not-your-survey', 'You can only answer surveys about your own requests.');
          }
          if (survey.state === 'cancelled') return fail('survey-closed', 'This survey was withdrawn.');
          if (survey.state === 'expired' || now >= answerDeadline(survey, settings.policy.expireAfterDays)) {
            return fail('expired', 'The survey has closed.');
          }
          if (oneAnswer && existing !== undefined)
            return fail('already-used', 'This survey has already been answered.');
          const channel: ResponseChannel = submission.by === 'token' ? 'email' : 'portal';
          // An answer that does not say its language is in the requester's, as far as the instrument speaks it.
          if (
            typeof raw === 'object' &&
            raw !== null &&
            !Array.isArray(raw) &&
            (raw as { locale?: unknown }).locale === undefined
          ) {
            const own = resolveLocale(survey.requester.locale ?? '', Object.keys(TICKET_SURVEY.messages));
            raw = { ...(raw as Record<string, unknown>), locale: own ?? TICKET_SURVEY.defaultLocale };
          }
          const validated = validateAnswer(raw, {
            instrument: TICKET_SURVEY,
            survey,
            channel,
            answeredAt: now,
          });
          if (!validated.ok)
            return fail('invalid-answer', 'The answer has problems.', { errors: validated.error });
          const deadline = answerDeadline(survey, settings.policy.expireAfterDays);
          const grant =
            submission.by === 'token'
              ? {
                  grant: signToken(
                    {
                      surveyId: survey.id,
                      ticketId: survey.ticketId,
                      recipient,
                      expiresAt: Math.min(now + EDIT_GRANT_MINUTES * MINUTE, deadline),
                      purpose: 'edit',
                    },
                    { crypto: ports.crypto, keyring },
                  ),
                }
              : {};
          return andThen(finishPending(ports, existing), (settled) => {
            // Marked answered only after the response is safely stored.
            const answered = () => markAnswered(ports, survey, now);
            if (settled !== undefined && sameAnswer(settled, validated.value)) {
              return andThen(answered(), (next) =>
                ok({ response: settled, survey: next, changed: false, ...grant }),
              );
            }
            const response: StoredResponse = {
              ...validated.value,
              requesterId: survey.requester.id,
              segment: survey.segment,
              day: rollupDay(survey.resolvedAt, settings.policy.timeZone, ports.zoned),
              version: (settled?.version ?? 0) + 1,
              pending: { previous: settled ? counted(settled) : null },
            };
            // Written with its pending change first, so a crash before the rollups are updated is finished later.
            return andThen(ports.responses.save(response), () =>
              andThen(finishPending(ports, response), (saved) =>
                andThen(answered(), (next) =>
                  ok({ response: saved ?? response, survey: next, changed: true, ...grant }),
                ),
              ),
            );
          });
        },
      );
    },
  );
}

/**
 * Applies a stored response's pending rollup change (once, by its change id) and clears the mark: what the next
 * submission, or the next dispatch run, does after a crash between the two writes.
 * @example await finishPending(ports, storedResponse)
 */
export function finishPending(
  ports: Ports,
  response: StoredResponse | undefined,
): Step<StoredResponse | undefined> {
  if (response?.pending === undefined) return response;
  const { pending, ...settled } = response;
  const previous = pending.previous ?? undefined;
  const delta = responseDelta(previous, counted(response));
  const withAnswered = previous === undefined ? mergeRollups(delta, outcomeDelta('answered')) : delta;
  return andThen(
    ports.rollups.apply(
      `response:${response.surveyId}:v${response.version}`,
      response.day,
      rollupKeysFor(response.segment),
      withAnswered,
    ),
    () => andThen(ports.responses.save(settled), () => settled),
  );
}

function markAnswered(ports: Ports, survey: Survey, now: Instant): Step<Survey> {
  if (survey.state === 'answered') return survey;
  const next = transition(survey, { kind: 'answer', at: now });
  if (!next.ok) return survey;
  return andThen(ports.surveys.save(next.value, undefined), () => next.value);
}
