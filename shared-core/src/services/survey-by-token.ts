import type { Settings } from '../measure/settings';
import { type TokenClaims, verifyToken } from '../measure/token';
import type { Survey } from '../model/survey';
import type { Ports, StoredResponse } from '../ports';
import { err, ok, type Result } from '../result';
import { all, andThen, type Step } from '../step';
import { answerDeadline, type SubmitError } from './submit-response';

/** A link's survey, read without changing anything. */
export interface TokenSurvey {
  readonly claims: TokenClaims;
  readonly survey: Survey;
  /** The answer given, if any; who may see it is the caller's decision (see `answerVisible`). */
  readonly response: StoredResponse | undefined;
  readonly settings: Settings;
  /** Whether the survey still takes an answer. */
  readonly open: boolean;
  readonly deadline: number;
}

/**
 * The survey a one-click token names, checked (signature, expiry, recipient, not withdrawn) but never changed: what a
 * GET of a link and the page's first JSON call read. A scanner that fetches every link of an e-mail goes through here
 * and records nothing.
 * @example await surveyByToken(ports, token) // { ok: true, value: { claims: { score: 8, … }, survey, open: true, … } }
 */
export function surveyByToken(ports: Ports, token: string): Step<Result<TokenSurvey, SubmitError>> {
  return andThen(ports.settings.keyring(), (keyring) => {
    const now = ports.clock.now();
    const verified = verifyToken(token, { crypto: ports.crypto, keyring, now });
    if (!verified.ok) return err<SubmitError>(verified.error);
    const claims = verified.value;
    return andThen(
      all([
        () => ports.surveys.get(claims.surveyId),
        () => ports.responses.get(claims.surveyId),
        () => ports.settings.settings(),
      ] as const),
      ([survey, response, settings]): Result<TokenSurvey, SubmitError> => {
        if (survey === undefined) return err({ code: 'unknown-survey', message: 'There is no such survey.' });
        if (survey.requester.id !== claims.recipient)
          return err({ code: 'wrong-recipient', message: 'This survey was sent to someone else.' });
        if (survey.state === 'cancelled')
          return err({ code: 'survey-closed', message: 'This survey was withdrawn.' });
        const deadline = answerDeadline(survey, settings.policy.expireAfterDays);
        const open = survey.state !== 'expired' && now < deadline;
        return ok({ claims, survey, response, settings, open, deadline });
      },
    );
  });
}

/**
 * Whether a token may see the answer already given: only an edit grant, which the page that recorded the answer holds.
 * A link from the e-mail (which may have been forwarded, or fetched by a scanner) learns only that it was answered.
 * @example answerVisible({ purpose: 'edit', … }) // true
 */
export function answerVisible(claims: Pick<TokenClaims, 'purpose'>): boolean {
  return claims.purpose === 'edit';
}
