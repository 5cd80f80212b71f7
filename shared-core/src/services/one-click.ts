import { TICKET_SURVEY } from '../measure/instrument';
import { answeredPage, followUpPage, pageLocale, problemPage, thanksPage } from '../measure/respond-page';
import type { Score } from '../model/response';
import type { Survey } from '../model/survey';
import type { Ports } from '../ports';
import { andThen, type Step } from '../step';
import { type SubmitErrorCode, submitResponse } from './submit-response';
import { surveyByToken } from './survey-by-token';

/** A request to the one-click endpoint, as any platform receives it. */
export interface OneClickRequest {
  /** HEAD is answered as GET (the adapter drops the body); neither changes anything. */
  readonly method: 'GET' | 'HEAD' | 'POST';
  /** From the query string (GET) or the form (POST); nothing else in the query string is used. */
  readonly token: string;
  /** The form's fields (POST). */
  readonly form?: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly acceptLanguage?: string;
  /** Where the form posts to. */
  readonly action: string;
  /** The follow-up's script, for browsers with JavaScript (see `FollowUpView.enhancement`). */
  readonly enhancement?: string;
}

export interface OneClickResponse {
  readonly status: 200 | 400 | 403 | 404 | 409 | 410;
  readonly html: string;
}

const statusOf = (code: SubmitErrorCode): OneClickResponse['status'] =>
  code === 'expired' || code === 'survey-closed'
    ? 410
    : code === 'unknown-survey'
      ? 404
      : code === 'already-used'
        ? 409
        : 400;

const one = (value: string | readonly string[] | undefined) =>
  typeof value === 'string' ? value : value?.[0];

/**
 * The one-click link and its page, the same on every platform, safe from mail scanners: a GET (or HEAD) of a link
 * changes nothing; it shows the survey with the link's score pre-selected, or says it is answered. The explicit
 * action, POST of the form (a single tap on "Send"), records the answer once; a failing one shows the form again
 * with every problem listed. Damaged, expired or foreign links get a page that says so, with a 4xx status, and
 * change nothing.
 * @example await oneClick(ports, { method: 'GET', token, action: '/respond' }) // { status: 200, html: '<!doctype html>…' }
 */
export function oneClick(ports: Ports, request: OneClickRequest): Step<OneClickResponse> {
  const fallback = pageLocale(undefined, request.acceptLanguage);
  const form = (
    survey: Survey,
    locale: string,
    score: Score,
    more: Omit<Parameters<typeof followUpPage>[0], 'token' | 'action' | 'locale' | 'kind' | 'score'> = {},
  ) =>
    followUpPage({
      token: request.token,
      action: request.action,
      locale,
      kind: survey.kind,
      score,
      ...more,
      ...(request.enhancement ? { enhancement: request.enhancement } : {}),
    });

  if (request.method !== 'POST') {
    return andThen(surveyByToken(ports, request.token), (read): OneClickResponse => {
      if (!read.ok)
        return { status: statusOf(read.error.code), html: problemPage(fallback, read.error.message) };
      const { survey, claims, response, open } = read.value;
      const locale = pageLocale(survey.requester.locale, request.acceptLanguage);
      if (!open) return { status: 410, html: problemPage(locale, 'The survey has closed.') };
      if (response !== undefined) return { status: 200, html: answeredPage(locale) };
      // A link without a score opens the form at the middle of the scale.
      return { status: 200, html: form(survey, locale, claims.score ?? 5) };
    });
  }

  const fields = request.form ?? {};
  const locale = pageLocale(one(fields.locale), request.acceptLanguage);
  const factors =
    fields.factors === undefined
      ? []
      : typeof fields.factors === 'string'
        ? [fields.factors]
        : [...fields.factors];
  const comment = one(fields.comment);
  const lostTime = one(fields.lostTime);
  const answer = {
    score: one(fields.score),
    factors,
    ...(lostTime ? { lostTime } : {}),
    ...(comment !== undefined ? { comment } : {}),
    locale,
  };
  return andThen(submitResponse(ports, { by: 'token', token: request.token, answer }), (result) => {
    if (result.ok) return { status: 200 as const, html: thanksPage(result.value.response.locale) };
    if (result.error.code === 'already-used') return { status: 409 as const, html: answeredPage(locale) };
    if (result.error.code !== 'invalid-answer')
      return { status: statusOf(result.error.code), html: problemPage(locale, result.error.message) };
    const errors = result.error.errors ?? [];
    return andThen(surveyByToken(ports, request.token), (read): OneClickResponse => {
      if (!read.ok) return { status: 400, html: problemPage(locale, result.error.message) };
      const score = answer.score === undefined ? read.value.claims.score : Number(answer.score);
      const shown = (
        Number.isInteger(score) && (score ?? -1) >= 0 && (score ?? 11) <= 10 ? score : 5
      ) as Score;
      return {
        status: 400,
        html: form(read.value.survey, locale, shown, {
          factors: factors.slice(0, TICKET_SURVEY.factors.length),
          ...(lostTime ? { lostTime } : {}),
          ...(comment ? { comment } : {}),
          errors,
        }),
      };
    });
  });
}
