import { TICKET_SURVEY } from '../measure/instrument';
import { type InstrumentView, instrumentView } from '../measure/instrument-view';
import { resolveLocale } from '../measure/locale';
import type { Response } from '../model/response';
import type { SurveyState } from '../model/survey';
import type { Ports, StoredResponse } from '../ports';
import { type WireError, wireError } from '../resolvers/wire';
import { andThen, type Step } from '../step';
import { type SubmitErrorCode, submitResponse } from './submit-response';
import { answerVisible, surveyByToken } from './survey-by-token';

/** What the follow-up page's script sends to the page's own URL: the token, and the answer once it is given. */
export interface FollowUpRequest {
  readonly token: string;
  readonly answer?: unknown;
  /** The browser's language; the requester's is used when the instrument does not speak it. */
  readonly locale?: string;
}

/** A response as a requester sees their own: the answer, and nothing about who handled the ticket or where. */
export type OwnResponse = Response;

/**
 * The answer alone, without the segment (agent, team, customer organisation, priority, location), the rollup day,
 * the version or the requester's id: what a requester is shown of their own response.
 * @example ownResponse(stored) // { surveyId, ticketId, score: 8, factors: […], locale: 'fi', channel: 'email', answeredAt }
 */
export function ownResponse(response: StoredResponse): OwnResponse {
  return {
    surveyId: response.surveyId,
    ticketId: response.ticketId,
    score: response.score,
    factors: response.factors,
    ...(response.lostTimeOption !== undefined ? { lostTimeOption: response.lostTimeOption } : {}),
    ...(response.lostTimeMinutes !== undefined ? { lostTimeMinutes: response.lostTimeMinutes } : {}),
    ...(response.comment !== undefined ? { comment: response.comment } : {}),
    locale: response.locale,
    channel: response.channel,
    answeredAt: response.answeredAt,
  };
}

/** The survey behind a token, shaped as the `getMyTicketSurvey` resolver shapes it. */
export interface FollowUpSurvey {
  readonly surveyId: string;
  readonly state: SurveyState;
  readonly open: boolean;
  readonly deadline: number;
  /** The score of the link that was clicked, for the page to pre-select; null for the plain "open" link. */
  readonly score: number | null;
  /** Whether the survey has an answer: a link from the e-mail then may not answer again. */
  readonly answered: boolean;
  /** The answer given, only to the holder of an edit grant. */
  readonly response: OwnResponse | null;
  readonly instrument: InstrumentView;
}

export type FollowUpAnswer =
  | {
      readonly status: 200;
      readonly body: FollowUpSurvey | { readonly response: OwnResponse; readonly grant?: string };
    }
  | {
      readonly status: 400 | 403 | 404 | 409 | 410;
      /** The wire's refusal, as a resolver's: the script reads every error one way. */
      readonly body: { readonly error: WireError<SubmitErrorCode> };
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
  body: wireError(STATUS[code], code, message, details).body,
});

/**
 * The one-click page's JSON call for its script. With only the token it reads, never writes: the survey, the link's
 * score to pre-select, whether it is answered and the instrument (the answer itself only for an edit grant). With an
 * answer it saves it by the token, as the form does: a link from the e-mail records one answer and gets back
 * `{ response, grant }`; the grant, sent as the token of the next calls, may change the answer for a few minutes.
 * Nothing but the token says which survey or whose it is; bad links get the same codes as the HTML page.
 * @example await followUp(ports, { token }) // { status: 200, body: { surveyId, open: true, score: 8, answered: false, response: null, … } }
 * @example await followUp(ports, { token, answer: { score: 8, factors: ['slow'] } }) // { status: 200, body: { response, grant } }
 */
export function followUp(ports: Ports, request: FollowUpRequest): Step<FollowUpAnswer> {
  if (request.answer !== undefined) {
    return andThen(
      submitResponse(ports, { by: 'token', token: request.token, answer: request.answer }),
      (result) =>
        result.ok
          ? {
              status: 200 as const,
              body: {
                response: ownResponse(result.value.response),
                ...(result.value.grant ? { grant: result.value.grant } : {}),
              },
            }
          : refuse(result.error.code, result.error.message, result.error.errors),
    );
  }
  return andThen(surveyByToken(ports, request.token), (read): FollowUpAnswer => {
    if (!read.ok) return refuse(read.error.code, read.error.message);
    const { survey, claims, response, open, deadline } = read.value;
    const supported = Object.keys(TICKET_SURVEY.messages);
    const locale =
      (request.locale ? resolveLocale(request.locale, supported) : undefined) ??
      resolveLocale(survey.requester.locale ?? 'en', supported) ??
      'en';
    return {
      status: 200,
      body: {
        surveyId: survey.id,
        state: survey.state,
        open,
        deadline,
        score: claims.score ?? null,
        answered: response !== undefined,
        response: response && answerVisible(claims) ? ownResponse(response) : null,
        instrument: instrumentView(locale, survey.kind),
      },
    };
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
