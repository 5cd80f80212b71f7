import { TICKET_SURVEY } from '../measure/instrument';
import { type InstrumentView, instrumentView } from '../measure/instrument-view';
import { resolveLocale } from '../measure/locale';
import { verifyToken } from '../measure/token';
import type { SurveyState } from '../model/survey';
import type { Ports, StoredResponse } from '../ports';
import { all, andThen, type Step } from './step';
import { answerDeadline, type SubmitErrorCode, submitResponse } from './submit-response';

/** What the follow-up page's script sends to the page's own URL: the token, and the answer once it is given. */
export interface FollowUpRequest {
  readonly token: string;
  readonly answer?: unknown;
  /** The browser's language; the requester's is used when the instrument does not speak it. */
  readonly locale?: string;
}

/** A response as a requester sees their own: everything but who they are. */
export type OwnResponse = Omit<StoredResponse, 'requesterId'> & { readonly requesterId?: undefined };

/** The survey behind a token, shaped as the `getMyTicketSurvey` resolver shapes it. */
export interface FollowUpSurvey {
  readonly surveyId: string;
  readonly state: SurveyState;
  readonly open: boolean;
  readonly deadline: number;
  readonly response: OwnResponse | null;
  readonly instrument: InstrumentView;
}

export type FollowUpAnswer =
  | { readonly status: 200; readonly body: FollowUpSurvey | { readonly response: OwnResponse } }
  | {
      readonly status: 400 | 403 | 404 | 409 | 410;
      readonly body: { readonly code: SubmitErrorCode; readonly message: string; readonly details?: unknown };
    };

const STATUS: Record<SubmitErrorCode, 400 | 403 | 404 | 409 | 410> = {
  malformed: 400,
  'unknown-key': 400,
  'bad-signature': 400,
  'invalid-answer': 400,
  'wrong-recipient': 403,
  'not-your-survey': 403,
  'unknown-survey': 404,
  'already-used': 409,
  expired: 410,
  'survey-closed': 410,
};

const refuse = (code: SubmitErrorCode, message: string, details?: unknown): FollowUpAnswer => ({
  status: STATUS[code],
  body: { code, message, ...(details !== undefined ? { details } : {}) },
});

const own = (response: StoredResponse): OwnResponse => ({ ...response, requesterId: undefined });

/**
 * The one-click follow-up for a script on the page: with only the token, the survey, the answer so far and the
 * instrument; with an answer, saves it by the token (a change edits, never adds) and answers `{ response }`. Nothing
 * but the token says which survey or whose it is; bad links get the same codes as the HTML page, with their status.
 * @example await followUp(ports, { token }) // { status: 200, body: { surveyId, open: true, response: { score: 8, … }, … } }
 * @example await followUp(ports, { token, answer: { score: 8, factors: ['slow'] } }) // { status: 200, body: { response } }
 */
export function followUp(ports: Ports, request: FollowUpRequest): Step<FollowUpAnswer> {
  if (request.answer !== undefined) {
    return andThen(
      submitResponse(ports, { by: 'token', token: request.token, answer: request.answer }),
      (result) =>
        result.ok
          ? { status: 200 as const, body: { response: own(result.value.response) } }
          : refuse(result.error.code, result.error.message, result.error.errors),
    );
  }
  return andThen(ports.settings.keyring(), (keyring) => {
    const claims = verifyToken(request.token, { crypto: ports.crypto, keyring, now: ports.clock.now() });
    if (!claims.ok) return refuse(claims.error.code, claims.error.message);
    const { surveyId, recipient } = claims.value;
    return andThen(
      all([
        () => ports.surveys.get(surveyId),
        () => ports.responses.get(surveyId),
        () => ports.settings.settings(),
      ] as const),
      ([survey, response, settings]): FollowUpAnswer => {
        if (survey === undefined) return refuse('unknown-survey', 'There is no such survey.');
        if (survey.requester.id !== recipient)
          return refuse('wrong-recipient', 'This survey was sent to someone else.');
        if (survey.state === 'cancelled') return refuse('survey-closed', 'This survey was withdrawn.');
        const supported = Object.keys(TICKET_SURVEY.messages);
        const locale =
          (request.locale ? resolveLocale(request.locale, supported) : undefined) ??
          resolveLocale(survey.requester.locale ?? 'en', supported) ??
          'en';
        const deadline = answerDeadline(survey, settings.policy.expireAfterDays);
        return {
          status: 200,
          body: {
            surveyId: survey.id,
            state: survey.state,
            open: survey.state !== 'expired' && ports.clock.now() < deadline,
            deadline,
            response: response ? own(response) : null,
            instrument: instrumentView(locale, survey.kind),
          },
        };
      },
    );
  });
}

/**
 * Reads a follow-up request from a JSON body an adapter has parsed: only `token`, `answer` and `locale` are taken.
 * @example readFollowUpRequest({ token: 'x1…', answer: { score: 3 } }) // { token: 'x1…', answer: { score: 3 } }
 */
export function readFollowUpRequest(body: unknown): FollowUpRequest | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { token, answer, locale } = body as Record<string, unknown>;
  if (typeof token !== 'string' || token.length === 0 || token.length > 2000) return undefined;
  return {
    token,
    ...(answer !== undefined ? { answer } : {}),
    ...(typeof locale === 'string' && locale.length <= 35 ? { locale } : {}),
  };
}
