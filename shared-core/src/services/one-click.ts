import { followUpPage, pageLocale, problemPage, thanksPage } from '../measure/respond-page';
import { verifyToken } from '../measure/token';
import type { Score } from '../model/response';
import type { Survey } from '../model/survey';
import type { Ports, StoredResponse } from '../ports';
import { all, andThen, type Step } from './step';
import { type SubmitErrorCode, submitResponse } from './submit-response';

/** A request to the one-click endpoint, as any platform receives it. */
export interface OneClickRequest {
  readonly method: 'GET' | 'POST';
  /** From the query string (GET) or the form (POST); nothing else in the query string is used. */
  readonly token: string;
  /** The follow-up form's fields (POST). */
  readonly form?: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly acceptLanguage?: string;
  /** Where the follow-up form posts to. */
  readonly action: string;
  /** The follow-up's script, for browsers with JavaScript (see `FollowUpView.enhancement`). */
  readonly enhancement?: string;
}

export interface OneClickResponse {
  readonly status: 200 | 400 | 404 | 410;
  readonly html: string;
}

const statusOf = (code: SubmitErrorCode): OneClickResponse['status'] =>
  code === 'expired' || code === 'survey-closed' ? 410 : code === 'unknown-survey' ? 404 : 400;

const one = (value: string | readonly string[] | undefined) =>
  typeof value === 'string' ? value : value?.[0];

/**
 * The one-click link and its follow-up, the same on every platform. GET records the clicked score (a second bare
 * click never overwrites a fuller answer) and shows the follow-up questions with the answer so far; POST saves the
 * follow-up, or shows it again with every problem listed. Damaged, expired or foreign links get a page that says so,
 * with a 4xx status, and change nothing.
 * @example await oneClick(ports, { method: 'GET', token, action: '/respond' }) // { status: 200, html: '<!doctype html>…' }
 */
export function oneClick(ports: Ports, request: OneClickRequest): Step<OneClickResponse> {
  const fallback = pageLocale(undefined, request.acceptLanguage);
  const page = (
    survey: Survey | undefined,
    response: Pick<StoredResponse, 'score' | 'factors' | 'locale'> & Partial<StoredResponse>,
    errors?: Parameters<typeof followUpPage>[0]['errors'],
  ) =>
    followUpPage({
      token: request.token,
      action: request.action,
      locale: response.locale,
      kind: survey?.kind ?? 'incident',
      score: response.score,
      factors: response.factors,
      ...(response.lostTimeOption ? { lostTime: response.lostTimeOption } : {}),
      ...(response.comment ? { comment: response.comment } : {}),
      ...(errors ? { errors } : {}),
      ...(request.enhancement ? { enhancement: request.enhancement } : {}),
    });
  const surveyOfToken = (): Step<Survey | undefined> =>
    andThen(ports.settings.keyring(), (keyring) => {
      const claims = verifyToken(request.token, { crypto: ports.crypto, keyring, now: ports.clock.now() });
      return claims.ok ? ports.surveys.get(claims.value.surveyId) : undefined;
    });

  if (request.method === 'GET') {
    return andThen(submitResponse(ports, { by: 'token', token: request.token, answer: {} }), (result) => {
      if (result.ok) return { status: 200 as const, html: page(result.value.survey, result.value.response) };
      const existing = result.error.existing;
      if (result.error.code === 'already-used' && existing) {
        return andThen(ports.surveys.get(existing.surveyId), (survey) => ({
          status: 200 as const,
          html: page(survey, existing),
        }));
      }
      if (result.error.code === 'invalid-answer') {
        // A link without a score opens the form at the middle of the scale.
        return andThen(surveyOfToken(), (survey) =>
          survey
            ? {
                status: 200 as const,
                html: page(survey, {
                  score: 5,
                  factors: [],
                  locale: pageLocale(survey.requester.locale, request.acceptLanguage),
                }),
              }
            : { status: 400 as const, html: problemPage(fallback, result.error.message) },
        );
      }
      return { status: statusOf(result.error.code), html: problemPage(fallback, result.error.message) };
    });
  }

  const form = request.form ?? {};
  const locale = pageLocale(one(form.locale), request.acceptLanguage);
  const factors =
    form.factors === undefined ? [] : typeof form.factors === 'string' ? [form.factors] : [...form.factors];
  const comment = one(form.comment);
  const lostTime = one(form.lostTime);
  const answer = {
    score: one(form.score),
    factors,
    ...(lostTime ? { lostTime } : {}),
    ...(comment !== undefined ? { comment } : {}),
    locale,
  };
  return andThen(submitResponse(ports, { by: 'token', token: request.token, answer }), (result) => {
    if (result.ok) return { status: 200 as const, html: thanksPage(result.value.response.locale) };
    if (result.error.code !== 'invalid-answer')
      return { status: statusOf(result.error.code), html: problemPage(locale, result.error.message) };
    const errors = result.error.errors ?? [];
    return andThen(all([surveyOfToken] as const), ([survey]) => {
      const score = Number(answer.score);
      const shown = (Number.isInteger(score) && score >= 0 && score <= 10 ? score : 5) as Score;
      return {
        status: 400 as const,
        html: page(
          survey,
          {
            score: shown,
            factors,
            locale,
            ...(lostTime ? { lostTimeOption: lostTime } : {}),
            ...(comment ? { comment } : {}),
          },
          errors,
        ),
      };
    });
  });
}
